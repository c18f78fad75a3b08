// When the era goal would be reached at this pace: playtest 23's goal forecast said what
// research buys within the hour, never "the goal in about N h", the first thing an idle player
// wants. A run started once the research it waits for is in hand (capability per FLOP, the
// cheapest first: research-plan.ts) and the run under way has ended, that ends at the usual luck
// on or above the goal. The fleet, the researchers and the rivals as they are now: chips bought
// meanwhile bring it sooner, a rival's release may raise the bar.
import type { EraContent, RunSizeDef } from '../content';
import { goalBar } from './leaderboard';
import { rates, type Rates } from './rates';
import { capabilityBand, runSizesOffered, runTimeLeft } from './run-plan';
import { expectedRunTime } from './run-pace';
import { capabilityPlan } from './research-plan';
import type { GameState } from './state';

/** The estimate looks a day ahead; past it the goal is "not within a day at this pace". */
export const ETA_HORIZON = 86_400;

export interface GoalEta {
	/** Seconds from now until the run that reaches the goal ends. */
	seconds: number;
	/** That run: its size (the smallest offered that reaches the goal then), when it starts
	 * (seconds from now) and what it makes at the usual luck. */
	size: RunSizeDef;
	start: number;
	expected: number;
	/** The projects bought before it starts, in order (ids; none: the run alone reaches it). */
	research: readonly string[];
	/** How many of them, from the first, the insight in hand pays for now. The estimate is the
	 * quickest plan from now: while they stay unbought, the insight piling up makes a longer plan
	 * (more projects, then a smaller run) the quicker one, so `research` grows with nothing bought
	 * (playtest 44 read "3 research projects first", later "5 … first"); the card says so. */
	affordable: number;
}

/** Null when no run ends on the goal within ETA_HORIZON at this pace. `need`: the capability
 * that takes the era (goalBar). */
export function goalEta(
	s: GameState,
	c: EraContent,
	r: Rates,
	need = goalBar(s, c).need
): GoalEta | null {
	const left = s.run ? runTimeLeft(s, r, c) : 0;
	const offered = runSizesOffered(s, c, r);
	if (!(left <= ETA_HORIZON) || offered.length === 0) return null;
	// The sizes from the smallest offered up: the smallest that reaches the goal is the fastest.
	const sizes = c.era.runSizes.slice(c.era.runSizes.indexOf(offered[0]));
	let best = null as GoalEta | null;
	// The plan's projects the insight in hand pays for (its first ones: `spent` only grows).
	let paid = 0;
	const consider = (research: readonly string[], wait: number) => {
		const plan = research.length ? { ...s, research: [...s.research, ...research] } : s;
		const rp = research.length ? rates(plan, c) : r;
		const start = Math.max(wait, left);
		for (const size of sizes) {
			const expected = capabilityBand(plan, c, rp, size).expected;
			if (expected < need) continue;
			const seconds = start + expectedRunTime(plan, c, rp, size);
			if (seconds <= ETA_HORIZON && (!best || seconds < best.seconds))
				best = { seconds, size, start, expected, research, affordable: paid };
			return;
		}
	};
	consider([], 0);
	for (const p of capabilityPlan(s, c)) {
		const short = p.spent.sub(s.insight);
		const wait = !short.gt(0)
			? 0
			: r.insightRate.gt(0)
				? short.div(r.insightRate).toNumber()
				: Infinity;
		// Later purchases wait longer: past the horizon, or past a run already found, none helps.
		if (!(wait <= ETA_HORIZON) || (best && wait >= best.seconds)) break;
		if (wait === 0) paid++;
		consider(p.research.slice(s.research.length), wait);
	}
	return best;
}
