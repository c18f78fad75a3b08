// The Edge swarm's decision, probed: the active player who distils for the swarm and recruits
// it (edge-strategy.ts) against the same player who never does, from the era's start; and at
// sampled moments, whether small models on the swarm or full-size ones in the datacenter
// bring the most over the next two hours (the player plays on, the choice held).
import { eraContent, SWARMS } from '../../content';
import { advance, cloneState, swarmOf, type GameState } from '../../engine';
import { actor } from '../players';
import { decide, type Milestones } from '../strategy';
import type { Outcome } from './choices';
import { raceToGoal } from './constant';
import type { EraWatch } from './watch';
import { worth, yardstick } from './worth';

/** How long each choice is followed, and how often the player decides meanwhile (s). */
const HORIZON = 2 * 3600;
const EVERY = 120;

/** Seconds from `from` to the goal for the active player, using the swarm or not. */
export function edgeSecondsToGoal(from: GameState, uses: boolean, limit: number): number {
	return raceToGoal(from, limit, undefined, { ignores: uses ? undefined : from.eraId });
}

/** The state after HORIZON seconds of the active player with distilling held on or off. */
function playHeld(from: GameState, distil: boolean): GameState {
	const s = cloneState(from);
	const c = eraContent(s.eraId);
	const act = actor(s);
	const m: Milestones = {};
	act({ type: 'distil', on: distil });
	const end = s.tick + HORIZON;
	while (s.tick < end) {
		const plan = { horizon: Math.max(60, s.tick / 4), minTrainShare: 0.3, ignores: s.eraId };
		decide(s, c, plan, m, act);
		advance(s, c, Math.min(EVERY, end - s.tick));
	}
	return s;
}

/** Small models for the swarm against full-size ones for the datacenter, the swarm as the
 * player has it (null outside the Edge). */
export function smallOrFull(s: GameState, secondsLeft: number): Outcome[] | null {
	const c = eraContent(s.eraId);
	if (!swarmOf(c)) return null;
	const y = yardstick(s, c, secondsLeft);
	const worths = (['full', 'small'] as const).map((option) => ({
		option,
		w: worth(y, playHeld(s, option === 'small'))
	}));
	const top = worths.reduce((a, b) => (b.w.gt(a.w) ? b : a)).w;
	return worths.map(({ option, w }) => ({
		option,
		worth: top.gt(0) ? w.div(top).toNumber() : w.eq(top) ? 1 : 0
	}));
}

/** The era's figures `edge.*` (none outside the Edge); `best` picks an outcome's winner. */
export function edgeFigures(
	w: EraWatch,
	f: Record<string, number>,
	best: (o: Outcome[], prefer?: string) => string
): void {
	if (!SWARMS[w.eraId]) return;
	const limit = 3 * w.seconds;
	const uses = edgeSecondsToGoal(w.eraStart, true, limit);
	const ignores = edgeSecondsToGoal(w.eraStart, false, limit);
	f['edge.ignore-later'] = 100 * (Math.min(ignores, limit) / Math.min(uses, limit) - 1);
	// Every other moment: each choice is a two-hour game of its own.
	const picks = w.moments
		.filter((_, i) => i % 2 === 1)
		.map((s) => smallOrFull(s, w.seconds - s.tick))
		.filter((o): o is Outcome[] => o !== null)
		.map((o) => best(o, 'full'));
	for (const option of ['small', 'full'])
		f[`edge.best.${option}`] = picks.length
			? (100 * picks.filter((x) => x === option).length) / picks.length
			: NaN;
}
