// Dyson's action: one more panel around the star (dyson.ts).
import type { EraContent } from '../content';
import type { ActionResult } from './actions';
import { panelCost, starOf } from './dyson';
import { pushNews } from './news';
import type { GameState } from './state';

/** Buys one panel: its watts are there at once. */
export function buyPanel(state: GameState, content: EraContent): ActionResult {
	if (!starOf(content)) return { ok: false, reason: 'unknown-id' };
	const cost = panelCost(state, content);
	if (state.cash.lt(cost)) return { ok: false, reason: 'not-enough-cash' };
	state.cash = state.cash.sub(cost);
	state.dyson.panels += 1;
	if (state.dyson.panels % 10 === 0) pushNews(state, 'panel', { item: String(state.dyson.panels) });
	return { ok: true };
}
