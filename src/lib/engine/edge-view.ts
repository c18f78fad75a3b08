// What the screens show of the Edge swarm's decision: the swarm on the Fleet screen, and the
// next model, full size or distilled, on the Lab's run card. Pure reads of the state.
import type { EraContent, RunSizeDef } from '../content';
import { D0, type Decimal } from './decimal';
import { netIncome } from './cash-trend';
import { cloneState } from './clone';
import { flow } from './flow';
import { market, returningHype } from './market';
import { cutPay } from './power-sources';
import {
	blockFlops,
	blockMemory,
	devicesPerCopy,
	distilled,
	recruitQuote,
	runEnd,
	runModel,
	swarmFeedback,
	swarmOf,
	swarmFit,
	swarmHold,
	swarmMemory,
	swarmReach,
	splitSpeed,
	type SwarmHold
} from './edge';
import { modelFootprint } from './purchases';
import { rates, type Rates } from './rates';
import { plannedModel } from './run-plan';
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
	/** A device's memory (the largest footprint a copy on one device holds) and the served
	 * model's footprint; whether it fits one device, else the devices a copy is split across and
	 * the share of the swarm's speed that leaves (edge.ts splitSpeed). */
	reach: Decimal;
	footprint: Decimal;
	fits: boolean;
	devices: number;
	split: number;
	/** Bytes the blocks hold for the served model's copies, its share of the footprint (at most
	 * 1: the swarm serves at that share) and the blocks that hold it whole, if the swarm can have
	 * that many (edge.ts swarmHold). */
	held: Decimal;
	blockMemory: number;
	fit: number;
	hold: SwarmHold;
	/** Tokens per second the swarm serves now, and what its usage reports multiply insight by
	 * (and add per block). */
	serving: Decimal;
	feedback: number;
	feedbackPerBlock: number;
	/** What the owners are paid: this share of the price of every token the swarm serves. */
	ownerShare: number;
	/** What they are paid per second now, and what the next block would add to it at the demand
	 * customers return to (0 while the served model is too big for the swarm). */
	pay: Decimal;
	nextPay: Decimal;
	/** What the next block adds to sales at the demand customers return to once served (a sold-out
	 * lab's latency keeps today's below it): tokens sold per second (0 past that demand: it only
	 * takes over tokens the lab's own chips served, or while the served model is too big for the
	 * swarm). */
	nextServed: Decimal;
	/** What the next block does to the income (netIncome, the header's: sales less the owners'
	 * pay and the costs), by the rates the lab runs at once it is recruited: at once, and at the
	 * demand customers return to once served (null when that is what it does at once: none are
	 * away). Playtest 19 read "+8.88e59/s" (its sales before the owners' pay, at the returning
	 * demand) and saw the income rise by 5.27e59/s. */
	nextIncome: Decimal;
	nextIncomeBack: Decimal | null;
}

/** The lab with `extra` more blocks, its rates, and at hype `hype` its tokens sold per second,
 * the owners' pay and the income: by the rules the step runs (market, cutPay, netIncome). The
 * swarm takes its part of what is sold, so past demand a block only moves tokens from the lab's
 * own chips to the swarm. */
function withMore(
	s: GameState,
	c: EraContent,
	r: Rates,
	extra: number
): (hype: number) => { served: Decimal; pay: Decimal; income: Decimal } {
	let lab = s;
	let rl = r;
	if (extra) {
		lab = cloneState(s);
		lab.edge.blocks += extra;
		rl = rates(lab, c);
	}
	return (hype) => {
		const at = hype === s.hype ? lab : { ...lab, hype };
		const f = flow(at, rl);
		return { served: f.served, pay: cutPay(f.served, rl), income: netIncome(at, c, rl, f) };
	};
}

/** Two incomes that differ only by rounding read as one. */
const SAME_INCOME = 1e-6;

