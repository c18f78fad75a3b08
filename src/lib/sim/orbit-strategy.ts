// Orbit's decision as a thoughtful player makes it: when the next launch window is far off,
// the cargo goes up on a chartered rocket, and the player saves for the fee rather than buy
// more cargo; close to a window, it waits. (What runs in the dark is the train share:
// marketChoice reads the dimmed serving capacity.)
import type { EraContent } from '../content';
import { orbitView, type GameState } from '../engine';
import type { Action, ActionResult } from '../engine';

type Act = (action: Action) => ActionResult;

/** The share of the gap between windows beyond which the player charters rather than waits. */
export const CHARTER_WAIT = 0.5;

/** Charters while the next window is far off, and launches what already waits if it can. */
export function decideLaunch(s: GameState, c: EraContent, act: Act): boolean {
	const v = orbitView(s, c);
	if (!v) return false;
	const far = v.windowIn >= CHARTER_WAIT * v.windowEvery;
	if (far !== v.chartering) act({ type: 'chartering', on: far });
	if (far && v.canCharter) act({ type: 'charter' });
	return false;
}
