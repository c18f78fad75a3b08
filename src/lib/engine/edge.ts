// The Edge swarm's decision (content/edge.ts): idle consumer devices, recruited in blocks,
// serve a model that fits one device (the swarm's reach) at full speed and a bigger one split
// across several devices a copy at a fraction of it; distilling the waiting model shrinks it
// to fit one device, for a loss of capability. The swarm never trains and draws none of the
// lab's power. Its size changes only by the player's action and its availability is a steady
// expectation, so it is constant between events and fast-forward stays exact.
import { SWARMS, type EraContent, type SwarmDef } from '../content';
import { D0, Decimal } from './decimal';
import type { Multipliers } from './effects';
import { bulkCost, capabilityOf, maxAffordable, paramsOf } from './formulas';
import { moneyScale } from './money';
import type { GameState, Model } from './state';
import { withRecipe } from './recipe';

export function swarmOf(content: EraContent): SwarmDef | null {
	return SWARMS[content.era.id] ?? null;
}

/** A device's memory for the served model, the largest footprint a copy on one device holds:
 * devices get denser as compute research lands. */
export function swarmReach(content: EraContent, mult: Multipliers): Decimal {
	const def = swarmOf(content);
	return def ? new Decimal(def.reach * Math.sqrt(mult.compute)) : D0;
}

/** Devices a copy past which a model is too big for the swarm at all (see devicesPerCopy). */
const MAX_DEVICES = 1e9;

/** Devices one copy of a model of `footprint` bytes is split across: its footprint over a
 * device's memory, rounded up (1 for a model that fits one; Infinity past any count, 0 outside
 * the Edge). Constant between events: the footprint moves with releases and research. */
export function devicesPerCopy(content: EraContent, mult: Multipliers, footprint: Decimal): number {
	const reach = swarmReach(content, mult);
	if (!reach.gt(0)) return 0;
	if (footprint.lte(reach)) return 1;
	const k = Math.ceil(footprint.div(reach).toNumber());
	// By the rule's own comparison, so rounding never puts the count one device off. Past
	// MAX_DEVICES the split serves nothing anyway (0.96^k underflows long before), and past 2^53
	// n++ is no step at all: the count below never ended (power-sources.test hung on it).
	if (!Number.isFinite(k) || k > MAX_DEVICES) return Infinity;
	let n = Math.max(2, k);
	while (n > 2 && reach.mul(n - 1).gte(footprint)) n--;
	while (reach.mul(n).lt(footprint)) n++;
	return n;
}

/** The share of its FLOP/s the swarm serves a model of `footprint` bytes at, for its split: 1 for
 * one that fits a device; split across k devices a copy, 1/k less splitCost for each device past
 * the first (each token waits on one more home uplink): 48 % at 2 devices. 0 outside the Edge. */
export function splitSpeed(content: EraContent, mult: Multipliers, footprint: Decimal): number {
	const def = swarmOf(content);
	const k = devicesPerCopy(content, mult, footprint);
	if (!def || k === 0 || !Number.isFinite(k)) return 0;
	return k === 1 ? 1 : Math.pow(1 - def.splitCost, k - 1) / k;
}

/** FLOP/s of one recruited block, on average (availability and research applied). */
export function blockFlops(content: EraContent, mult: Multipliers): number {
	const def = swarmOf(content);
	if (!def) return 0;
	return content.hardware.get(def.unit)!.flops * def.blockUnits * def.availability * mult.compute;
}

/** The sign-up price of `count` more blocks (or as many as the cash pays for). */
export function recruitQuote(
	state: GameState,
	content: EraContent,
	amount: number | 'max'
): { count: number; cost: Decimal } | null {
	const def = swarmOf(content);
	if (!def) return null;
	const base = content.hardware.get(def.unit)!.baseCost * def.blockPrice;
	const held = state.edge.blocks;
	const scale = moneyScale(content);
	const room = def.maxBlocks - held;
	const count = Math.min(
		room,
		amount === 'max' ? maxAffordable(base, def.priceRatio, held, state.cash.div(scale)) : amount
	);
	return { count, cost: bulkCost(base, def.priceRatio, held, count).mul(scale) };
}

