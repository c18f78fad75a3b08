// The run card says when the split a run would start at leaves customers waiting (playtest 14:
// a split Match demand set in a quiet spell started the next run at 95 % training).
import { describe, expect, it } from 'vitest';
import {
	apply,
	capacityAt,
	market,
	matchDemandShare,
	newGame,
	rates,
	START_SPLIT_WARN,
	startSplit
} from '../../../src/lib/engine';
import { garage } from './helpers';

describe('the split a run starts at', () => {
	it('is not said of a new game at its 50 %, nor on one of its two GPUs: serving less while training is the game', () => {
		const s = newGame(2);
		expect(s.trainShare).toBe(0.5);
		expect(startSplit(s, rates(s, garage))).toBeNull();
		// One GPU serves less than demand at 50 %, not under a quarter of it.
		s.hardware['gaming-gpu'] = 1;
		const r = rates(s, garage);
		expect(capacityAt(r, 0.5).lt(market(r, s.hype).demand)).toBe(true);
		expect(startSplit(s, r)).toBeNull();
	});

	it('is said when its serving would cover under a quarter of demand, with the share that serves it all', () => {
		const s = newGame(2);
		expect(apply(s, garage, { type: 'train-share', share: 0.95 }).ok).toBe(true);
		const r = rates(s, garage);
		const demand = market(r, s.hype).demand;
		// Everything serving covers demand now; at 95 % training it would not.
		expect(r.fullCapacity.gte(demand)).toBe(true);
		expect(capacityAt(r, 0.95).lt(demand)).toBe(true);
		const split = startSplit(s, r)!;
		expect(split.share).toBe(0.95);
		expect(split.covers).toBeCloseTo(capacityAt(r, 0.95).div(demand).toNumber(), 12);
		expect(split.covers).toBeLessThan(START_SPLIT_WARN);
		expect(split.match).toBe(matchDemandShare(r, s.hype, s.loyalty));
		// The share it names serves every customer once the run trains at it.
		expect(capacityAt(r, split.match).gte(demand)).toBe(true);

		// At that share: nothing to say. With a run under way: the Train ↔ Serve card says it.
		expect(apply(s, garage, { type: 'train-share', share: split.match }).ok).toBe(true);
		expect(startSplit(s, rates(s, garage))).toBeNull();
		expect(apply(s, garage, { type: 'train-share', share: 0.95 }).ok).toBe(true);
		expect(apply(s, garage, { type: 'start-run', size: garage.era.runSizes[0].id }).ok).toBe(true);
		expect(startSplit(s, rates(s, garage))).toBeNull();
	});
});
