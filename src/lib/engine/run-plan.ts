// Training runs ahead of time: which size to run next, how long it takes, what it should
// score, and how far the current run has come. Read by the run card, automation and players.
import type { EraContent, RunSizeDef } from '../content';
import { Decimal } from './decimal';
import {
	blockFlops,
	devicesPerCopy,
	distilled,
	runEnd,
	swarmCapacity,
	swarmFit,
	swarmHold,
	swarmMemory,
	swarmReach,
	splitSpeed,
	type SwarmHold
} from './edge';
import { capabilityOf, paramsOf } from './formulas';
import { OUTCOME } from './outcome';
import { capabilityAt, usualLowAt } from './run-band';
import { modelFootprint } from './purchases';
import { ratesWith } from './run-pace';
import { trainingPace, type Rates } from './rates';
import type { GameState, Model } from './state';

/** The run size one up from the served model's (the largest if none is bigger). */
export function oneSizeUp(s: GameState, c: EraContent): RunSizeDef {
	return sizeUpFrom(c, s.model);
}

/** The best model the lab has: the served one, or a better one waiting at the gate. */
function bestModel(s: GameState): Model {
	return s.gate && s.gate.capability > s.model.capability ? s.gate : s.model;
}

/** The run size one up from the best model the lab has (bestModel). Not the Run scheduler's
 * (tried after playtest 31, whose scheduler started 105 Small runs beside a better model held
 * for memory): from such a model it trained bigger ones still, one of the active players waited
 * 27 minutes with nothing to do (12 asked) and the check-in player reached two eras of seven. */
function sizeUpFromBest(s: GameState, c: EraContent): RunSizeDef {
	return sizeUpFrom(c, bestModel(s));
}

/** The run size one up from `model`'s training (the largest if none is bigger). */
function sizeUpFrom(c: EraContent, model: Model): RunSizeDef {
	const sizes = c.era.runSizes;
	let flops = sizeFlops.get(sizes);
	if (!flops) sizeFlops.set(sizes, (flops = sizes.map((z) => new Decimal(z.flop))));
	for (let i = 0; i < sizes.length; i++) if (model.flop.lt(flops[i])) return sizes[i];
	return sizes[sizes.length - 1];
}

/** Each era's run sizes' FLOP as Decimals, made once (oneSizeUp runs at every automated run). */
const sizeFlops = new WeakMap<readonly RunSizeDef[], Decimal[]>();

/** The biggest run that trains within `seconds` at `share` of compute, and never one smaller
 * than one size up (no point retraining the served model). */
export function largestRunWithin(
	s: GameState,
	c: EraContent,
	r: Rates,
	share: number,
	seconds: number
): RunSizeDef {
	const trained = trainingPace(r, share).mul(seconds);
	let pick = oneSizeUp(s, c);
	for (const size of c.era.runSizes)
		if (size.flop > pick.flop && trained.gte(size.flop)) pick = size;
	return pick;
}

/** Days of training at the whole fleet beyond which a run size is not offered. */
const OFFERED_DAYS = 7;

/**
 * The run sizes worth offering: from two below one size up (a quick run) to the biggest the
 * whole fleet trains within a week, and at least two above one size up. (The later eras list
 * some fifty sizes, most of them years away.) None while the lab computes nothing: a run there
 * would never finish (playtest 4 was offered three sizes at "∞" on an empty orbit).
 */
export function runSizesOffered(s: GameState, c: EraContent, r: Rates): readonly RunSizeDef[] {
	const sizes = c.era.runSizes;
	const up = sizes.indexOf(oneSizeUp(s, c));
	if (!trainingPace(r, 1).gt(0)) return [];
	// The whole fleet's pace with that run under way: Dyson's kept watts and the far sites'
	// light-delay cap count only while a run trains (a pace read between runs left out the
	// star's kept watts, so Dyson offered fewer sizes than it could finish in a week).
	const inAWeek = (z: RunSizeDef) =>
		ratesWith(s, c, z, 1)
			.trainRate.mul(OFFERED_DAYS * 86_400)
			.gte(z.flop);
	let last = Math.min(sizes.length - 1, up + 2);
	while (last + 1 < sizes.length && inAWeek(sizes[last + 1])) last++;
	return sizes.slice(Math.max(0, up - 2), last + 1);
}

/**
 * The run the run card suggests: one size up from the best model the lab has (the served one,
 * or a better one waiting at the gate) when its average outcome beats that model, else
 * the first size offered whose average does (the playtest was offered a run estimated at
 * capability 40 beside a waiting model of 58.7); with none, the biggest offered for a waiting
 * model, one size up for the served one (the run card then says no size beats it).
 */
