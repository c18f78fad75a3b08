// Past the end of the road, what a run of a size is worth to the epochs: the chance its model
// reaches the next epoch's mark. A run's capability is its points × a drawn outcome (outcome.ts),
// so at Dyson's scale a quick run's luck spans several epochs (usually 539–633 beside marks 5
// apart), and playtest 38 read the endless mode as "start a day-long run, come back, hope". With
// the odds on the run card, a quick run's one chance in six and a long one's nine in ten are a
// choice the player makes knowingly.
import type { EraContent, RunSizeDef } from '../content';
import { epochTarget, inEndless } from './endless';
import { capabilityBand, runSizesOffered } from './run-plan';
import { expectedRunTime } from './run-pace';
import type { Rates } from './rates';
import type { GameState } from './state';

export interface EpochOdds {
	/** The next epoch's number and the capability it asks. */
	epoch: number;
	mark: number;
	/** The chance a run of this size makes a model at or past the mark, 0…1. */
	chance: number;
	/** Seconds of such runs, one after another, until one takes it, on average (its run time over
	 * its chance; Infinity when it cannot). */
	wait: number;
	/** The size offered that takes it soonest on average, and its wait. */
	soonest: { size: RunSizeDef; wait: number } | null;
}

/** The share of a band [low, high] (capability is linear in the outcome, drawn evenly within
 * its band) at or past `mark`. */
function shareAbove(low: number, high: number, mark: number): number {
	if (mark <= low) return 1;
	if (mark > high) return 0;
	return (high - mark) / (high - low);
}

/** The odds that a run of `size`, started now, takes the next epoch; null before the end of the
 * road. */
export function epochOdds(
	s: GameState,
	c: EraContent,
	r: Rates,
	size: RunSizeDef
): EpochOdds | null {
	if (!inEndless(s)) return null;
	const mark = epochTarget(s, c);
	const all = sizeOdds(s, c, r, mark);
	// A size offered is weighed once, in the list; one not offered on its own.
	const own = all.find((o) => o.size.id === size.id) ?? oddsOf(s, c, r, size, mark);
	return {
		epoch: s.meta.endless.epoch + 1,
		mark,
		chance: own.chance,
		wait: own.wait,
		soonest: soonestOf(all)
	};
}

/** Past the end of the road, the size offered whose runs take the next epoch soonest on average
 * (the run card's "soonest", and the Run scheduler's pick there); null before it, or when no
 * size offered can reach the mark. */
export function epochSoonest(s: GameState, c: EraContent, r: Rates): RunSizeDef | null {
	return inEndless(s) ? (soonestOf(sizeOdds(s, c, r, epochTarget(s, c)))?.size ?? null) : null;
}

/** Each size offered, with its chance of reaching `mark` and its wait. */
function sizeOdds(s: GameState, c: EraContent, r: Rates, mark: number): SizeOdds[] {
	return runSizesOffered(s, c, r).map((z) => oddsOf(s, c, r, z, mark));
}

interface SizeOdds {
	size: RunSizeDef;
	chance: number;
	wait: number;
}

function soonestOf(all: readonly SizeOdds[]): EpochOdds['soonest'] {
	let soonest: EpochOdds['soonest'] = null;
	for (const { size, wait } of all)
		if (Number.isFinite(wait) && (!soonest || wait < soonest.wait)) soonest = { size, wait };
	return soonest;
}

function oddsOf(s: GameState, c: EraContent, r: Rates, size: RunSizeDef, mark: number): SizeOdds {
	const band = capabilityBand(s, c, r, size);
	const chance =
		(1 - band.poorChance) * shareAbove(band.low, band.high, mark) +
		band.poorChance * shareAbove(band.poorLow, band.poorHigh, mark);
	// Its run time over its chance; Infinity when it cannot.
	const wait = chance > 0 ? expectedRunTime(s, c, r, size) / chance : Infinity;
	return { size, chance, wait };
}
