// Dyson's action: one more panel around the star (dyson.ts), built before it collects.
import type { EraContent } from '../content';
import type { ActionResult } from './actions';
import { panelCost, starOf } from './dyson';
import { pushNews } from './news';
import type { GameState } from './state';

/** Panels one tap may order (the card's ×10: playtest 38 grew a ring of 627 panels a tap each). */
export const PANEL_LOTS = [1, 10] as const;

/** Orders `count` panels (one of PANEL_LOTS), each priced as its own order would be: their watts
 * come `lead` seconds later (panels ordered in the same tick are one batch). */
export function buyPanel(state: GameState, content: EraContent, count = 1): ActionResult {
	const star = starOf(content);
	if (!star) return { ok: false, reason: 'unknown-id' };
	if (!(PANEL_LOTS as readonly number[]).includes(count))
		return { ok: false, reason: 'invalid-amount' };
	const cost = panelCost(state, content, count);
	if (state.cash.lt(cost)) return { ok: false, reason: 'not-enough-cash' };
	state.cash = state.cash.sub(cost);
	if (star.lead <= 0) {
		const before = state.dyson.panels;
		state.dyson.panels += count;
		if (Math.floor(state.dyson.panels / 10) > Math.floor(before / 10))
			pushNews(state, 'panel', { item: String(state.dyson.panels) });
		return { ok: true };
	}
	const at = state.tick + star.lead;
	const last = state.dyson.building[state.dyson.building.length - 1];
	if (last && last.at === at) last.count += count;
	else state.dyson.building.push({ count, at });
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
