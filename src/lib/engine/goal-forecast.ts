// How far the era goal is from the runs the lab can make, said on the run card beside the goal.
// Playtest 20: Dyson's goal of 592 read out of reach beside a best model of 186, and nothing
// said what it takes. A run's capability grows by POINTS_PER_DECADE for every tenfold of its
// effective FLOP (its FLOP times research's capability per FLOP: formulas.ts capabilityOf).
// Playtest 22 read the gap as out of reach: the forecast also says research's pace
// (researchPace), what the insight of the next hour buys of capability per FLOP.
import type { EraContent, RunSizeDef } from '../content';
import { recipeBehind } from './experiments';
import { goalEta, type GoalEta } from './goal-eta';
import { goalBar } from './leaderboard';
import type { Rates } from './rates';
import { capabilityBand, runSizesOffered } from './run-plan';
import { expectedRunTime } from './run-pace';
import { capabilityPlan, pointsOf } from './research-plan';
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
	/** How fast research moves the goal (researchPace). */
	research: ResearchPace;
	/** When the goal would be reached at this pace (goalEta: null, not within a day). */
	eta: GoalEta | null;
	/** Not within a day (eta null): the smallest of the era's run sizes whose estimate reaches
	 * `need` with the research so far and that trains within FAR_HORIZON, its estimate and its
	 * time at this compute (the fleet as it is); when none does, the biggest that trains within
	 * it (`reaches` false: research and the fleet must close the rest). Null
	 * when the goal comes within a day, or nothing trains. Playtest 24 read "Not within a day at
	 * this pace" in every era past the Garage, with no sense of how far. */
	far: {
		size: RunSizeDef;
		expected: number;
		time: number;
		reaches: boolean;
		/** Whether the run card offers the size (playtest 25 looked for "Everything ×100 Quint"
		 * in the menu: the far run may be past the sizes on offer). */
		offered: boolean;
	} | null;
}

/** Research's capability per FLOP, as points on the next run (playtest 22 read "each +10 takes
 * ten times the FLOP" as the goal out of reach, with nothing said of research's pace). */
export interface ResearchPace {
	/** What the insight in hand and PACE_HORIZON seconds more at this rate buy of it, the
	 * cheapest project first. */
	hour: number;
	/** The first of those projects: its name, its points, and the seconds until the insight for
	 * it is in hand (0: now). Null when none is left, or none comes within reach (no insight
	 * coming in). */
	next: { name: string; gain: number; wait: number } | null;
	/** Insight comes in: researchers are at work. */
	researching: boolean;
}

/** The longest run the forecast names when the goal is not within a day: a month at this
 * compute (a longer one only says the fleet as it is cannot get there). */
export const FAR_HORIZON = 30 * 86_400;

/** The research pace's horizon: an hour. */
export const PACE_HORIZON = 3600;

export function researchPace(s: GameState, c: EraContent, r: Rates): ResearchPace {
	const budget = s.insight.add(r.insightRate.mul(PACE_HORIZON));
	let hour = 0;
	let next: ResearchPace['next'] = null;
	for (const { def, cost, spent } of capabilityPlan(s, c)) {
		if (!next) {
			const short = cost.sub(s.insight);
			if (short.gt(0) && !r.insightRate.gt(0)) break;
			const wait = short.gt(0) ? short.div(r.insightRate).toNumber() : 0;
			next = { name: def.name, gain: pointsOf(def), wait };
		}
		if (spent.gt(budget)) break;
		hour += pointsOf(def);
	}
	return { hour, next, researching: r.insightRate.gt(0) };
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
	const offered = runSizesOffered(s, c, r);
	const first = offered.find((z) => expected(z) >= need);
	const eta = goalEta(s, c, r, need);
	// Past the sizes offered too (the run that reaches it may take longer than a week), but
	// within a month at this compute: playtest 34 read "would take 228B years at this compute" in
	// every late fixture, the goal as never reached, where research and the fleet bring it.
	const sizes = c.era.runSizes
		.slice(Math.max(0, c.era.runSizes.indexOf(offered[0])))
		.filter((z) => offered.includes(z) || expectedRunTime(s, c, r, z) <= FAR_HORIZON);
	// With no compute to train (no size offered) no run's time says anything.
	const far =
		eta || offered.length === 0
			? undefined
			: (sizes.find((z) => expected(z) >= need) ?? sizes.at(-1));
	return {
		need,
		next,
		behind: recipeBehind(s, r),
		short: need - next,
		reach: first
			? { size: first, expected: expected(first), time: expectedRunTime(s, c, r, first) }
			: null,
		research: researchPace(s, c, r),
		eta,
		far: far ? { ...farRun(s, c, r, far, need), offered: offered.includes(far) } : null
	};
}

function farRun(s: GameState, c: EraContent, r: Rates, size: RunSizeDef, need: number) {
	const expected = capabilityBand(s, c, r, size).expected;
	return { size, expected, time: expectedRunTime(s, c, r, size), reaches: expected >= need };
}
