// The Edge swarm's decision as a thoughtful player makes it: for the model that finishes next,
// small or full. Distilled, it fits one device and the swarm serves it at full speed, a few
// points lower; full size, it keeps its score but the swarm splits each copy over several
// devices and serves it at a fraction (engine/edge.ts splitSpeed). The player weighs what the
// lab would earn serving each (its rates with that model served), distils only a model whose
// small copy still beats the served one, and never the one that takes the era goal (it must be
// served full size). And it recruits device blocks while the lab sells out.
import type { EraContent } from '../content';
import {
	blockFlops,
	distilled,
	market,
	netIncome,
	rates,
	recruitQuote,
	runModel,
	splitSpeed,
	swarmOf,
	type Action,
	type ActionResult,
	type GameState,
	type Model
} from '../engine';

/** Share of the cash the player puts into device blocks at one go. */
const RECRUIT_SHARE = 0.5;

/** What the lab would earn a second serving `model` in place of its own, all else as it is. */
function earns(s: GameState, c: EraContent, model: Model) {
	const t = { ...s, model };
	return netIncome(t, c, rates(t, c));
}

/** Whether the player distils the model the run in progress makes (keeps the switch as it is
 * with no run: the choice is made for the model that finishes). */
function wantsDistil(
	s: GameState,
	c: EraContent,
	next: Model | null,
	mult: Parameters<typeof distilled>[1]
): boolean {
	if (!next) return s.edge.distil;
	const small = distilled(c, mult, next);
	// Nothing to shrink (it fits one device): the switch costs nothing either way; leave it off.
	if (!small) return false;
	if (next.capability >= c.era.goalCapability) return false;
	if (small.capability <= s.model.capability) return false;
	// Both beat the served model: the one that earns more once served.
	return earns(s, c, small).gt(earns(s, c, next));
}

export function decideSwarm(
	s: GameState,
	c: EraContent,
	act: (action: Action) => ActionResult
): void {
	if (!swarmOf(c)) return;
	const r = rates(s, c);
	const distil = wantsDistil(s, c, runModel(s, r.mult), r.mult);
	if (s.edge.distil !== distil) act({ type: 'distil', on: distil });
	const m = market(r, s.hype);
	if (!m.soldOut) return;
	// Blocks enough to serve the whole demand at the served model's split (the own fleet may
	// then train).
	const perBlock =
		(blockFlops(c, r.mult) * splitSpeed(c, r.mult, r.footprint)) / r.flopPerToken.toNumber();
	if (!(perBlock > 0)) return;
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
