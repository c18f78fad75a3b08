// The adaptive player against the best constant train share: the same scripted decisions,
// but the slider left at one value for the whole era.
import { eraContent, type EraContent } from '../../content';
import { advance, cloneState, type Action, type GameState } from '../../engine';
import { actor, stretch } from '../players';
import { decide, type Act, type Milestones, type Plan } from '../strategy';

/** Shares a constant player may hold. */
export const CONSTANT_SHARES = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

/** What the race's player does after each round of its decisions. */
export type Also = (s: GameState, c: EraContent, act: Act) => void;

/** How the race's player treats the era's own decision. */
export type Style = Pick<Plan, 'campuses' | 'ignores'>;

/**
 * A copy of `from` played on by the active player until the era goal or `limit` seconds, with
 * `also` done after each round of its decisions, in `style` (an era whose own decision it leaves
 * at its default; how it treats Hyperscale's campuses); `allow`: the actions it may take (its
 * other actions are refused, as the engine refuses an action it cannot take).
 */
export function playOn(
	from: GameState,
	limit: number,
	also: Also = () => {},
	style: Style = {},
	allow?: (s: GameState, action: Action) => boolean
) {
	const s = cloneState(from);
	const c = eraContent(s.eraId);
	const acts = actor(s);
	const act: Act = allow
		? (action) => (allow(s, action) ? acts(action) : { ok: false, reason: 'locked' })
		: acts;
	const m: Milestones = {};
	const end = s.tick + limit;
	while (!s.goalReached && s.tick < end) {
		decide(s, c, { horizon: Math.max(60, s.tick / 4), minTrainShare: 0.3, ...style }, m, act);
		also(s, c, act);
		advance(s, c, stretch(s.tick, 5));
	}
	return s;
}

/**
 * Seconds from `from` to the era goal for the active player (see playOn); Infinity if not
 * reached within `limit` seconds.
 */
export function raceToGoal(from: GameState, limit: number, also?: Also, style?: Style): number {
	const s = playOn(from, limit, also, style);
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
