// The adaptive player against the best constant train share: the same scripted decisions,
// but the slider left at one value for the whole era.
import { eraContent, type EraContent } from '../../content';
import { advance, cloneState, type Action, type GameState } from '../../engine';
import { actor, playActive, stretch } from '../players';
import { decide, type Act, type Milestones, type Plan } from '../strategy';

/** Shares a constant player may hold. */
export const CONSTANT_SHARES = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

/** What the race's player does after each round of its decisions. */
export type Also = (s: GameState, c: EraContent, act: Act) => void;

/** How the race's player treats the era's own decision. */
export type Style = Pick<Plan, 'campuses' | 'ignores' | 'beamAll' | 'holdShare'>;

/**
 * A copy of `from` played on by the active player until the era goal or `limit` seconds, with
 * `also` done after each round of its decisions, in `style` (an era whose own decision it leaves
 * at its default; how it treats Hyperscale's campuses); `allow`: the actions it may take (its
 * other actions are refused, as the engine refuses an action it cannot take).
 */
export function playOn(
	from: GameState,
	limit: number,
	also?: Also,
	style?: Style,
	allow?: (s: GameState, action: Action) => boolean
): GameState {
	return playOnThrough(from, [limit], also, style, allow)[0];
}

/**
 * The lab at each of `limits` (ascending seconds) of one play-on: what `playOn` returns for each
 * limit, played once. The player's rounds do not depend on the limit, so a shorter play-on is the
 * longer one's beginning (the probe's holds of 5, 15 and 30 minutes played 50 minutes for 30).
 */
export function playOnThrough(
	from: GameState,
	limits: readonly number[],
	also: Also = () => {},
	style: Style = {},
	allow?: (s: GameState, action: Action) => boolean
): GameState[] {
	const s = cloneState(from);
	const c = eraContent(s.eraId);
	const acts = actor(s);
	const act: Act = allow
		? (action) => (allow(s, action) ? acts(action) : { ok: false, reason: 'locked' })
		: acts;
	const m: Milestones = {};
	const ends = limits.map((limit) => s.tick + limit);
	const labs: GameState[] = [];
	const done = (end: number) => s.goalReached || s.tick >= end;
	for (;;) {
		while (labs.length < ends.length - 1 && done(ends[labs.length])) labs.push(cloneState(s));
		if (done(ends[ends.length - 1])) break;
		decide(s, c, { horizon: Math.max(60, s.tick / 4), minTrainShare: 0.3, ...style }, m, act);
		also(s, c, act);
		advance(s, c, stretch(s.tick, 5));
	}
	labs.push(s);
	return labs;
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
 * the train share held at `share` and its price picked for that share (it priced for the share
 * the adaptive player would have picked: the Garage read 1.8 % so, 1.4 % priced for its own, on
 * fifteen seeds); Infinity if not reached within `limit` seconds.
 */
export function secondsToGoal(from: GameState, share: number | null, limit: number): number {
	return raceToGoal(from, limit, undefined, share === null ? {} : { holdShare: share });
}

/**
 * Offsets (steps after the era start) a race is run from: RACE_STARTS starts RACE_STEPS[i] steps
 * apart for each step, the shared start counted once (10 starts).
 */
export const RACE_STARTS = 4;
export const RACE_STEPS = [3, 7, 11];
export const RACE_OFFSETS = [
	...new Set(RACE_STEPS.flatMap((step) => [...Array(RACE_STARTS).keys()].map((k) => k * step)))
];

/**
 * Mean seconds from `from` to the era goal, adaptive (`share` null) or at a constant share, over
 * the RACE_OFFSETS starts (the delay counted in). One start's time is one draw of a chaotic
 * race: the goal falls when a run finishes above it, so a run that misses by a point costs a
 * whole run more, and the same player started 1–3 steps later reached late eras' goals up to
 * 45 % sooner or later (five seeds). With four starts 7 steps apart the era's figure moved by up
 * to ±10 points with the step alone (main, 2026-12-03: Hyperscale 13.8 / 8.2 / 8.4 at steps
 * 7 / 11 / 3), so the starts of steps 3, 7 and 11 are pooled. Infinity if a start does not
 * reach it within `limit`.
 */
export function meanSecondsToGoal(from: GameState, share: number | null, limit: number): number {
	let sum = 0;
	for (const offset of RACE_OFFSETS) {
		const s = cloneState(from);
		advance(s, eraContent(s.eraId), offset);
		sum += offset + secondsToGoal(s, share, limit);
	}
	return sum / RACE_OFFSETS.length;
}

/** Per-share figures of one era's race, `constant-share.at-<share>` (% later than adaptive). */
export type RaceFigures = Record<string, number>;

/**
 * The race alone, without the probe's sampled moments: the active player through `eras` eras of
 * seed `seed`, and at each era's start (after its first stretch, as the probe's) the adaptive
 * player against each constant share; `minutes`: the adaptive player's mean time to the goal.
 * Eras before index `from` are played to reach the next, not raced.
 */
export function constantRace(seed: number, eras: number, from = 0): RaceFigures[] {
	const starts: GameState[] = [];
	const { eraSeconds } = playActive(seed, 4 * 86_400, 5, eras, (s) => {
		if (starts.at(-1)?.eraId !== s.eraId) starts.push(cloneState(s));
	});
	return eraSeconds.slice(from).map((seconds, e) => raceFigures(starts[from + e], seconds));
}

/** The race from `start` (an era the active player took `seconds` to finish). */
export function raceFigures(start: GameState, seconds: number): RaceFigures {
	const adaptive = meanSecondsToGoal(start, null, 3 * seconds);
	const f: RaceFigures = { minutes: adaptive / 60 };
	for (const x of CONSTANT_SHARES)
		f[`${AT_SHARE}${x}`] = 100 * (meanSecondsToGoal(start, x, 3 * seconds) / adaptive - 1);
	return f;
}

/** Per-seed figure of each constant share, `constant-share.at-0.3` (not printed by the probe). */
export const AT_SHARE = 'constant-share.at-';