export function suggestedRunSize(s: GameState, c: EraContent, r: Rates): RunSizeDef {
	// The best model the lab has: the served one, or a better one waiting at the gate, and one
	// size up from it (playtest 18 was offered the Short run that had trained the Ember-2
	// waiting). A lucky run can score past one size up's average (playtest 17: "Huge: about
	// 83.0, below what you serve" was the size suggested after one).
	const gateBetter = bestModel(s) !== s.model;
	const best = bestModel(s).capability;
	const up = sizeUpFromBest(s, c);
	if (expectedCapability(r, up) > best) return up;
	const offered = runSizesOffered(s, c, r);
	const beats = (z: RunSizeDef) => z.flop >= up.flop && expectedCapability(r, z) > best;
	return offered.find(beats) ?? (gateBetter ? offered[offered.length - 1] : undefined) ?? up;
}

/** Capability a run of this size should score with an average outcome. */
export function expectedCapability(r: Rates, size: RunSizeDef): number {
	return capabilityOf(new Decimal(size.flop).mul(r.mult.algoEfficiency), 1);
}

/**
 * What a run of this size may score: a run's outcome is luck within a band (outcome.ts), so
 * its capability usually lands in `low`…`high`, and with `poorChance` it disappoints, down to
 * `poorLow`…`poorHigh`.
 */
export interface CapabilityBand {
	expected: number;
	low: number;
	high: number;
	poorLow: number;
	poorHigh: number;
	poorChance: number;
}

/** The band of a run of this size for the lab `s` as it stands: in the Edge with distilling on,
 * of the distilled copy of a model too big for the swarm (run-band.ts capabilityAt), so the
 * estimate and the model released agree. Its low edge is the one a run keeps when it starts
 * (usualLowAt), below which the model it makes is called disappointing. */
export function capabilityBand(
	s: GameState,
	c: EraContent,
	r: Pick<Rates, 'mult'>,
	size: RunSizeDef
): CapabilityBand {
	const flop = new Decimal(size.flop);
	const at = (outcome: number) => capabilityAt(s, c, r.mult, flop, outcome);
	const { usual, poor, poorChance } = OUTCOME;
	return {
		expected: at(1),
		low: usualLowAt(s, c, r.mult, flop),
		high: at(usual.lo + usual.width),
		poorLow: at(poor.lo),
		poorHigh: at(poor.lo + poor.width),
		poorChance
	};
}

/** The model a run of this size makes, before it trains: its memory footprint (its parameters
 * follow the run's FLOP, not its luck: formulas.ts paramsOf; in the Edge with distilling on,
 * the distilled copy's: `distilled`) against the fleet's powered memory, and the share of it
 * that would fit. In the Edge the recruited swarm serves it too, by its own rule (edge.ts
 * swarmCapacity: split across devices past its reach, and at its blocks' memory over the
 * footprint), so
 * `speed` is what the whole lab would serve at (the playtest's card said "1% speed" from the
 * fleet's 190 TB alone, with a swarm that held the distilled model). */
export interface PlannedMemory {
	footprint: Decimal;
	memory: Decimal;
	/** The fleet's memory over the footprint, at most 1. */
	fit: number;
	distilled: boolean;
	/** The recruited swarm's part (null outside the Edge or with no blocks): the memory its
	 * blocks hold, its reach, whether the model is within it (else the devices a copy is split
	 * across and the share of the swarm's speed that leaves: edge.ts splitSpeed), and the blocks
	 * that hold it whole, if the swarm can have that many (edge.ts swarmHold). `fit`: its blocks'
	 * memory over the footprint (edge.ts swarmFit), the share of its FLOP/s that serves; `share`:
	 * the swarm's part of the lab's serving FLOP/s, what weighs that fit in `speed` (playtest 34
	 * read "the fleet has 260 PB … it would serve at 41% speed" of a 100 PB model: the swarm,
	 * 97 % of the serving, held 39 % of it). `heldSpeed`: `speed` once the swarm has the blocks
	 * that hold it whole (null when it cannot have that many). */
	swarm: {
		memory: Decimal;
		reach: Decimal;
		within: boolean;
		devices: number;
		split: number;
		hold: SwarmHold;
		fit: number;
		share: number;
		heldSpeed: number | null;
	} | null;
	/** Serving speed with this model over that with one that fits everywhere (fleet and swarm
	 * weighed by their FLOP/s), at most 1. */
	speed: number;
}

