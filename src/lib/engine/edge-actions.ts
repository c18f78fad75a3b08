// The Edge swarm's actions: recruit device blocks, and distil the next models to fit them.
import type { EraContent } from '../content';
import type { ActionResult } from './actions';
import { recruitQuote, swarmOf } from './edge';
import type { GameState } from './state';

/** Signs up `amount` more blocks of devices (or as many as the cash pays for). */
export function recruit(
	state: GameState,
	content: EraContent,
	amount: number | 'max'
): ActionResult {
	if (amount !== 'max' && (!Number.isInteger(amount) || amount < 1))
		return { ok: false, reason: 'invalid-amount' };
	const q = recruitQuote(state, content, amount);
	if (!q) return { ok: false, reason: 'unknown-id' };
	if (q.count <= 0 || q.cost.gt(state.cash)) return { ok: false, reason: 'not-enough-cash' };
	state.cash = state.cash.sub(q.cost);
	state.edge.blocks += q.count;
	return { ok: true };
}

/** Distils every model that finishes from now on to fit the swarm (or stops doing so). */
export function setDistil(state: GameState, content: EraContent, on: boolean): ActionResult {
	if (!swarmOf(content)) return { ok: false, reason: 'unknown-id' };
	state.edge.distil = on;
	return { ok: true };
}