/** Bytes one block holds for the served model's copies: devices get denser with compute
 * research, as the reach does. */
export function blockMemory(content: EraContent, mult: Multipliers): number {
	const def = swarmOf(content);
	return def ? def.blockMemory * Math.sqrt(mult.compute) : 0;
}

/** Bytes the recruited blocks hold for the served model's copies. */
export function swarmMemory(state: GameState, content: EraContent, mult: Multipliers): Decimal {
	return new Decimal(blockMemory(content, mult) * state.edge.blocks);
}

/** The swarm's memory fit: the share of its FLOP/s that serves, its memory over the model's
 * footprint (at most 1; 1 with no blocks). A model split across devices needs the same bytes
 * for its copies. Constant between events: blocks move by actions, the multipliers by research. */
export function swarmFit(
	state: GameState,
	content: EraContent,
	mult: Multipliers,
	footprint: Decimal
): number {
	if (state.edge.blocks === 0) return 1;
	const held = swarmMemory(state, content, mult);
	return held.gte(footprint) ? 1 : held.div(footprint).toNumber();
}

/** The blocks that hold a model of `footprint` bytes whole (swarmFit 1 from there on), by the
 * rule's own comparison, so no rounding puts the count one block off (0 outside the Edge). */
export function blocksToHold(content: EraContent, mult: Multipliers, footprint: Decimal): number {
	const one = blockMemory(content, mult);
	if (one <= 0) return 0;
	const holds = (k: number) => new Decimal(one * k).gte(footprint);
	let n = Math.max(1, Math.ceil(footprint.toNumber() / one));
	while (n > 1 && holds(n - 1)) n--;
	while (!holds(n)) n++;
	return n;
}

/** How the swarm can hold a model's copies: the blocks that hold them whole (`blocks`, null
 * when that is more than the swarm recruits: `max`, maxBlocks), and the share of them the most
 * blocks hold (`most`: 1 when they hold them whole), the best memory fit the swarm gives it.
 * Playtest 19 read the next model "needs 266 blocks" beside "0 of 200". */
export interface SwarmHold {
	blocks: number | null;
	most: number;
	max: number;
}

export function swarmHold(content: EraContent, mult: Multipliers, footprint: Decimal): SwarmHold {
	const max = swarmOf(content)?.maxBlocks ?? 0;
	const blocks = blocksToHold(content, mult, footprint);
	if (blocks <= max) return { blocks, most: 1, max };
	return {
		blocks: null,
		most: new Decimal(blockMemory(content, mult) * max).div(footprint).toNumber(),
		max
	};
}

/** Tokens per second the swarm serves: at its split speed for a model bigger than a device
 * (splitSpeed), and at its memory fit for one bigger than its blocks hold. */
export function swarmCapacity(
	state: GameState,
	content: EraContent,
	mult: Multipliers,
	footprint: Decimal,
	flopPerToken: Decimal
): Decimal {
	const n = state.edge.blocks;
	const split = splitSpeed(content, mult, footprint);
	if (n === 0 || split <= 0) return D0;
	const fit = swarmFit(state, content, mult, footprint);
	return new Decimal(blockFlops(content, mult) * n)
		.div(flopPerToken)
		.mul((1 - content.era.latency) * fit * split);
}

/** What the swarm's usage reports multiply insight by: 1 + feedback per block while the swarm
 * serves the model (`swarm` its capacity; 1 outside the Edge or while it serves nothing). */
export function swarmFeedback(state: GameState, content: EraContent, swarm: Decimal): number {
	const def = swarmOf(content);
	return def && swarm.gt(0) ? 1 + def.feedback * state.edge.blocks : 1;
}

/** Auto-release holds a model the swarm would serve at under this share of the served one's speed. */
export const SWARM_MIN_SPEED = 0.5;

