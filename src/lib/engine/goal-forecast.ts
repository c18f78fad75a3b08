// How far the era goal is from the runs the lab can make, said on the run card beside the goal.
// Playtest 20: Dyson's goal of 592 read out of reach beside a best model of 186, and nothing
// said what it takes. A run's capability grows by POINTS_PER_DECADE for every tenfold of its
// effective FLOP (its FLOP times research's capability per FLOP: formulas.ts capabilityOf).
import type { EraContent, RunSizeDef } from '../content';
import { recipeBehind } from './experiments';
import { goalBar } from './leaderboard';
import type { Rates } from './rates';
import { capabilityBand, expectedRunTime, runSizesOffered } from './run-plan';
import type { GameState } from './state';

export interface GoalForecast {
	/** The capability that takes the era: the goal, or the least that passes a rival at it
	 * (goalBar). */
	need: number;
	/** A run of `size` started next, at the usual luck (capabilityBand's estimate): with the
	 * research done so far, the research since the run under way began included. */
	next: number;
	/** What the research since the run under way began adds to the next run: that run keeps the
	 * algorithms it started with (experiments.ts recipeBehind; 0 between runs). */
	behind: number;
	/** Capability points from `next` to `need`. */
	short: number;
	/** The smallest size offered whose estimate reaches `need`, the estimate and its time at this
	 * pace (null: none the fleet trains within a week does). */
	reach: { size: RunSizeDef; expected: number; time: number } | null;
}

/** Null once the goal is reached, or when a run of `size` reaches it on average. */
export function goalForecast(
	s: GameState,
	c: EraContent,
	r: Rates,
	size: RunSizeDef
): GoalForecast | null {
	if (s.goalReached) return null;
	const { need } = goalBar(s, c);
	const expected = (z: RunSizeDef) => capabilityBand(s, c, r, z).expected;
	const next = expected(size);
	if (!(next < need)) return null;
	const first = runSizesOffered(s, c, r).find((z) => expected(z) >= need);
	return {
		need,
		next,
		behind: recipeBehind(s, r),
		short: need - next,
		reach: first
			? { size: first, expected: expected(first), time: expectedRunTime(s, c, r, first) }
			: null
	};
}
