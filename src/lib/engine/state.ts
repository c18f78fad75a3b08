// The game state: minimal, plain and serializable. Everything else is derived (see rates.ts).
// Declared once, as shapes (shape.ts): the types, the check of a save, the deep copy, the
// JSON form and the new game's defaults all follow from the declarations below.
import { ERAS } from '../content';
import {
	decimal,
	flag,
	id,
	int,
	list,
	nullable,
	num,
	object,
	record,
	text,
	type Infer
} from './shape';
import { HYPERSCALE } from './hyperscale-state';

/** One step of the simulation, in seconds. One second: rates read as "per second" with no
 * conversion, a live frame runs at most a step or two, and catch-up jumps between events
 * (advance.ts), so a finer step would buy nothing but work. */
export const STEP_SECONDS = 1;

/** Save-format version of this state shape (see src/lib/save/migrations.ts). */
export const SCHEMA_VERSION = 23;

/** The most hype may reach. Release spikes add (models.ts afterSpike), so hype stays in the tens;
 * when they multiplied, late eras' opening rush of releases took it far past a million, where a
 * save once failed validation (the restless-thumb test). Short of Infinity, so demand never
 * turns NaN. */
export const HYPE_MAX = 1e300;

/** The share of compute that trains in a new game (the slider's starting point). */
export const DEFAULT_TRAIN_SHARE = 0.5;

/** How much of the waiting model must fit for it to be worth serving: a model that serves at
 * half speed or less is held while memory is bought (auto-release's rule in a new game, which the
 * player may set lower or higher, and the scripted players). */
export const MIN_RELEASE_FIT = 0.5;

/** The range of each number an automation rule holds. */
export const AUTOMATION_RANGES = {
	minGain: [0, 1000],
	minFit: [0, 1],
	reserve: [0, 0.99],
	threshold: [0.1, 1],
	floor: [0, 0.9]
} as const;

/** Ticks and counts: far beyond any real game, well inside safe integers. */
const BIG = 1e15;
const CAPABILITY = num(0, 1e12);
const range = (name: keyof typeof AUTOMATION_RANGES, initial: number) =>
	num(AUTOMATION_RANGES[name][0], AUTOMATION_RANGES[name][1], initial);

export const MODEL = object({
	name: text(60),
	capability: CAPABILITY,
	/** Training FLOP spent on it. */
	flop: decimal(),
	/** Parameter count; sets FLOP per token and the memory footprint. */
	params: decimal()
});
export type Model = Infer<typeof MODEL>;

export const RUN = object({
	sizeId: id('runSize'),
	target: decimal(),
	progress: decimal(),
	/** Seeded outcome multiplier on capability, drawn when the run starts. */
	outcome: num(0, 10),
	/** The algorithms the run trains with: research's capability per FLOP when it started, in an
	 * era whose spare compute runs experiments (content EraDef.experiments); 0 elsewhere (and in
	 * a save from before), read as the lab's algorithms when the run ends. */
	recipe: num(0, Number.MAX_VALUE),
	/** The least its usual luck scored when it started: the low edge of the band the run card
	 * showed (run-band.ts), below which the model it makes is called disappointing (playtest 44:
	 * research during the run lifts a poor draw into it). 0 in a save from before. */
	usualLow: CAPABILITY
});
export type Run = Infer<typeof RUN>;

export const CHIP_ORDER = object({
	/** Given by the engine when ordered (see takeId): never repeats within a game. */
	id: int(1, BIG),
	hardwareId: id('hardware'),
	count: int(1, BIG),
	arrivesAt: int(0, BIG)
});
export type ChipOrder = Infer<typeof CHIP_ORDER>;

export const RIVAL = object({
	id: id('rival'),
	capability: CAPABILITY,
	modelName: text(60),
	version: int(1, BIG),
	nextReleaseAt: int(0, BIG),
	nextCapability: CAPABILITY
});
export type RivalState = Infer<typeof RIVAL>;

/** One point of the leaderboard history: capability of every lab (player first). */
export const HISTORY_POINT = object({ tick: int(0, BIG), caps: list(CAPABILITY, 50) });
export type HistoryPoint = Infer<typeof HISTORY_POINT>;

export const HEADLINE = object({
	/** Given by the engine when written (see takeId): never repeats within a game. */
	id: int(1, BIG),
	tick: int(0, BIG),
	kind: text(40),
	text: text(400)
});
export type Headline = Infer<typeof HEADLINE>;

