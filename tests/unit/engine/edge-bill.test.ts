// Issue #17, the Edge swarm soft-lock: the playtester loaded the Edge save (e2e/edge.json) and
// recruited one block; the owners were paid on every token the swarm COULD serve (~100× what
// was sold), the bill went to 1675 % of revenue, cash to $0 and the power cut left the run no
// FLOP/s. The owners are now paid on the swarm's part of what is sold, and blocks can be let go.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	advance,
	apply,
	billNow,
	latencyFloor,
	market,
	netIncome,
	rates,
	recruitQuote,
	swarmFit,
	swarmView,
	type GameState
} from '../../../src/lib/engine';
import { decodeState } from '../../../src/lib/save/codec';
import { REFUSALS } from '../../../src/lib/runtime/refusals';

const c = eraContent('edge');
const save = JSON.parse(readFileSync('tests/fixtures/e2e/edge.json', 'utf8'));

/** The playtest's lab, with `blocks` recruited at the start of the era. */
function recruited(blocks: number): GameState {
	const s = decodeState(save.state);
	expect(s.eraId).toBe('edge');
	expect(s.run).not.toBeNull();
	// Cash for the blocks (the playtester had 4 a few minutes on).
	const cost = recruitQuote(s, c, blocks)!.cost;
	if (cost.gt(s.cash)) s.cash = cost.mul(1.01);
	expect(apply(s, c, { type: 'recruit', count: blocks })).toEqual({ ok: true });
	expect(s.edge.blocks).toBe(blocks);
	return s;
}

describe('the Edge swarm’s bill (issue #17)', () => {
	for (const blocks of [1, 4]) {
		it(`${blocks} block(s) recruited from the playtest's save: 10 minutes on, never stuck at $0, the run keeps its compute, the bill under revenue`, () => {
			const s = recruited(blocks);
			const trainRate = rates(s, c).trainRate;
			expect(trainRate.gt(0)).toBe(true);
			let swarmSeen = false;
			for (let i = 0; i < 60; i++) {
				advance(s, c, 10);
				const r = rates(s, c);
				const m = market(r, s.hype);
				expect(s.cash.gt(0)).toBe(true);
				expect(s.idle).toBe(false);
				expect(r.powerCut).toBe(1);
				// Training keeps what it had before the blocks (the swarm never trains).
				if (s.run) expect(r.trainRate.div(trainRate).toNumber()).toBeCloseTo(1, 9);
				if (r.swarm.gt(0)) swarmSeen = true;
				const sales = m.served.mul(r.price);
				expect(billNow(r, m.served).lt(sales)).toBe(true);
				expect(r.salesCut).toBeLessThanOrEqual(0.5);
			}
			expect(swarmSeen).toBe(true);
		});
	}
});

