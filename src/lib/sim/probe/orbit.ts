// Orbit's decision, probed: the active player who charters rockets while the next launch
// window is far off (orbit-strategy.ts) against the same player who always waits for the
// window, from the era's start; and at sampled moments, the same two players until shortly
// after the next window.
import { eraContent } from '../../content';
import { nextWindow, orbitOf, type GameState } from '../../engine';
import type { Outcome } from './choices';
import { raceToGoal } from './constant';
import { decideOrIgnore } from './policies';

/** Seconds from `from` to the goal for the active player, deciding or ignoring the era's decision. */
export function secondsToGoalDeciding(from: GameState, decides: boolean, limit: number): number {
	return raceToGoal(from, limit, undefined, { ignores: decides ? undefined : from.eraId });
}

/** Chartering as the player sees fit or always waiting, until 10 minutes after the next window. */
export function charterOrWait(s: GameState, secondsLeft: number): Outcome[] | null {
	const o = orbitOf(eraContent(s.eraId));
	if (!o) return null;
	const horizon = nextWindow(o, s.tick) - s.tick + 600;
	return decideOrIgnore(s, secondsLeft, horizon, { decides: 'charter', ignores: 'wait' });
}
