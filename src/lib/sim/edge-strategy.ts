// The Edge swarm's decision as a thoughtful player makes it: distil the models that finish
// for the swarm while the distilled copy still leads the rivals (a small model that trails
// them loses the market), except the one that takes the era goal (it must be served full
// size); and recruit device blocks while the lab sells out and its models fit them.
import type { EraContent } from '../content';
import {
	blockFlops,
	distilledCapability,
	market,
	rates,
	recruitQuote,
	runModel,
	swarmOf,
	swarmReach,
	type Action,
	type ActionResult,
	type GameState
} from '../engine';

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
	// Distilling costs a pass of training: worth it for a model the lab will serve, not for one
	// that does not beat the served model, nor for the one that takes the goal (full size only).
	// The Distil card's advice: off when the small copy would score below the served model.
	const distil =
		!next ||
		(next.capability < c.era.goalCapability &&
			distilledCapability(c, r.mult, next.params, next.capability) > s.model.capability);
	if (s.edge.distil !== distil) act({ type: 'distil', on: distil });
	const fits = r.footprint.lte(swarmReach(c, r.mult));
	const m = market(r, s.hype);
	if (!(fits || s.edge.distil) || !m.soldOut) return;
	// Blocks enough to serve the whole demand (the own fleet may then train).
	const perBlock = blockFlops(c, r.mult) / r.flopPerToken.toNumber();
	const needed = Math.ceil(m.demand.sub(r.swarm).toNumber() / perBlock);
	// One block at a time while the next costs at most a share of the cash left.
	let cash = s.cash;
	let count = 0;
	while (count < Math.min(needed, 50)) {
		const edge = { ...s.edge, blocks: s.edge.blocks + count };
		const q = recruitQuote({ ...s, edge }, c, 1);
		if (!q || q.count < 1 || q.cost.gt(cash.mul(RECRUIT_SHARE))) break;
		cash = cash.sub(q.cost);
		count += 1;
	}
	if (count >= 1) act({ type: 'recruit', count });
}
