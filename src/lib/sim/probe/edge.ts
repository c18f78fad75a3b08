// The Edge swarm's decision, probed: the active player who distils for the swarm and recruits
// it (edge-strategy.ts) against the same player who never does, from the era's start; and at
// sampled moments, whether the next model distilled for the swarm or kept full size for the
// datacenter reaches the era goal sooner (the player plays on with its own choices after it).
import { eraContent, SWARMS } from '../../content';
import { cloneState, market, rates, swarmOf, swarmView, type GameState } from '../../engine';
import { decideSwarm } from '../edge-strategy';
import { actor } from '../players';
import type { Outcome } from './choices';
import { raceToGoal } from './constant';
import { optionShares } from './pool';
import type { EraWatch } from './watch';

/** Seconds from `from` to the goal for the active player, using the swarm or not. */
export function edgeSecondsToGoal(from: GameState, uses: boolean, limit: number): number {
	return raceToGoal(from, limit, undefined, { ignores: uses ? undefined : from.eraId });
}

/** Small or full for the next model that finishes (the run in progress, else the next one),
 * the player's own choices after it, the swarm as the player has it and grows it: seconds to
 * the goal and what the lab is worth when the faster of the two gets there (null outside the
 * Edge). A choice that misses the goal within `limit` seconds counts as never getting there. */
export function smallOrFull(s: GameState, limit: number): Outcome[] | null {
	const c = eraContent(s.eraId);
	if (!swarmOf(c)) return null;
	const runs = s.stats.runsFinished;
	const seconds = (['full', 'small'] as const).map((option) =>
		raceToGoal(s, limit, (t, _c, act) => {
			if (t.stats.runsFinished === runs) act({ type: 'distil', on: option === 'small' });
		})
	);
	const fastest = Math.min(...seconds);
	return (['full', 'small'] as const).map((option, i) => ({
		option,
		worth: Number.isFinite(seconds[i]) ? fastest / seconds[i] : 0
	}));
}

/** Whether the active player distils the next model at this moment (edge-strategy.ts). */
function playerDistils(from: GameState): boolean {
	const s = cloneState(from);
	decideSwarm(s, eraContent(s.eraId), actor(s));
	return s.edge.distil;
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
	// Every other moment: each choice is a race to the goal of its own; a tie goes to what the
	// player does there.
	const picks = w.moments
		.filter((_, i) => i % 2 === 1)
		.map((s) => ({ o: smallOrFull(s, limit), prefer: playerDistils(s) ? 'small' : 'full' }))
		.filter((x): x is { o: Outcome[]; prefer: string } => x.o !== null)
		.map(({ o, prefer }) => best(o, prefer));
	// What the Fleet's swarm card tells a player at each sampled moment: the next block adds at
	// least 1 % to the tokens sold (playtest 3: one block served 17x demand, 'next block adds no
	// sales', so blocks were never a choice).
	const sells = w.moments.map((s) => {
		const c = eraContent(s.eraId);
		const r = rates(s, c);
		const v = swarmView(s, c, r);
		const sold = market(r, s.hype).served;
		return !!v && sold.gt(0) && v.nextServed.gte(sold.mul(0.01));
	});
	f['edge.next-block-sells'] = (100 * sells.filter(Boolean).length) / Math.max(1, sells.length);
	optionShares(f, 'edge.best', ['small', 'full'], picks);
}
