// Release timing, played: release the waiting model now, or hold it 5, 15 or 30 minutes while
// the lab plays on (buys capacity and memory, trains its next run: what holding is for,
// DECISIONS.md "Release timing is a capacity decision"), then release it. Each lab is played on
// by the active player to the same end and valued on the probe's yardstick.
import { eraContent } from '../../content';
import { apply, type GameState } from '../../engine';
import { HOLDS, HORIZON, withGateMemory, type Outcome } from './choices';
import { playOn, playOnThrough } from './constant';
import { compareEnds } from './policies';

/** The lab after holding its waiting model `at` seconds, the player's other moves as usual. */
export function holdFor(s: GameState, at: number): GameState {
	return heldFor(s, [at])[0];
}

/** The labs after holding `ats` seconds (ascending), as `holdFor` each: one hold played once. */
function heldFor(s: GameState, ats: readonly number[]): GameState[] {
	const played = ats.filter((at) => at > 0);
	const labs = played.length
		? playOnThrough(s, played, undefined, {}, (_, action) => action.type !== 'release')
		: [];
	return ats.map((at) => (at > 0 ? labs[played.indexOf(at)] : s));
}

/** The waiting model released `at` seconds from `s` (held until then), then the lab played on
 * to `end` seconds from `s`. */
export function releasedAt(s: GameState, at: number, end: number): GameState {
	return releasedAfter(holdFor(s, at), at, end);
}

/** `releasedAt` from `held`, the lab after holding `at` seconds. */
function releasedAfter(held: GameState, at: number, end: number): GameState {
	// A player about to release buys the memory the model needs first (as in withGateMemory).
	const ready = withGateMemory(held);
	if (ready.gate && ready.gate.capability > ready.model.capability)
		apply(ready, eraContent(ready.eraId), { type: 'release' });
	return playOn(ready, end - at);
}

/** Release now or hold (only when a better model waits at the gate), played on meanwhile. A lab
 * that reaches the era goal sooner is the better one outright. */
export function releaseTimesPlayed(s: GameState, secondsLeft: number): Outcome[] | null {
	if (s.goalReached || !s.gate || s.gate.capability <= s.model.capability) return null;
	const end = HOLDS[HOLDS.length - 1] + HORIZON;
	const held = heldFor(s, HOLDS);
	const ends = HOLDS.map((at, i) => ({
		option: at === 0 ? 'now' : `hold-${at / 60}`,
		end: releasedAfter(held[i], at, end)
	}));
	const reached = ends.filter((e) => e.end.goalReached);
	if (reached.length) {
		const first = Math.max(s.tick + 1, Math.min(...reached.map((e) => e.end.tick)));
		return ends.map((e) => ({
			option: e.option,
			worth: e.end.goalReached ? (first - s.tick) / Math.max(1, e.end.tick - s.tick) : 0
		}));
	}
	return compareEnds(s, secondsLeft, ends);
}
