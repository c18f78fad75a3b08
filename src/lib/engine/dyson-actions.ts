// Dyson's action: one more panel around the star (dyson.ts), built before it collects.
import type { EraContent } from '../content';
import type { ActionResult } from './actions';
import { panelCost, starOf } from './dyson';
import { pushNews } from './news';
import type { GameState } from './state';

/** Orders one panel: its watts come `lead` seconds later (panels ordered in the same tick
 * are one batch). */
export function buyPanel(state: GameState, content: EraContent): ActionResult {
	const star = starOf(content);
	if (!star) return { ok: false, reason: 'unknown-id' };
	const cost = panelCost(state, content);
	if (state.cash.lt(cost)) return { ok: false, reason: 'not-enough-cash' };
	state.cash = state.cash.sub(cost);
	if (star.lead <= 0) {
		state.dyson.panels += 1;
		if (state.dyson.panels % 10 === 0)
			pushNews(state, 'panel', { item: String(state.dyson.panels) });
		return { ok: true };
	}
	const at = state.tick + star.lead;
	const last = state.dyson.building[state.dyson.building.length - 1];
	if (last && last.at === at) last.count += 1;
	else state.dyson.building.push({ count: 1, at });
	return { ok: true };
}

/** Sets the share of the panels' watts beamed to the fleet; the rest is kept at the star and
 * trains the run there (dyson.ts keptWatts). */
export function setBeam(state: GameState, content: EraContent, share: number): ActionResult {
	if (!starOf(content)) return { ok: false, reason: 'unknown-id' };
	if (!Number.isFinite(share) || share < 0 || share > 1)
		return { ok: false, reason: 'invalid-amount' };
	state.dyson.beam = share;
	return { ok: true };
}