export function swarmView(s: GameState, c: EraContent, r: Rates): SwarmView | null {
	const def = swarmOf(c);
	const q = recruitQuote(s, c, 1);
	if (!def || !q) return null;
	const reach = swarmReach(c, r.mult);
	const served = market(r, s.hype).served;
	const pay = cutPay(served, r);
	// At the demand customers return to once served (returningHype: a sold-out lab's hype sits
	// below its resting level while latency drives customers off, so at today's demand a block
	// would always read "no sales"; the probe saw that at 80 % of the era), and at once.
	const back = returningHype(s.hype, s.loyalty, r.reach);
	const now = withMore(s, c, r, 0);
	const next = q.count > 0 ? withMore(s, c, r, 1) : null;
	const nowBack = now(back);
	const nextBack = next ? next(back) : null;
	const nextIncome = next ? next(s.hype).income.sub(now(s.hype).income) : D0;
	const incomeBack = nextBack ? nextBack.income.sub(nowBack.income) : D0;
	const apart = incomeBack.sub(nextIncome).abs();
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
		devices: devicesPerCopy(c, r.mult, r.footprint),
		split: splitSpeed(c, r.mult, r.footprint),
		held: swarmMemory(s, c, r.mult),
		blockMemory: blockMemory(c, r.mult),
		fit: swarmFit(s, c, r.mult, r.footprint),
		hold: swarmHold(c, r.mult, r.footprint),
		serving: r.swarm,
		feedback: swarmFeedback(s, c, r.swarm),
		feedbackPerBlock: def.feedback,
		ownerShare: def.ownerShare,
		pay,
		nextPay: nextBack ? nextBack.pay.sub(nowBack.pay) : D0,
		nextServed: nextBack ? nextBack.served.sub(nowBack.served) : D0,
		nextIncome,
		nextIncomeBack: back > s.hype && apart.gt(nextIncome.abs().mul(SAME_INCOME)) ? incomeBack : null
	};
}

/** The Lab's distil choice: the next model (the run in progress, else the run the run card plans,
 * `planned`: plannedModel, as the card's memory line; else the served one) at
 * full size and distilled for the swarm (`small` null when the full one already fits); the
 * extra training a distilled model costs, as a share of its run, and whether the run in
 * progress is in that pass now; and the served model's capability (a model that does not
 * beat it is not worth the pass). */
export interface DistilView {
	on: boolean;
	reach: Decimal;
	pass: number;
	/** Capability the small copy loses per tenfold shrink. */
	lossPerDecade: number;
	passing: boolean;
	served: number;
	/** The full-size model, and on the swarm the devices a copy is split across and the share of
	 * its speed that leaves (edge.ts splitSpeed; 1 device and 1 when it fits one); `speed` the
	 * share the swarm as it is serves it at: the split times its memory fit with the blocks it
	 * has (playtest 9 read 48 % and the swarm served at 2 %: 9 blocks of the 266 that hold it),
	 * and `hold` the blocks that hold its copies whole, if the swarm can have that many. */
	full: {
		capability: number;
		footprint: Decimal;
		devices: number;
		split: number;
		speed: number;
		hold: SwarmHold;
	};
	/** The distilled model: it fits one device, and `speed`, the share the swarm as it is serves
	 * it at, is its memory fit with the blocks it has (1 once `hold` blocks hold its copies);
	 * playtest 17 read "distilled, one at 100%" on the Lab beside the Fleet's "serves at 1 %
	 * speed … 180 blocks hold it whole" of the distilled model served. */
	small: {
		capability: number;
		footprint: Decimal;
		shrink: number;
		speed: number;
		hold: SwarmHold;
	} | null;
}

export function distilView(
	s: GameState,
	c: EraContent,
	r: Rates,
	planned?: RunSizeDef
): DistilView | null {
	if (!swarmOf(c)) return null;
	// The run under way at the average draw, as its card estimates it: its luck is told when it
	// ends, not here.
	const next = runModel(s, r.mult, 1) ?? (planned ? plannedModel(r, planned) : s.model);
	const def = swarmOf(c)!;
	// A model of `footprint` bytes on the swarm as it is: the share of its speed it serves at (the
	// split times the blocks' memory fit) and the blocks that hold its copies whole.
	const onSwarm = (footprint: Decimal) => {
		const split = splitSpeed(c, r.mult, footprint);
		const speed = split * swarmFit(s, c, r.mult, footprint);
		return { split, speed, hold: swarmHold(c, r.mult, footprint) };
	};
	const fullFootprint = modelFootprint(c, r, next);
	const small = distilled(c, r.mult, next);
	const smallFootprint = small ? modelFootprint(c, r, small) : null;
	const smallOn = smallFootprint ? onSwarm(smallFootprint) : null;
	return {
		on: s.edge.distil,
		reach: swarmReach(c, r.mult),
		pass: def.pass,
		lossPerDecade: def.lossPerDecade,
		passing: !!s.run && s.run.progress.gte(s.run.target) && runEnd(s, c, r.mult).gt(s.run.target),
		served: s.model.capability,
		full: {
			capability: next.capability,
			footprint: fullFootprint,
			devices: devicesPerCopy(c, r.mult, fullFootprint),
			...onSwarm(fullFootprint)
		},
		small:
			small && smallFootprint && smallOn
				? {
						capability: small.capability,
						footprint: smallFootprint,
						shrink: next.params.div(small.params).toNumber(),
						speed: smallOn.speed,
						hold: smallOn.hold
					}
				: null
	};
}