describe('releasing device blocks', () => {
	it('lets blocks go (no refund): the owners are paid no more, and the swarm serves less', () => {
		const s = recruited(4);
		const cash = s.cash;
		const before = rates(s, c);
		const fitBefore = swarmFit(s, c, before.mult, before.footprint);
		expect(apply(s, c, { type: 'release-blocks', count: 1 })).toEqual({ ok: true });
		expect(s.edge.blocks).toBe(3);
		expect(s.cash.eq(cash)).toBe(true);
		const after = rates(s, c);
		const fitAfter = swarmFit(s, c, after.mult, after.footprint);
		// Three quarters of the FLOP/s, at the share of the model three blocks hold (four blocks
		// hold less than the starter model: the swarm's memory fit, edge.ts).
		expect(fitBefore).toBeLessThan(1);
		expect(after.swarm.div(before.swarm).toNumber()).toBeCloseTo(
			((3 / 4) * fitAfter) / fitBefore,
			9
		);
		// More than held: all of them go; then nothing is left to release (a double tap is safe).
		expect(apply(s, c, { type: 'release-blocks', count: 10 })).toEqual({ ok: true });
		expect(s.edge.blocks).toBe(0);
		expect(rates(s, c).swarm.eq(0)).toBe(true);
		expect(rates(s, c).salesCut).toBe(0);
		const none = apply(s, c, { type: 'release-blocks', count: 1 });
		expect(none).toEqual({ ok: false, reason: 'no-blocks' });
		expect(REFUSALS['no-blocks']).toContain('release');
		expect(s.edge.blocks).toBe(0);
	});

	it('refuses a bad amount and any era without a swarm', () => {
		const s = recruited(1);
		for (const count of [0, -1, 1.5, NaN, Infinity])
			expect(apply(s, c, { type: 'release-blocks', count })).toEqual({
				ok: false,
				reason: 'invalid-amount'
			});
		expect(s.edge.blocks).toBe(1);
		const cloud = eraContent('cloud');
		expect(apply(s, cloud, { type: 'release-blocks', count: 1 })).toEqual({
			ok: false,
			reason: 'unknown-id'
		});
	});

	it("Recruit's quote says what the next block adds to the owners' pay", () => {
		const s = recruited(1);
		const r = rates(s, c);
		const v = swarmView(s, c, r)!;
		const pay = billNow(r, market(r, s.hype).served).sub(r.powerCost);
		expect(v.pay.div(pay).toNumber()).toBeCloseTo(1, 9);
		const t = decodeState(save.state);
		t.edge.blocks = 2;
		t.cash = s.cash;
		t.hype = s.hype;
		const r2 = rates(t, c);
		const pay2 = billNow(r2, market(r2, t.hype).served).sub(r2.powerCost);
		expect(v.nextPay.gt(0)).toBe(true);
		expect(v.nextPay.div(pay2.sub(pay)).toNumber()).toBeCloseTo(1, 6);
	});

	it("Recruit's quote says what the next block adds to sales: tokens sold", () => {
		// The playtest's lab before its first block: its own chips sell out.
		const s = decodeState(save.state);
		s.edge.blocks = 0;
		const r = rates(s, c);
		const v = swarmView(s, c, r)!;
		const t = decodeState(save.state);
		t.edge.blocks = 1;
		const r2 = rates(t, c);
		const more = market(r2, t.hype).served.sub(market(r, s.hype).served);
		// A block adds tokens sold here (else this proves nothing).
		expect(more.gt(0)).toBe(true);
		expect(v.nextServed.div(more).toNumber()).toBeCloseTo(1, 6);
		// With a block, the swarm serves past demand: the next sells nothing more, it takes over
		// tokens already served.
		const past = swarmView(t, c, r2)!;
		expect(past.nextServed.eq(0)).toBe(true);
	});

	// Playtest 19: the first block's quote read +8.88e59/s (its sales before the owners' pay, at
	// the demand customers return to) and the income then rose by 5.27e59/s.
	for (const [name, hype] of [
		['customers all here', 0],
		['sold out, customers driven off', -0.4]
	] as const)
		it(`Recruit's income is what the income does once the block is recruited (${name})`, () => {
			const s = decodeState(save.state);
			s.edge.blocks = 0;
			s.hype = hype;
			s.cash = recruitQuote(s, c, 1)!.cost.mul(10);
			const r = rates(s, c);
			expect(market(r, s.hype).soldOut).toBe(true);
			const v = swarmView(s, c, r)!;
			const before = netIncome(s, c, r);
			expect(apply(s, c, { type: 'recruit', count: 1 })).toEqual({ ok: true });
			const rise = netIncome(s, c, rates(s, c)).sub(before);
			expect(rise.gt(0)).toBe(true);
			expect(v.nextIncome.div(rise).toNumber()).toBeCloseTo(1, 9);
			// Less than the sales it adds: the owners are paid their cut of the swarm's tokens.
			expect(v.nextIncome.lt(v.nextServed.mul(r.price))).toBe(true);
			// With customers away, the card also says what it adds once they are back, and that is
			// what the income does once they are (hype back at its resting level of 0).
			if (hype === 0) expect(v.nextIncomeBack).toBeNull();
			else {
				const t = decodeState(save.state);
				t.edge.blocks = 0;
				const back = netIncome(t, c, rates(t, c));
				t.edge.blocks = 1;
				const later = netIncome(t, c, rates(t, c)).sub(back);
				expect(v.nextIncomeBack!.div(later).toNumber()).toBeCloseTo(1, 9);
				expect(v.nextIncomeBack!.gt(v.nextIncome)).toBe(true);
			}
		});

	it("a sold-out lab's next block sells to the customers latency drove off (they come back once served)", () => {
		// Sold out, hype at the latency floor: today's demand is what the lab serves, so at today's
		// demand a block would read "no sales" (the probe saw that at 80 % of the era's moments).
		const s = decodeState(save.state);
		s.edge.blocks = 0;
		const r = rates(s, c);
		s.hype = latencyFloor(r, s.loyalty.loyal);
		expect(s.hype).toBeLessThan(0);
		expect(market(r, s.hype).served.div(market(r, s.hype).demand).toNumber()).toBeCloseTo(1, 9);
		const v = swarmView(s, c, r)!;
		// With the block, hype relaxes back to 0 while demand is served: sold is the smaller of
		// the capacity and the demand at hype 0.
		const t = decodeState(save.state);
		t.edge.blocks = 1;
		const r2 = rates(t, c);
		const back = r2.capacity.lt(r.baseDemand) ? r2.capacity : r.baseDemand;
		const more = back.sub(r.capacity);
		expect(more.gt(0)).toBe(true);
		expect(v.nextServed.div(more).toNumber()).toBeCloseTo(1, 6);
	});
});
