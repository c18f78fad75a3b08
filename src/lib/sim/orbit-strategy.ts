// Orbit's decision as a thoughtful player makes it: unless the next launch window is close,
// the cargo goes up on a chartered rocket (the orbit starts empty, and the charter's share
// costs the fleet a couple of units at these rising prices, while waiting costs hours of
// compute); close to a window, it waits. (What runs in the dark is the train share:
// marketChoice reads the dimmed serving capacity.)
import type { EraContent } from '../content';
import { orbitView, type GameState } from '../engine';
import type { Action, ActionResult } from '../engine';

type Act = (action: Action) => ActionResult;

/** The share of the gap between windows beyond which the player charters rather than waits. */
export const CHARTER_WAIT = 0.25;

/** Charters unless the next window is close, and launches what already waits if it can. */
export function decideLaunch(s: GameState, c: EraContent, act: Act): boolean {
	const v = orbitView(s, c);
	if (!v) return false;
	const far = v.windowIn >= CHARTER_WAIT * v.windowEvery;
	if (far !== v.chartering) act({ type: 'chartering', on: far });
	if (far && v.canCharter) act({ type: 'charter' });
	return false;
}
