// What the screens show of the Edge swarm's decision: the swarm on the Fleet screen, and the
// next model, full size or distilled, on the Lab's run card. Pure reads of the state.
import type { EraContent } from '../content';
import type { Decimal } from './decimal';
import {
	blockFlops,
	distilled,
	recruitQuote,
	runEnd,
	runModel,
	swarmFeedback,
	swarmOf,
	swarmReach
} from './edge';
import { modelFootprint } from './purchases';
import type { Rates } from './rates';
import type { GameState } from './state';

export interface SwarmView {
	blocks: number;
	maxBlocks: number;
	/** Share of recruited devices up at any time, and a block's FLOP/s with that applied. */
	availability: number;
	blockFlops: number;
	/** The next block's sign-up price, and whether the cash covers it. */
	nextCost: Decimal;
	affordable: boolean;
	/** The largest footprint the swarm serves, and the served model's. */
	reach: Decimal;
	footprint: Decimal;
	fits: boolean;
	/** Tokens per second the swarm serves now, and what its usage reports multiply insight by
	 * (and add per block). */
	serving: Decimal;
	feedback: number;
	feedbackPerBlock: number;
	/** What the owners are paid: this share of the price of every token the swarm can serve. */
	ownerShare: number;
}

export function swarmView(s: GameState, c: EraContent, r: Rates): SwarmView | null {
	const def = swarmOf(c);
	const q = recruitQuote(s, c, 1);
	if (!def || !q) return null;
	const reach = swarmReach(c, r.mult);
	return {
		blocks: s.edge.blocks,
		maxBlocks: def.maxBlocks,
		availability: def.availability,
		blockFlops: blockFlops(c, r.mult),
		nextCost: q.cost,
		affordable: q.count > 0 && q.cost.lte(s.cash),
		reach,
		footprint: r.footprint,
		fits: r.footprint.lte(reach),
		serving: r.swarm,
		feedback: swarmFeedback(s, c, r.swarm),
		feedbackPerBlock: def.feedback,
		ownerShare: def.ownerShare
	};
}

/** The Lab's distil choice: the next model (the run in progress, else the served one) at
 * full size and distilled for the swarm (`small` null when the full one already fits); the
 * extra training a distilled model costs, as a share of its run, and whether the run in
 * progress is in that pass now; and the served model's capability (a model that does not
 * beat it is not worth the pass). */
export interface DistilView {
	on: boolean;
	reach: Decimal;
	pass: number;
	passing: boolean;
	served: number;
	full: { capability: number; footprint: Decimal };
	small: { capability: number; footprint: Decimal; shrink: number } | null;
}

export function distilView(s: GameState, c: EraContent, r: Rates): DistilView | null {
	if (!swarmOf(c)) return null;
	const next = runModel(s, r.mult) ?? s.model;
	const small = distilled(c, r.mult, next);
	const def = swarmOf(c)!;
	return {
		on: s.edge.distil,
		reach: swarmReach(c, r.mult),
		pass: def.pass,
		passing: !!s.run && s.run.progress.gte(s.run.target) && runEnd(s, c, r.mult).gt(s.run.target),
		served: s.model.capability,
		full: { capability: next.capability, footprint: modelFootprint(c, r, next) },
		small: small && {
			capability: small.capability,
			footprint: modelFootprint(c, r, small),
			shrink: next.params.div(small.params).toNumber()
		}
	};
}
