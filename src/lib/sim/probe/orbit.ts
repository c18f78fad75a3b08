// Orbit's decision, probed: the active player who charters rockets while the next launch
// window is far off (orbit-strategy.ts) against the same player who always waits for the
// window, from the era's start; and at sampled moments the choice itself: the cargo waiting
// now flies on one rocket now (saving for it first when the cash is short), or it waits for
// the window; either way the player plays on by its own rule until shortly after the window.
import { eraContent } from '../../content';
import { cloneState, nextWindow, orbitOf, orbitView, type GameState } from '../../engine';
import type { Outcome } from './choices';
import { playOn, raceToGoal } from './constant';
import { compareEnds } from './policies';

/** Seconds from `from` to the goal for the active player, deciding or ignoring the era's decision. */
export function secondsToGoalDeciding(from: GameState, decides: boolean, limit: number): number {
	return raceToGoal(from, limit, undefined, { ignores: decides ? undefined : from.eraId });
}

/** Seconds after the next window over which the two choices are compared. */
const AFTER_WINDOW = 600;

/** With no cargo waiting (the arrival): the player charters by its own rule, or every purchase
 * waits for the window; then its own rule, until 10 minutes after the window. */
function flyOrWait(s: GameState, secondsLeft: number, window: number): Outcome[] {
	const grounded = cloneState(s);
	grounded.orbit.charter = false;
	return compareEnds(s, secondsLeft, [
		{ option: 'charter', end: playOn(s, window - s.tick + AFTER_WINDOW) },
		{
			option: 'wait',
			end: playOn(playOn(grounded, window - s.tick, undefined, { ignores: s.eraId }), AFTER_WINDOW)
		}
	]);
}

/** The waiting cargo on one rocket now or at the window, until 10 minutes after the window; with
 * no cargo waiting, the purchases until the window (flyOrWait). */
export function charterOrWait(s: GameState, secondsLeft: number): Outcome[] | null {
	const c = eraContent(s.eraId);
	const o = orbitOf(c);
	const v = orbitView(s, c);
	if (!o || !v) return null;
	const window = nextWindow(o, s);
	if (v.cargoUnits === 0) return flyOrWait(s, secondsLeft, window);
	const horizon = window - s.tick + AFTER_WINDOW;
	// Charter: no purchases until the rocket has flown (the player saves for it), then its own rule.
	let flown = false;
	const charter = playOn(
		s,
		horizon,
		(t, _c, act) => {
			if (!flown && t.tick < window) flown = t.orders.length === 0 || act({ type: 'charter' }).ok;
		},
		{},
		(t, action) => flown || t.tick >= window || action.type !== 'buy'
	);
	// Wait: nothing flies before the window (purchases join the cargo), then its own rule.
	const grounded = cloneState(s);
	grounded.orbit.charter = false;
	const wait = playOn(
		playOn(grounded, window - s.tick, undefined, { ignores: s.eraId }),
		AFTER_WINDOW
	);
	return compareEnds(s, secondsLeft, [
		{ option: 'charter', end: charter },
		{ option: 'wait', end: wait }
	]);
}
