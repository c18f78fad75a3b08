// Research's capability per FLOP bought in order, the cheapest open project first: how the goal
// forecast reads research's pace (goal-forecast.ts researchPace) and when research and a run
// together reach the era goal (goal-eta.ts goalEta). One plan, so the two agree.
import type { EraContent, ResearchDef } from '../content';
import { researchCost } from './actions';
import { Decimal } from './decimal';
import { capabilityGain } from './formulas';
import { researchClosed } from './research-open';
import type { GameState } from './state';

/** Capability points a project adds to a run (its capability per FLOP), 0 for none. */
export function pointsOf(def: ResearchDef): number {
	let points = 0;
	for (const e of def.effects)
		if (e.target === 'algoEfficiency' && e.value > 1) points += capabilityGain(e.value);
	return points;
}

/** One purchase of the plan: the project, its price then, and the insight spent with it on the
 * plan so far (`spent`, this one's price included). */
export interface PlannedProject {
	def: ResearchDef;
	cost: Decimal;
	spent: Decimal;
	/** The lab's research once it is bought (the plan's so far). */
	research: readonly string[];
}

/** The projects that add capability per FLOP, bought one after another, the cheapest open one
 * first (each buy raises a repeatable project's price: `limit` buys at most). */
export function* capabilityPlan(
	s: GameState,
	c: EraContent,
	limit = 1000
): Generator<PlannedProject> {
	const plan = { ...s, research: [...s.research] };
	let spent = new Decimal(0);
	for (let i = 0; i < limit; i++) {
		let best: { def: ResearchDef; cost: Decimal } | null = null;
		for (const def of c.research.values()) {
			if (pointsOf(def) <= 0 || researchClosed(plan, c, def.id) !== null) continue;
			const cost = researchCost(plan, c, def.id);
			if (!best || cost.lt(best.cost)) best = { def, cost };
		}
		if (!best) return;
		spent = spent.add(best.cost);
		plan.research.push(best.def.id);
		yield { ...best, spent, research: [...plan.research] };
	}
}
