// Research ×max: as many levels of a repeatable project as the insight pays for, in one move.
// Playtest 34 tapped Algorithmic advances about ten times at each check-in, in every era.
import type { EraContent } from '../content';
import { canResearch, research, researchCost, takeLevel, type ActionResult } from './actions';
import { D0, type Decimal } from './decimal';
import { pushNews } from './news';
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
