// Research ×max: as many levels of a repeatable project as the insight pays for, in one move.
// Playtest 34 tapped Algorithmic advances about ten times at each check-in, in every era.
import type { EraContent } from '../content';
import { canResearch, research, researchCost, takeLevel, type ActionResult } from './actions';
import { D0, type Decimal } from './decimal';
import { pushNews } from './news';
import { researchClosed } from './research-open';
import type { GameState } from './state';

/** At most this many levels in one move (the insight of a late era pays for thousands of the
 * cheap early levels of a project first researched late). */
export const MAX_LEVELS_AT_ONCE = 1000;

/** The levels of repeatable project `id` the insight pays for now, one after another, and what
 * they cost together (count 0: none, or the project is not repeatable or not open). */
export function researchMaxQuote(
	s: GameState,
	c: EraContent,
	id: string
): { count: number; cost: Decimal } {
	const def = c.research.get(id);
	if (!def?.repeatable || !canResearch(s, c, id).ok) return { count: 0, cost: D0 };
	let level = researchCost(s, c, id);
	let cost = D0;
	let count = 0;
	while (count < MAX_LEVELS_AT_ONCE && cost.add(level).lte(s.insight)) {
		cost = cost.add(level);
		level = level.mul(def.repeatable);
		count++;
	}
	return { count, cost };
}

/** Researches every level researchMaxQuote counts, each at its own price (as that many single
 * levels would), told once; a project that is not repeatable, its one level. */
export function researchMax(s: GameState, c: EraContent, id: string): ActionResult {
	const check = canResearch(s, c, id);
	if (!check.ok) return check;
	const { count } = researchMaxQuote(s, c, id);
	if (count === 0) return research(s, c, id); // not repeatable: its one level
	for (let i = 0; i < count && canResearch(s, c, id).ok; i++) takeLevel(s, c, id);
	pushNews(s, 'research', { item: `${c.research.get(id)!.name} ×${count}` });
	return { ok: true };
}

/**
 * Spends the insight on research, the cheapest level of any open project first, until no level
 * is affordable (at most MAX_LEVELS_AT_ONCE): the Research director's rule (automation.ts), told
 * once in the news ("Algorithmic advances ×12, Research platform ×3"). Returns the levels taken.
 * Prices are kept as they climb rather than asked again (researchLevel counts the whole list).
 */
export function researchCheapest(s: GameState, c: EraContent): number {
	const taken = new Map<string, number>();
	let total = 0;
	let open = openPrices(s, c);
	while (total < MAX_LEVELS_AT_ONCE && open.length > 0) {
		let best = open[0];
		for (const p of open) if (p.cost.lt(best.cost)) best = p;
		if (best.cost.gt(s.insight)) break;
		takeLevel(s, c, best.id);
		taken.set(best.id, (taken.get(best.id) ?? 0) + 1);
		total++;
		const ratio = c.research.get(best.id)!.repeatable;
		if (ratio) best.cost = best.cost.mul(ratio);
		else open = openPrices(s, c); // done: it may open others
	}
	if (total > 0)
		pushNews(s, 'research', {
			item: [...taken].map(([id, n]) => `${c.research.get(id)!.name} ×${n}`).join(', ')
		});
	return total;
}

/** Every project open to research now (whatever the insight), with its next level's price. */
export function openPrices(s: GameState, c: EraContent): { id: string; cost: Decimal }[] {
	return c.era.research
		.filter((p) => researchClosed(s, c, p.id) === null)
		.map((p) => ({ id: p.id, cost: researchCost(s, c, p.id) }));
}
