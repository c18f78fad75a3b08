// The adaptive player against the best constant train share: the same scripted decisions,
// but the slider left at one value for the whole era.
import { eraContent, type EraContent } from '../../content';
import { advance, cloneState, type GameState } from '../../engine';
import { actor, stretch } from '../players';
import { decide, type Act, type Milestones, type Plan } from '../strategy';

/** Shares a constant player may hold. */
export const CONSTANT_SHARES = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

/**
 * Seconds from `from` to the era goal for the active player, with `also` done after each round
 * of its decisions (and Hyperscale's campuses played in `campuses` style); Infinity if not
 * reached within `limit` seconds.
 */
export function raceToGoal(
	from: GameState,
	limit: number,
	also: (s: GameState, c: EraContent, act: Act) => void = () => {},
	style: Pick<Plan, 'campuses' | 'ignoreEraDecision'> = {}
): number {
	const s = cloneState(from);
	const c = eraContent(s.eraId);
	const act = actor(s);
	const m: Milestones = {};
	const end = s.tick + limit;
	while (!s.goalReached && s.tick < end) {
		decide(s, c, { horizon: Math.max(60, s.tick / 4), minTrainShare: 0.3, ...style }, m, act);
		also(s, c, act);
		advance(s, c, stretch(s.tick, 5));
	}
	return s.goalReached ? s.tick - from.tick : Infinity;
}

/**
 * Seconds from `from` to the era goal for the active player, adaptive (`share` null) or with
 * the train share held at `share`; Infinity if not reached within `limit` seconds.
 */
export function secondsToGoal(from: GameState, share: number | null, limit: number): number {
	return raceToGoal(from, limit, (s, _c, act) => {
		if (share !== null && s.run) act({ type: 'train-share', share });
	});
}