/**
 * Releasing the waiting model would slow the swarm to under half its speed: the swarm serves
 * the served model now, and the waiting one is split across more devices a copy (splitSpeed
 * under half the served one's). The swarm is often most of an Edge lab's serving: the
 * playtest's swarm of 260 PB was handed a 280 PB model and income fell tenfold. Auto-release
 * holds such a model (the gate says why); the player may distil it, grow the swarm's reach, or
 * release it anyway.
 */
export function swarmWouldSlow(
	state: GameState,
	content: EraContent,
	mult: Multipliers,
	swarm: Decimal
): boolean {
	const gate = state.gate;
	if (!gate || !swarm.gt(0) || !swarmOf(content)) return false;
	const per = content.era.servingBytesPerParam * mult.footprint;
	const now = splitSpeed(content, mult, state.model.params.mul(per));
	return splitSpeed(content, mult, gate.params.mul(per)) < now * SWARM_MIN_SPEED;
}

/** Parameters a model keeps when distilled to fit the swarm's reach. */
function reachParams(content: EraContent, mult: Multipliers): Decimal {
	return swarmReach(content, mult).div(content.era.servingBytesPerParam * mult.footprint);
}

/** The capability a model of `params` parameters and `capability` keeps when distilled to the
 * swarm's reach (its own when it fits, or outside the Edge): lossPerDecade less per decade it
 * shrinks, to a tenth. One rule for the model made (distilled) and the run card's estimate
 * (run-plan.ts capabilityBand; playtest 4 read "about 125" before a run and 99.1 after). */
export function distilledCapability(
	content: EraContent,
	mult: Multipliers,
	params: Decimal,
	capability: number
): number {
	const def = swarmOf(content);
	if (!def) return capability;
	const kept = reachParams(content, mult);
	if (params.lte(kept)) return capability;
	const decades = params.div(kept).log10();
	return Math.max(1, Math.round((capability - def.lossPerDecade * decades) * 10) / 10);
}

/** The waiting model distilled to fit the swarm's reach (null outside the Edge, or if it fits). */
export function distilled(content: EraContent, mult: Multipliers, model: Model): Model | null {
	if (!swarmOf(content)) return null;
	const params = reachParams(content, mult);
	if (model.params.lte(params)) return null;
	const capability = distilledCapability(content, mult, model.params, model.capability);
	return { name: distilledName(model.name), capability, flop: model.flop, params };
}

/** The name a model distilled from `name` takes. */
export function distilledName(name: string): string {
	return `${name} Mini`.slice(0, 60);
}

/** The extra training, as a share of the run, that a model of `params` parameters costs with
 * distilling on: the student's pass while the full-size model would not fit the swarm, else 0.
 * One rule for the run in progress (runEnd) and the run card's time (expectedRunTime). */
export function distilPass(
	state: GameState,
	content: EraContent,
	mult: Multipliers,
	params: Decimal
): number {
	const def = swarmOf(content);
	if (!def || !state.edge.distil) return 0;
	return params.gt(reachParams(content, mult)) ? def.pass : 0;
}

/** The training FLOP at which the run in progress is done: its target, and with distilling on
 * a pass more for the student (while the full-size model would not fit the swarm). Constant
 * between events (the run, the switch and research), so fast-forward stays exact. */
export function runEnd(state: GameState, content: EraContent, mult: Multipliers): Decimal {
	const run = state.run!;
	const pass = distilPass(state, content, mult, paramsOf(run.target));
	return pass > 0 ? run.target.mul(1 + pass) : run.target;
}

/** The model the run in progress will make at full size (null with no run), with the luck the
 * run drew at its start, or with `outcome` in its place: a screen passes 1, the average draw, so
 * it shows what the run card estimates and never the luck before the run ends (playtest 38 read
 * "Next model: capability 136.2" on the Distil card beside "About capability 176", and the run
 * made 136.2's distilled copy). */
export function runModel(state: GameState, mult: Multipliers, outcome?: number): Model | null {
	const run = state.run;
	if (!run) return null;
	const flop = run.target;
	const capability = capabilityOf(
		flop.mul(withRecipe(run, mult).algoEfficiency),
		outcome ?? run.outcome
	);
	return { name: '', capability, flop, params: paramsOf(flop) };
}
