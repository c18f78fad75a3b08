// Demand meets capacity: latency burns hype and then customers until demand is what the lab
// can serve; served well, lost customers come back; a release's spike multiplies demand.
import { describe, expect, it } from 'vitest';
import {
	advance,
	apply,
	cloneState,
	step,
	hypeAfter,
	latencyFloor,
	lostCustomers,
	market,
	newGame,
	soldOutHype,
	rates,
	type GameState
} from '../../../src/lib/engine';
import { HYPE_PER_POINT, HYPE_PER_RELEASE } from '../../../src/lib/engine/models';
import { garage, stateDiff } from './helpers';
import { HYPE_FLOOR } from '../../../src/lib/engine/formulas';
import { loyaltyAfter } from '../../../src/lib/engine/loyalty';

/** A Garage lab with a run going: `share` of its compute trains. */
function lab(share: number): GameState {
	const s = newGame(21);
	apply(s, garage, { type: 'start-run', size: 'huge' });
	apply(s, garage, { type: 'train-share', share });
	return s;
}

/** Hype at which demand is `times` the lab's capacity. */
const hypeFor = (s: GameState, times: number) => {
	const r = rates(s, garage);
	return r.capacity.mul(times).div(r.baseDemand).toNumber() - 1;
};

const ratio = (s: GameState) => {
	const r = rates(s, garage);
	return market(r, s.hype).demand.div(r.capacity).toNumber();
};

describe('demand against capacity', () => {
	it('sold out, latency brings demand down to capacity and no further', () => {
		const s = lab(0.99);
		s.hype = hypeFor(s, 3); // three times what the lab can serve
		expect(ratio(s)).toBeCloseTo(3, 9);
		advance(s, garage, 600);
		const r = rates(s, garage);
		expect(market(r, s.hype).soldOut).toBe(true);
		expect(ratio(s)).toBeGreaterThanOrEqual(1);
		expect(ratio(s)).toBeLessThan(1.01);
		expect(s.hype).toBeCloseTo(latencyFloor(r, s.loyalty.loyal), 2);
		expect(s.hype).toBeLessThan(0); // customers left
	});

	it('served well, lost customers come back until the lab is sold out again', () => {
		const s = lab(0.99);
		s.hype = hypeFor(s, 3);
		advance(s, garage, 600); // customers lost to latency
		const lost = s.hype;
		apply(s, garage, { type: 'train-share', share: 0.1 }); // serve far more
		const r = rates(s, garage);
		expect(market(r, s.hype).soldOut).toBe(false);
		advance(s, garage, 60);
		expect(s.hype).toBeGreaterThan(lost); // coming back
		advance(s, garage, 4 * 3600);
		// Either all are back (hype near 0) or demand has caught up with capacity again.
		const now = market(rates(s, garage), s.hype);
		expect(s.hype > -0.01 || now.soldOut).toBe(true);
	});

	it('hype after k steps is the step rule repeated k times, in both regimes', () => {
		const r = rates(lab(0.5), garage);
		const loyalties = [
			{ loyal: 0, rush: 0 },
			{ loyal: 0.3, rush: 0.5 }
		];
		for (const soldOut of [true, false])
			for (const start of [-0.6, 0.2, 4])
				for (const from of loyalties) {
					let h = start;
					let l = from;
					for (let i = 0; i < 500; i++) {
						h = hypeAfter(h, l, r, soldOut, 1);
						l = loyaltyAfter(l, soldOut, 1, r.reach);
					}
					expect(hypeAfter(start, from, r, soldOut, 500)).toBeCloseTo(h, 9);
					const after = loyaltyAfter(from, soldOut, 500, r.reach);
					expect(after.loyal).toBeCloseTo(l.loyal, 12);
					expect(after.rush).toBeCloseTo(l.rush, 12);
				}
	});

	it('a release multiplies demand: a lab that lost customers gains in proportion', () => {
		const s = newGame(21);
		apply(s, garage, { type: 'start-run', size: 'sprint' });
		apply(s, garage, { type: 'train-share', share: 0.9 });
		advance(s, garage, 600);
		expect(s.gate).not.toBeNull();
		s.hype = -0.5;
		const gain = s.gate!.capability - s.model.capability;
		apply(s, garage, { type: 'release' });
		expect(1 + s.hype).toBeCloseTo(0.5 * (1 + HYPE_PER_RELEASE + HYPE_PER_POINT * gain), 9);
	});

	it('latency never drives off the last ten-thousandth of customers, and advance stays exact there', () => {
		// Serving a billionth of demand: before the floor, hype sat a billionth above -1, where the
		// last bits rounded differently by single steps and advance's closed form became a
		// ten-thousandth of the tokens served once a rival's release moved the edge.
		const s = newGame(1);
		apply(s, garage, { type: 'start-run', size: garage.era.runSizes.at(-1)!.id });
		apply(s, garage, { type: 'train-share', share: 1 - 1e-10 });
		const r = rates(s, garage);
		expect(r.capacity.div(r.baseDemand).toNumber()).toBeLessThan(1e-6);
		expect(latencyFloor(r, s.loyalty.loyal)).toBe(HYPE_FLOOR);
		const fast = advance(cloneState(s), garage, 3 * 3600);
		const slow = cloneState(s);
		for (let i = 0; i < 3 * 3600; i++) step(slow, garage);
		expect(fast.hype).toBeGreaterThanOrEqual(HYPE_FLOOR);
		expect(stateDiff(fast, slow)).toEqual([]);
	});
});

describe('customers lost, and why (playtest 9: a bare "customers −32%")', () => {
	it('says they left over waits: still leaving while sold out, coming back once served', () => {
		// Rivals far ahead: few customers, and the lab serves them all.
		const s = lab(0);
		for (const rival of s.rivals) rival.capability = s.model.capability + 50;
		const r = rates(s, garage);
		// Served, after a sold-out spell: the lost customers come back.
		expect(soldOutHype(r)).toBeGreaterThan(-0.3);
		const served = market(r, -0.3);
		expect(served.soldOut).toBe(false);
		expect(lostCustomers(served, -0.3)).toEqual({ lost: 0.3, returning: true, leaving: false });
		// Sold out (the slider trains nearly all): they keep leaving.
		const starved = lab(0.99999);
		const sr = rates(starved, garage);
		const hype = Math.max(-0.3, soldOutHype(sr) + 0.1);
		expect(hype).toBeLessThan(0);
		const short = market(sr, hype);
		expect(short.soldOut).toBe(true);
		expect(lostCustomers(short, hype)).toMatchObject({ returning: false, leaving: true });
		// At the latency floor, demand has fallen to what the lab serves: none leave, none return
		// (playtest 23 read "more leave until demand meets your capacity" with nothing unmet).
		const floor = market(sr, soldOutHype(sr));
		expect(floor.soldOut).toBe(true);
		expect(lostCustomers(floor, soldOutHype(sr))).toMatchObject({
			returning: false,
			leaving: false
		});
		// None lost: nothing to explain.
		expect(lostCustomers(served, 0.2)).toBeNull();
	});
});
