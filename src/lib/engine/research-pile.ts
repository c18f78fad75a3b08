// Insight piling up unspent: the Research tab is marked (playtest 42 came back to Dyson's insight
// piled high before its goal, the Research director sold only past it, and nothing said so).
import type { EraContent } from '../content';
import { researchDirected } from './automation';
import { openPrices } from './research-max';
import type { GameState } from './state';

/** Insight this many times the cheapest open level's price is piling up. */
export const INSIGHT_PILE = 10;

/** The insight pays for the cheapest open level of research INSIGHT_PILE times over, and no
 * Research director spends it (it does as each run starts, past the last goal). */
export function insightPiles(s: GameState, c: EraContent): boolean {
	if (!s.insight.gt(0) || researchDirected(s)) return false;
	const limit = s.insight.div(INSIGHT_PILE);
	return openPrices(s, c).some((p) => p.cost.lte(limit));
}
