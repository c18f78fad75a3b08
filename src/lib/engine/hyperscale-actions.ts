// Hyperscale's actions: start a campus at a site, fund the next generation of silicon
// (rules in hyperscale.ts).
import type { EraContent } from '../content';
import type { ActionResult } from './actions';
import {
	BUILDING,
	campusCost,
	campusProgram,
	campusSite,
	PERMITS,
	siliconCost
} from './hyperscale';
import { takeId, type GameState } from './state';

/** Starts the next campus at `siteId`: paid now, open after its permits (if any) and build. */
export function buildCampus(state: GameState, content: EraContent, siteId: string): ActionResult {
	const p = campusProgram(content);
	const site = p && campusSite(p, siteId);
	if (!p || !site) return { ok: false, reason: 'unknown-id' };
	const campuses = state.hyperscale.campuses;
	if (campuses.length >= p.maxCampuses) return { ok: false, reason: 'invalid-amount' };
	const cost = campusCost(state, content);
	if (state.cash.lt(cost)) return { ok: false, reason: 'not-enough-cash' };
	state.cash = state.cash.sub(cost);
	const permits = site.permit > 0;
	campuses.push({
		id: takeId(state),
		site: site.id,
		size: campuses.length,
		phase: permits ? PERMITS : BUILDING,
		at: state.tick + (permits ? site.permit : site.build),
		hearings: 0
	});
	return { ok: true };
}

/** Funds the next generation of custom silicon, paid in cash or in insight. */
export function fundSilicon(
	state: GameState,
	content: EraContent,
	pay: 'cash' | 'insight'
): ActionResult {
	const p = campusProgram(content);
	const cost = siliconCost(state, content);
	if (!p || !cost) return { ok: false, reason: 'unknown-id' };
	const si = state.hyperscale.silicon;
	if (si.readyAt > 0) return { ok: false, reason: 'already-done' };
	if (pay === 'cash') {
		if (state.cash.lt(cost.cash)) return { ok: false, reason: 'not-enough-cash' };
		state.cash = state.cash.sub(cost.cash);
	} else {
		if (state.insight.lt(cost.insight)) return { ok: false, reason: 'not-enough-insight' };
		state.insight = state.insight.sub(cost.insight);
	}
	si.readyAt = state.tick + p.silicon.duration;
	return { ok: true };
}
