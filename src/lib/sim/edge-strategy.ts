// The Edge swarm's decision as a thoughtful player makes it: distil the models that finish
// for the swarm, except the one that takes the era goal (it must be served full size); and
// recruit device blocks while the lab sells out and its models fit them.
import type { EraContent } from '../content';
import {
	rates,
	recruitQuote,
	runModel,
	swarmOf,
	swarmReach,
	type Action,
	type ActionResult,
	type GameState
} from '../engine';
import { soldOut } from './market-play';

/** Share of the cash the player puts into device blocks at one go. */
const RECRUIT_SHARE = 0.5;

export function decideSwarm(
	s: GameState,
	c: EraContent,
	act: (action: Action) => ActionResult
): void {
	if (!swarmOf(c)) return;
	const r = rates(s, c);
	const next = runModel(s, r.mult);
	const distil = !next || next.capability < c.era.goalCapability;
	if (s.edge.distil !== distil) act({ type: 'distil', on: distil });
	const fits = r.footprint.lte(swarmReach(c, r.mult));
	if (!(fits || s.edge.distil) || !soldOut(s, c)) return;
	for (let i = 0; i < 50 && soldOut(s, c); i++) {
		const q = recruitQuote(s, c, 1);
		if (!q || q.count < 1 || q.cost.gt(s.cash.mul(RECRUIT_SHARE))) return;
		if (!act({ type: 'recruit', count: 1 }).ok) return;
	}
}