/** Automation rules, each usable once its perk is owned. */
export const AUTOMATION = object({
	/** Release a waiting model that beats the served one by at least `minGain` points, if the
	 * fleet's memory would serve it at `minFit` of its speed or more (playtest 42: in Dyson the
	 * rule held every model at 50 % while the gate said each raised the income). */
	release: object({
		on: flag(true),
		minGain: range('minGain', 0.1),
		minFit: range('minFit', MIN_RELEASE_FIT)
	}),
	/** Start the next run (a size up from the served model) when none is running. */
	run: object({ on: flag(true) }),
	/** Buy the most FLOP/s per dollar the power allows, keeping `reserve` of cash unspent. */
	buy: object({ on: flag(true), reserve: range('reserve', 0.1) }),
	/** Sign the next contract when draw passes `threshold` of capacity. */
	sign: object({ on: flag(true), threshold: range('threshold', 0.85) }),
	/** Keep serving matched to demand while a run trains (capacity-planner.ts): the train share
	 * Match demand would set, never below `floor`. Off until the player turns it on. */
	match: object({ on: flag(false), floor: range('floor', 0.3) }),
	/** Past the last goal: spend the insight on research, the cheapest level first, as the Run
	 * scheduler starts each run (automation.ts). */
	research: object({ on: flag(true) }),
	/** Dyson: while a run trains, beam the share of the panels' watts that powers every chip, no
	 * more (dyson-view.ts beamToPower), keeping the rest at the star for the run (automation.ts). */
	beam: object({ on: flag(true) })
});
export type Automation = Infer<typeof AUTOMATION>;

/** What survives a new era: Moat, perks, automation and the story so far. */
export const META = object({
	/** The game's seed: each era's random streams start from it and the era (new-game.ts), so
	 * one era's draws never depend on how many the eras before it made. */
	seed: int(0, 2 ** 32 - 1),
	/** Unspent Moat. */
	moat: decimal(),
	/** Moat earned over the whole game. */
	moatEarned: decimal(),
	/** Perk id → level (at most the perk's maxLevel: checked in save/validate.ts). */
	perks: record(id('perk'), int(0, BIG)),
	/** Steps spent in each finished era, in order (at most one per era but the last). */
	eraTicks: list(int(0, BIG), ERAS.length),
	/** Tokens served in finished eras. */
	lifetimeTokens: decimal(),
	/** The last era's goal has been reached: the final screen has been earned. */
	finished: flag(),
	automation: AUTOMATION,
	/** World event id → the option taken as each event of that kind starts (standing-answer.ts;
	 * the option is one of the event's: checked in save/validate.ts). */
	standing: record(id('event'), text(80)),
	/** Past the last era's goal: epochs reached, and the tick of the last era at which each was. */
	endless: object({ epoch: int(0, BIG), records: list(int(0, BIG), 100_000) }),
	/** Achievement id → seconds played (all eras) when it was earned. */
	achievements: record(id('achievement'), num(0, BIG)),
	/** Counts summed over finished eras (this era's are in `stats`). */
	totals: object({
		modelsReleased: int(0, BIG),
		runsFinished: int(0, BIG),
		peakCapability: CAPABILITY
	})
});
export type Meta = Infer<typeof META>;

/** A sample of income for the statistics chart (taken by the runtime, not by `step`). */
export const SERIES_POINT = object({ tick: int(0, BIG), cashPerSec: decimal(true) });
export type SeriesPoint = Infer<typeof SERIES_POINT>;

