// Moon and Mars's action: where the next purchases are built (moon-mars.ts; a far purchase is
// the `buy` action itself while the toggle is on: buyFar).
import type { EraContent } from '../content';
import type { ActionResult } from './actions';
import { farOf } from './moon-mars';
import type { GameState } from './state';

/** Far on: the next purchases are built on Mars (they only train); off: on the Moon. */
export function setBuildFar(state: GameState, content: EraContent, on: boolean): ActionResult {
	if (!farOf(content)) return { ok: false, reason: 'unknown-id' };
	state.moonMars.far = on;
	return { ok: true };
}
