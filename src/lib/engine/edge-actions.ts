// The Edge swarm's actions: recruit device blocks (or release them), and distil the next
// models to fit them.
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

/** Lets `amount` blocks go (at most those held): their owners are paid no more, and the sign-up
 * price is not refunded. Nothing held: refused, so a double tap releases one block, not two. */
export function releaseBlocks(state: GameState, content: EraContent, amount: number): ActionResult {
	if (!Number.isInteger(amount) || amount < 1) return { ok: false, reason: 'invalid-amount' };
	if (!swarmOf(content)) return { ok: false, reason: 'unknown-id' };
	if (state.edge.blocks <= 0) return { ok: false, reason: 'no-blocks' };
	state.edge.blocks -= Math.min(amount, state.edge.blocks);
	return { ok: true };
}

/** Distils every model that finishes from now on to fit the swarm (or stops doing so). */
export function setDistil(state: GameState, content: EraContent, on: boolean): ActionResult {
	if (!swarmOf(content)) return { ok: false, reason: 'unknown-id' };
	state.edge.distil = on;
	return { ok: true };
}