/** The model a run of this size would make at full size, at the usual luck (its parameters, and
 * so its footprint, follow the run's FLOP alone). The run card's memory line and the Edge's Distil
 * card both speak of this model before a run starts (playtest 4: the Distil card spoke of the
 * served one). */
export function plannedModel(r: Rates, size: RunSizeDef): Model {
	const flop = new Decimal(size.flop);
	return { name: '', capability: expectedCapability(r, size), flop, params: paramsOf(flop) };
}

export function plannedMemory(
	s: GameState,
	c: EraContent,
	r: Rates,
	size: RunSizeDef
): PlannedMemory {
	const full = plannedModel(r, size);
	const small = s.edge.distil ? distilled(c, r.mult, full) : null;
	const footprint = modelFootprint(c, r, small ?? full);
	const fit = r.memory.gte(footprint) ? 1 : r.memory.div(footprint).toNumber();
	const blocks = s.edge.blocks;
	if (blocks === 0 || blockFlops(c, r.mult) <= 0)
		return { footprint, memory: r.memory, fit, distilled: small !== null, swarm: null, speed: fit };
	const reach = swarmReach(c, r.mult);
	const hold = swarmHold(c, r.mult, footprint);
	const swarmFlops = blockFlops(c, r.mult) * blocks;
	return {
		footprint,
		memory: r.memory,
		fit,
		distilled: small !== null,
		swarm: {
			memory: swarmMemory(s, c, r.mult),
			reach,
			within: footprint.lte(reach),
			devices: devicesPerCopy(c, r.mult, footprint),
			split: splitSpeed(c, r.mult, footprint),
			hold,
			fit: swarmFit(s, c, r.mult, footprint),
			share: new Decimal(swarmFlops).div(r.compute.add(swarmFlops)).toNumber(),
			heldSpeed:
				hold.blocks === null
					? null
					: labSpeed(s, c, r, footprint, fit, Math.max(blocks, hold.blocks))
		},
		speed: labSpeed(s, c, r, footprint, fit, blocks)
	};
}

/** The share of its speed the lab serves a model of `footprint` at (the fleet holding `fit` of
 * it) with `blocks` recruited: the fleet and the swarm weighed by their FLOP/s, the swarm by its
 * own rule (edge.ts swarmCapacity), at most 1. */
function labSpeed(
	s: GameState,
	c: EraContent,
	r: Rates,
	footprint: Decimal,
	fit: number,
	blocks: number
): number {
	// Tokens per second at one FLOP a token: the model's FLOP per token divides both sides alike.
	const kept = 1 - c.era.latency;
	const at = blocks === s.edge.blocks ? s : { ...s, edge: { ...s.edge, blocks } };
	const served = r.compute
		.mul(kept * fit)
		.add(swarmCapacity(at, c, r.mult, footprint, new Decimal(1)));
	const whole = r.compute.add(blockFlops(c, r.mult) * blocks).mul(kept);
	return Math.min(1, whole.gt(0) ? served.div(whole).toNumber() : fit);
}

/** Where the current run ends: its target, or with `c` given, with the Edge's distil pass. */
function endOf(s: GameState, r: Rates, c?: EraContent): Decimal {
	return c ? runEnd(s, c, r.mult) : s.run!.target;
}

/** Seconds until the current run is done at the current pace (Infinity if nothing trains). */
export function runTimeLeft(s: GameState, r: Rates, c?: EraContent): number {
	if (!s.run || r.trainRate.lte(0)) return Infinity;
	return endOf(s, r, c).sub(s.run.progress).div(r.trainRate).toNumber();
}

/** The run card's "done / total" FLOP: the total with the distil pass when there is one (its
 * bar read 87 % beside "10.4 RFLOP / 10 RFLOP": playtest 9). Null with no run. */
export function runFlop(
	s: GameState,
	c: EraContent,
	r: Rates
): { done: Decimal; total: Decimal; distilling: boolean } | null {
	if (!s.run) return null;
	const total = endOf(s, r, c);
	return { done: s.run.progress, total, distilling: total.gt(s.run.target) };
}

/** How far the current run has come, 0…1 (with `c` and `r`, its distil pass included). */
export function runProgress(s: GameState, c?: EraContent, r?: Rates): number {
	if (!s.run) return 0;
	const end = c && r ? endOf(s, r, c) : s.run.target;
	return Math.min(1, s.run.progress.div(end).toNumber());
}
