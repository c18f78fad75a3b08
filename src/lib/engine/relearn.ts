// "Relearn": the earlier eras' hardware and scaling projects, learned again in each later era
// (content relearnResearch: each era's chips and scale are new), in one tap.
import type { EraContent } from '../content';
import { research, researchCost, type ActionResult } from './actions';
import { Decimal } from './decimal';
import type { GameState } from './state';

/** The earlier eras' hardware and scaling projects this era learns again (content
 * relearnResearch) still to do, and what those the insight pays for now cost together, taken
 * cheapest first (a project unlocked by one taken before it counts): what "Relearn" would take. */
export function relearnQuote(
	state: GameState,
	content: EraContent
): { left: number; count: number; cost: Decimal; first: Decimal | null; next: string | null } {
	const left = relearnLeft(state, content);
	const plan = relearnPlan(state, content, left);
	const open = cheapestOpen(state, content, left, new Set(state.research));
	return {
		left: left.length,
		count: plan.ids.length,
		cost: plan.cost,
		// What the first tap waits for when the insight pays for none (playtest 14 read "more
		// insight" alone).
		first: open?.cost ?? null,
		// The project it takes first, by name (playtest 18: "Relearn never says which project it
		// will buy next").
		next: open ? (content.research.get(open.id)?.name ?? null) : null
	};
}

/** The era's relearned projects not yet done. */
function relearnLeft(state: GameState, content: EraContent): string[] {
	return content.era.relearnResearch.filter((id) => !state.research.includes(id));
}

/** The cheapest project of `left` not in `done` whose requirements are, within `insight` when
 * given (null if none). */
function cheapestOpen(
	state: GameState,
	content: EraContent,
	left: readonly string[],
	done: ReadonlySet<string>,
	insight?: Decimal
): { id: string; cost: Decimal } | null {
	let best: { id: string; cost: Decimal } | null = null;
	for (const id of left) {
		const def = content.research.get(id);
		if (!def || done.has(id) || !def.requires.every((r) => done.has(r))) continue;
		const cost = researchCost(state, content, id);
		if ((insight && cost.gt(insight)) || (best && !cost.lt(best.cost))) continue;
		best = { id, cost };
	}
	return best;
}

/** Cheapest first, the projects of `left` the insight pays for now, each unlocked by then. */
function relearnPlan(
	state: GameState,
	content: EraContent,
	left: readonly string[]
): { ids: string[]; cost: Decimal } {
	const done = new Set(state.research);
	let insight = state.insight;
	let cost = new Decimal(0);
	const ids: string[] = [];
	for (;;) {
		const next = cheapestOpen(state, content, left, done, insight);
		if (!next) return { ids, cost };
		done.add(next.id);
		ids.push(next.id);
		insight = insight.sub(next.cost);
		cost = cost.add(next.cost);
	}
}

/** "Relearn": researches, cheapest first, every project of relearnQuote the insight pays for
 * now. Playtest 13 bought the same cheap projects in the same order at every era's start (5 to
 * 14 minutes of taps as insight came in). */
export function relearn(state: GameState, content: EraContent): ActionResult {
	const left = relearnLeft(state, content);
	if (left.length === 0) return { ok: false, reason: 'already-done' };
	const { ids } = relearnPlan(state, content, left);
	if (ids.length === 0) return { ok: false, reason: 'not-enough-insight' };
	for (const id of ids) research(state, content, id);
	return { ok: true };
}
