// What Match demand does to the run in progress, said before the tap. Playtest 20 tapped it on a
// Large run: it set training to 1 % (every other percent served customers), and the run card then
// read "15h 40m left" where it had read minutes, with no word at the tap. Serving every customer
// can be right even so; the card says the price in time, and the player chooses.
import type { EraContent } from '../content';
import { keptByRates } from './kept-by-rates';
import { matchDemand, SAME_SHARE } from './match-demand';
import { rates, type Rates } from './rates';
import { runTimeLeft } from './run-plan';
import type { GameState } from './state';

/** A run Match demand leaves with at least this long to go (seconds: half an hour, past a check-in)… */
export const SLOW_MATCH_LEFT = 1800;
/** …and at least this many times what it has left at the share now, is slowed by it: a run of
 * minutes turned into hours, not one a few minutes longer. */
export const SLOW_MATCH_TIMES = 3;

export interface MatchRun {
	/** Match demand's share (matchDemand), more than 0. */
	share: number;
	/** Seconds the run has left at that share, and at the share it trains at now (Infinity:
	 * nothing trains it). */
	left: number;
	leftNow: number;
	/** Matching demand slows the run from minutes to hours: at least SLOW_MATCH_LEFT left, and
	 * SLOW_MATCH_TIMES times what it has left now. */
	slow: boolean;
}

/**
 * The run in progress at Match demand's share, beside the share now: null with no run, or when
 * no share serves every customer (the card offers no button then). The lab as it would stand
 * after the tap, through the step's own rates (runTimeLeft), the Edge's distil pass included.
 */
export function matchRun(s: GameState, c: EraContent, r: Rates): MatchRun | null {
	if (!s.run) return null;
	return memo(r, '', () => {
		const { share } = matchDemand(r, s.hype, s.loyalty);
		if (share <= 0) return null;
		const leftNow = runTimeLeft(s, r, c);
		let left = leftNow;
		if (Math.abs(share - s.trainShare) >= SAME_SHARE) {
			const t = { ...s, trainShare: share };
			left = runTimeLeft(t, rates(t, c), c);
		}
		const slow =
			Number.isFinite(leftNow) && left >= SLOW_MATCH_LEFT && left >= SLOW_MATCH_TIMES * leftNow;
		return { share, left, leftNow, slow };
	});
}
const memo = keptByRates<MatchRun | null>();
