// Dyson's decision, probed: the active player who collects panels when its chips want more
// watts (dyson-strategy.ts) against the same player who never does, from the era's start;
// and at sampled moments, the same two players over the next hour.
import { eraContent } from '../../content';
import { starOf, type GameState } from '../../engine';
import type { Outcome } from './choices';
import { playOn, raceToGoal } from './constant';
import { compareEnds, decideOrIgnore } from './policies';

/** Panels when the chips want watts, or chips only, over an hour (null outside Dyson). */
export function panelOrChip(s: GameState, secondsLeft: number): Outcome[] | null {
	if (!starOf(eraContent(s.eraId))) return null;
	return decideOrIgnore(s, secondsLeft, 3 * 3600, { decides: 'panel', ignores: 'chip' });
}

/** Seconds from `from` to the goal for the active player, keeping at the star the watts its
 * chips do not draw (dyson-strategy.ts decideBeam) or beaming them all. */
export function beamSecondsToGoal(from: GameState, decides: boolean, limit: number): number {
	return raceToGoal(from, limit, undefined, decides ? {} : { beamAll: true });
}

/** The beam as the player sets it, or every watt beamed, over an hour (null outside Dyson). */
export function keepOrBeam(s: GameState, secondsLeft: number): Outcome[] | null {
	if (!starOf(eraContent(s.eraId))) return null;
	return compareEnds(s, secondsLeft, [
		{ option: 'keep', end: playOn(s, 3600) },
		{ option: 'beam', end: playOn(s, 3600, undefined, { beamAll: true }) }
	]);
}
