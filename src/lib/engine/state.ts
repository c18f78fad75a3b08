// The game state: minimal, plain and serializable. Everything else is derived (see rates.ts).
import type { Decimal } from './decimal';

/** One step of the simulation, in seconds. One second: rates read as "per second" with no
 * conversion, a live frame runs at most a step or two, and catch-up jumps between events
 * (advance.ts), so a finer step would buy nothing but work. */
export const STEP_SECONDS = 1;

/** Save-format version of this state shape (see src/lib/save/migrations.ts). */
export const SCHEMA_VERSION = 5;

export interface Model {
	name: string;
	capability: number;
	/** Training FLOP spent on it. */
	flop: Decimal;
	/** Parameter count; sets FLOP per token and the memory footprint. */
	params: Decimal;
}

export interface Run {
	sizeId: string;
	target: Decimal;
	progress: Decimal;
	/** Seeded outcome multiplier on capability, drawn when the run starts. */
	outcome: number;
}

export interface ChipOrder {
	/** Given by the engine when ordered (see takeId): never repeats within a game. */
	id: number;
	hardwareId: string;
	count: number;
	arrivesAt: number;
}

export interface RivalState {
	id: string;
	capability: number;
	modelName: string;
	version: number;
	nextReleaseAt: number;
	nextCapability: number;
}

/** One point of the leaderboard history: capability of every lab (player first). */
export interface HistoryPoint {
	tick: number;
	caps: number[];
}

export interface Headline {
	/** Given by the engine when written (see takeId): never repeats within a game. */
	id: number;
	tick: number;
	kind: string;
	text: string;
}

/** Automation rules, each usable once its perk is owned. */
export interface Automation {
	/** Release a waiting model that beats the served one by at least `minGain` points. */
	release: { on: boolean; minGain: number };
	/** Start the next run (a size up from the served model) when none is running. */
	run: { on: boolean };
	/** Buy the most FLOP/s per dollar the power allows, keeping `reserve` of cash unspent. */
	buy: { on: boolean; reserve: number };
	/** Sign the next contract when draw passes `threshold` of capacity. */
	sign: { on: boolean; threshold: number };
}

/** What survives a new era: Moat, perks, automation and the story so far. */
export interface Meta {
	/** Unspent Moat. */
	moat: Decimal;
	/** Moat earned over the whole game. */
	moatEarned: Decimal;
	/** Perk id → level. */
	perks: Record<string, number>;
	/** Steps spent in each finished era, in order. */
	eraTicks: number[];
	/** Tokens served in finished eras. */
	lifetimeTokens: Decimal;
	/** The last era's goal has been reached: the final screen has been earned. */
	finished: boolean;
	automation: Automation;
	/** Achievement id → seconds played (all eras) when it was earned. */
	achievements: Record<string, number>;
	/** Counts summed over finished eras (this era's are in `stats`). */
	totals: { modelsReleased: number; runsFinished: number; peakCapability: number };
}

/** A sample of income for the statistics chart (taken by the runtime, not by `step`). */
export interface SeriesPoint {
	tick: number;
	cashPerSec: Decimal;
}

export interface GameState {
	schema: number;
	eraId: string;
	/** Steps simulated since the era began. */
	tick: number;
	rng: number;
	cash: Decimal;
	/** Tokens served this era. */
	tokens: Decimal;
	insight: Decimal;
	hardware: Record<string, number>;
	orders: ChipOrder[];
	/** Signed power contracts: id → tick at which it delivers power. */
	power: Record<string, number>;
	/** Share of compute that trains (0…1); the rest serves. */
	trainShare: number;
	priceTier: string;
	run: Run | null;
	/** A finished model waiting at the launch gate. */
	gate: Model | null;
	/** The released model being served. */
	model: Model;
	/** Hype above baseline: demand is multiplied by (1 + hype). Decays every step. */
	hype: number;
	researchers: number;
	/** Payroll missed: researchers idle until cash covers REHIRE_SECONDS of salaries. */
	idle: boolean;
	research: string[];
	rivals: RivalState[];
	history: HistoryPoint[];
	news: Headline[];
	goalReached: boolean;
	stats: { modelsReleased: number; peakCapability: number; runsFinished: number };
	/** Income over this era, sampled about once a minute and thinned when full. */
	series: SeriesPoint[];
	meta: Meta;
	/** The world event under way (its id and the tick it ends), if any. */
	event: { id: string; endsAt: number } | null;
	/** Tick at which the next world event starts (drawn when the last one ended). */
	nextEventAt: number;
	/** The next identity to give an order or a headline (lists in the UI are keyed by it). */
	nextId: number;
}

/** A fresh identity for something the engine creates; none repeats within a game. */
export function takeId(state: GameState): number {
	return state.nextId++;
}
