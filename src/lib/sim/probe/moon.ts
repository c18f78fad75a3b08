// Moon and Mars's decision, probed: the active player who builds far while its runs are the
// bottleneck (moon-strategy.ts) against the same player who builds everything near, from the
// era's start; and at sampled moments, the same two players over the next hour.
import { eraContent } from '../../content';
import { farOf, type GameState } from '../../engine';
import type { Outcome } from './choices';
import { decideFar } from '../moon-strategy';
import { raceToGoal } from './constant';
import { decideOrIgnore } from './policies';

/** Seconds from `from` to the goal for the active player, building far as it sees fit or
 * everything near (the scripted players' default: see the report on far sites and automation). */
export function moonSecondsToGoal(from: GameState, decides: boolean, limit: number): number {
	return raceToGoal(
		from,
		limit,
		decides
			? (s, c, act) => {
					decideFar(s, c, act);
				}
			: undefined
	);
}

/** Far and near as the player sees fit, or near only, over an hour (null outside Moon and Mars). */
export function farOrNear(s: GameState, secondsLeft: number): Outcome[] | null {
	if (!farOf(eraContent(s.eraId))) return null;
	return decideOrIgnore(s, secondsLeft, 3600, { decides: 'far', ignores: 'near' }, (t, c, act) => {
		decideFar(t, c, act);
	});
}
