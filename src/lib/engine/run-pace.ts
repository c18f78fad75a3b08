// A run's pace before it starts: the rates a run of a size would train at if started now, and
// the time and share of the lab's compute the run card quotes from them.
import type { EraContent, RunSizeDef } from '../content';
import { D0, Decimal } from './decimal';
import { distilPass } from './edge';
import { paramsOf } from './formulas';
import { labTrainShare } from './moon-mars';
import { rates, type Rates } from './rates';
import type { GameState } from './state';

/** Run time and pace read at no less than this share, so a 0% slider still shows a figure. */
const LEAST_SHOWN_SHARE = 0.01;

/** The train share a run's pace is quoted at when nothing trains it at the slider's: the
 * slider's, or 1% if it is at zero. */
export function quotedTrainShare(s: GameState): number {
	return Math.max(s.trainShare, LEAST_SHOWN_SHARE);
}

/**
 * FLOP per second a run of this size would train at if it started now (plannedRates): the
 * engine's own rates with that run under way (their `trainRate`, what step() adds to its
 * progress). Dyson's kept watts and the far sites' light-delay cap (by the run's size) count
 * only while a run trains: a pace read off the rates between runs missed them (playtest 8: a
 * Dyson run "18m 04s" finished in about a minute).
 */
export function plannedTrainRate(s: GameState, c: EraContent, size: RunSizeDef): Decimal {
	return plannedRates(s, c, size).trainRate;
}

/** Share of the lab's compute a run of this size would train on if it started now, as the
 * header's tile says it once it runs (labTrainShare): the run card's "at 78% training". */
export function plannedTrainShare(s: GameState, c: EraContent, size: RunSizeDef): number {
	return labTrainShare(plannedRates(s, c, size));
}

/** The rates with a run of this size started now, at the slider's share; at 1% (quotedTrainShare)
 * if nothing would train it there, so a 0% slider still shows a time. Far sites and the star's
 * kept watts train at 0%: the run is quoted at the slider then, as it will train (playtest 23 read
 * "at 1% training" beside a 0% slider while Mars trained the run). */
function plannedRates(s: GameState, c: EraContent, size: RunSizeDef): Rates {
	const at = ratesWith(s, c, size, s.trainShare);
	return at.trainRate.gt(0) ? at : ratesWith(s, c, size, quotedTrainShare(s));
}

/** The rates with a run of this size started now at `share`. */
export function ratesWith(s: GameState, c: EraContent, size: RunSizeDef, share: number): Rates {
	const target = new Decimal(size.flop);
	const run = { sizeId: size.id, target, progress: D0, outcome: 1, recipe: 0, usualLow: 0 };
	return rates({ ...s, run, trainShare: share }, c);
}

/** Seconds a run of this size would take if it started now (plannedTrainRate), with the Edge's
 * distil pass when its model would be distilled (edge.ts distilPass, the rule the run in
 * progress ends by: playtest 4 read 1m49s before the run and 2m10s once it ran). */
export function expectedRunTime(s: GameState, c: EraContent, r: Rates, size: RunSizeDef): number {
	const pace = plannedTrainRate(s, c, size);
	const flop = new Decimal(size.flop).mul(
		1 + distilPass(s, c, r.mult, paramsOf(new Decimal(size.flop)))
	);
	return pace.gt(0) ? flop.div(pace).toNumber() : Infinity;
}
