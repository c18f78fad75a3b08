// How far the era goal is from the runs the lab can make, said on the run card beside the goal.
// Playtest 20: Dyson's goal of 592 read out of reach beside a best model of 186, and nothing
// said what it takes. A run's capability grows by POINTS_PER_DECADE for every tenfold of its
// effective FLOP (its FLOP times research's capability per FLOP: formulas.ts capabilityOf).
// Playtest 22 read the gap as out of reach: the forecast also says research's pace
// (researchPace), what the insight of the next hour buys of capability per FLOP.
import type { EraContent, ResearchDef, RunSizeDef } from '../content';
import { researchCost } from './actions';
import { researchClosed } from './research-open';
import { recipeBehind } from './experiments';
import { Decimal } from './decimal';
import { capabilityGain } from './formulas';
import { goalBar } from './leaderboard';
import type { Rates } from './rates';
import { capabilityBand, runSizesOffered } from './run-plan';
import { expectedRunTime } from './run-pace';
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

/** The research pace's horizon: an hour. */
export const PACE_HORIZON = 3600;

/** Capability points a project adds to a run (its capability per FLOP), 0 for none. */
function pointsOf(def: ResearchDef): number {
	let points = 0;
	for (const e of def.effects)
		if (e.target === 'algoEfficiency' && e.value > 1) points += capabilityGain(e.value);
	return points;
}

export function researchPace(s: GameState, c: EraContent, r: Rates): ResearchPace {
	const plan = { ...s, research: [...s.research] };
	const budget = s.insight.add(r.insightRate.mul(PACE_HORIZON));
	let spent = new Decimal(0);
	let hour = 0;
	let next: ResearchPace['next'] = null;
	// Each buy raises a repeatable project's price: a few dozen at most fit in the hour.
	for (let i = 0; i < 1000; i++) {
		let best: { def: ResearchDef; cost: Decimal } | null = null;
		for (const def of c.research.values()) {
			if (pointsOf(def) <= 0 || researchClosed(plan, c, def.id) !== null) continue;
			const cost = researchCost(plan, c, def.id);
			if (!best || cost.lt(best.cost)) best = { def, cost };
		}
		if (!best) break;
		if (!next) {
			const short = best.cost.sub(s.insight);
			if (short.gt(0) && !r.insightRate.gt(0)) break;
			const wait = short.gt(0) ? short.div(r.insightRate).toNumber() : 0;
			next = { name: best.def.name, gain: pointsOf(best.def), wait };
		}
		spent = spent.add(best.cost);
		if (spent.gt(budget)) break;
		hour += pointsOf(best.def);
		plan.research.push(best.def.id);
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
	const first = runSizesOffered(s, c, r).find((z) => expected(z) >= need);
	return {
		need,
		next,
		behind: recipeBehind(s, r),
		short: need - next,
		reach: first
			? { size: first, expected: expected(first), time: expectedRunTime(s, c, r, first) }
			: null,
		research: researchPace(s, c, r)
	};
}