export const GAME_STATE = object({
	schema: int(1, 1e6, SCHEMA_VERSION),
	eraId: id('era', 'garage'),
	/** Steps simulated since the era began. */
	tick: int(0, BIG),
	/** PRNG of rivals and runs; world events and headlines each have a stream of their own. */
	rng: int(0, 2 ** 32 - 1),
	eventRng: int(0, 2 ** 32 - 1),
	newsRng: int(0, 2 ** 32 - 1),
	cash: decimal(),
	/** Tokens served this era. */
	tokens: decimal(),
	insight: decimal(),
	hardware: record(id('hardware'), int(0, BIG)),
	orders: list(CHIP_ORDER, 1000),
	/** Signed power contracts: id → tick at which it delivers power (-1: from the start). */
	power: record(id('power'), int(-1, BIG)),
	/** Share of compute that trains (0…1); the rest serves. */
	trainShare: num(0, 1, DEFAULT_TRAIN_SHARE),
	priceTier: id('priceTier', 'standard'),
	run: nullable(RUN),
	/** A finished model waiting at the launch gate. */
	gate: nullable(MODEL),
	/** The released model being served. */
	model: MODEL,
	/** Demand is multiplied by (1 + hype): above 0 a release's spike, below 0 customers lost to
	 * latency. Relaxes toward 0 when served, toward what the lab can serve when sold out. */
	hype: num(-1, HYPE_MAX),
	/** Customers won by launches (loyalty.ts): `loyal`, demand's lasting rise this era (a share of
	 * demand before hype; hype relaxes to it and the rush while served); `rush`, the part of the
	 * launches' spikes still to win: served it turns loyal, sold out it leaves. */
	loyalty: object({ loyal: num(0, 1e6), rush: num(0, 1e6) }),
	researchers: int(0, 1e9),
	/** Broke (payroll missed): researchers idle and the power cut (power-cut.ts) until cash covers
	 * REHIRE_SECONDS of salaries and of the power the cut saves. */
	idle: flag(),
	/** Projects done, in order; a repeatable project once per level. */
	research: list(id('research'), 20_000),
	/** One per rival of the era (as many as it has: checked in save/validate.ts). */
	rivals: list(RIVAL, 50),
	/** Leaderboard points; each tick at most the state's tick (checked in save/validate.ts). */
	history: list(HISTORY_POINT, 10_000),
	news: list(HEADLINE, 1000),
	goalReached: flag(),
	stats: object({
		modelsReleased: int(0, BIG),
		peakCapability: CAPABILITY,
		runsFinished: int(0, BIG)
	}),
	/** Income over this era, sampled about once a minute and thinned when full. */
	series: list(SERIES_POINT, 10_000),
	meta: META,
	/** The world event under way: its id, the tick it ends, the answer given ('' while none
	 * is) and the tick by which the default is taken unless the player answers. */
	event: nullable(
		object({ id: id('event'), endsAt: int(0, BIG), choice: text(40), decideBy: int(0, BIG) })
	),
	/** Tick at which the next world event starts (drawn when the last one ended). */
	nextEventAt: int(0, BIG),
	/** Racks rented by the hour (the Cloud), paid up to `renewsAt`, when the next hour is due;
	 * `paid`: the hourly price they were paid at, all racks together (the bill of this hour:
	 * a rack given back loses its part of it, whatever the price of the next hour); `lease`: the
	 * paid hours a rental runs before its racks go back by themselves (0: it renews until they are
	 * given back; cloud-actions.ts LEASES), and `endsAt`, the bill at which they go back (0 while
	 * nothing ends one); `billed`: all the rent paid this era (the away report's rent line). */
	rental: object({
		racks: int(0, 1e6),
		renewsAt: int(0, BIG),
		paid: decimal(),
		lease: int(0, 24),
		endsAt: int(0, BIG),
		billed: decimal()
	}),
	/** Orbit: purchases fly on chartered rockets (dearer, at once) rather than wait for the next
	 * scheduled launch; rockets chartered since the last window (each makes the next dearer)
	 * and the tick the last one flew (purchases made in the same tick share it); `lost`: the units
	 * radiation has retired this era (the away report's radiation line). */
	orbit: object({ charter: flag(), rockets: int(0, 1e6), flewAt: int(0, BIG), lost: int(0, BIG) }),
	/** Dyson: panels collecting, each the same free watts of the star, and the batches ordered
	 * and still being built (each collects from its tick `at`). */
	dyson: object({
		panels: int(0, 1e6),
		/** The share of the panels' watts beamed to the fleet; the rest is kept at the star,
		 * where it trains the run (dyson.ts keptWatts). All of it beams in a new game. */
		beam: num(0, 1, 1),
		building: list(object({ count: int(1, 1e6), at: int(0, BIG) }), 1000)
	}),
	/** Moon and Mars: the next purchases are built far (on Mars: they only train), and the far
	 * units of each tier (moon-mars.ts). */
	moonMars: object({ far: flag(), units: record(id('hardware'), int(0, BIG)) }),
	/** Spare serving capacity is resold on the spot market (where the era has one). */
	resell: flag(true),
	/** Hyperscale's campuses and custom-silicon program (hyperscale.ts). */
	hyperscale: HYPERSCALE,
	/** The Edge swarm (engine/edge.ts): blocks of consumer devices recruited, and whether
	 * finished models are distilled to fit them. */
	edge: object({ blocks: int(0, 1e6), distil: flag() }),
	/** The next identity to give an order or a headline (lists in the UI are keyed by it). */
	nextId: int(1, BIG, 1)
});
export type GameState = Infer<typeof GAME_STATE>;

/** A fresh identity for something the engine creates; none repeats within a game. */
export function takeId(state: GameState): number {
	return state.nextId++;
}

/** Units on order, all tiers together. */
export function unitsOnOrder(s: GameState): number {
	let n = 0;
	for (const o of s.orders) n += o.count;
	return n;
}
