// Power costs money in every era (issue #16): the grid's price, the Edge swarm's owners
// and Dyson's panel upkeep, as the engine states them.
import { describe, expect, it } from 'vitest';
import { ERAS, STARS, SWARMS, eraContent } from '../../../src/lib/content';
import {
	billNow,
	Decimal,
	market,
	moneyScale,
	newGame,
	powerPriceIndex,
	rates,
	revenue,
	sourceBillLine
} from '../../../src/lib/engine';
import { ownersPay, panelUpkeep } from '../../../src/lib/engine/power-sources';

describe('the grid price', () => {
	it('the index never falls as the served model improves (each era)', () => {
		for (const e of ERAS) {
			const c = eraContent(e.id);
			const s = newGame(1, e.id);
			let last = -Infinity;
			for (let g = 0; g <= 500; g += 5) {
				s.model = { ...s.model, capability: e.starterModel.capability + g };
				const x = powerPriceIndex(s, c).log10();
				expect(x).toBeGreaterThanOrEqual(last);
				last = x;
			}
		}
	});
});

describe('the Edge swarm’s owners', () => {
	const edge = eraContent('edge');
	const def = SWARMS.edge;

	it('are paid their share of the price of the tokens the swarm serves: its part of what is sold', () => {
		const s = newGame(1, 'edge');
		const before = rates(s, edge);
		expect(before.swarm.eq(0)).toBe(true);
		expect(before.ownersCut).toBe(0);
		expect(ownersPay(market(before, s.hype).served, before).eq(0)).toBe(true);
		s.edge.blocks = 10;
		const r = rates(s, edge);
		expect(r.swarm.gt(0)).toBe(true);
		const m = market(r, s.hype);
		// The swarm serves in proportion to its capacity; the owners get their share of that part.
		const part = m.served.mul(r.swarm).div(r.capacity);
		const pay = part.mul(r.price).mul(def.ownerShare);
		expect(ownersPay(m.served, r).div(pay).toNumber()).toBeCloseTo(1, 12);
		// It comes out of the sales (the lab keeps the rest), never out of the contracts' bill,
		// and the Power card counts it as the bill.
		expect(r.powerCost.div(before.powerCost).toNumber()).toBeCloseTo(1, 12);
		expect(revenue(m, r).div(m.served.mul(r.price).sub(pay)).toNumber()).toBeCloseTo(1, 12);
		expect(billNow(r, m.served).sub(r.powerCost).div(pay).toNumber()).toBeCloseTo(1, 9);
		const line = sourceBillLine(s, edge, r, m.served)!;
		expect(line.kind).toBe('owners');
		expect(line.share).toBe(def.ownerShare);
		expect(line.whole).toBe(r.powerCost.lte(pay.mul(0.005)));
		const half = { ...r, powerCost: pay };
		expect(sourceBillLine(s, edge, half, m.served)!.whole).toBe(false);
	});

	it('can never be paid more than the sales: a swarm 1000× the demand costs the owner share of them', () => {
		const s = newGame(1, 'edge');
		s.edge.blocks = 200;
		const r = rates(s, edge);
		const m = market(r, s.hype);
		expect(m.soldOut).toBe(false);
		expect(r.swarm.div(m.served).toNumber()).toBeGreaterThan(1000);
		const sales = m.served.mul(r.price);
		const share = ownersPay(m.served, r).div(sales).toNumber();
		expect(share).toBeLessThanOrEqual(def.ownerShare);
		expect(share).toBeGreaterThan(def.ownerShare * 0.99);
		expect(revenue(m, r).gt(0)).toBe(true);
	});

	it('are paid nothing while the swarm serves nothing (a model too big for it)', () => {
		const s = newGame(1, 'edge');
		s.edge.blocks = 10;
		s.model = { ...s.model, params: new Decimal(1e30) };
		const r = rates(s, edge);
		expect(r.swarm.eq(0)).toBe(true);
		expect(sourceBillLine(s, edge, r, market(r, s.hype).served)).toBeNull();
	});
});

describe('Dyson’s panels', () => {
	const dyson = eraContent('dyson');
	const star = STARS.dyson as { upkeep: number; panelWatts: number };

	it('cost an upkeep per kWh they collect, used or not (at a trial upkeep of 30 %)', () => {
		const kept = star.upkeep;
		star.upkeep = 0.3;
		try {
			const s = newGame(1, 'dyson');
			expect(panelUpkeep(s, dyson).eq(0)).toBe(true);
			s.dyson.panels = 3;
			const kwhPerSecond = (3 * star.panelWatts) / 1000 / 3600;
			const expected = moneyScale(dyson)
				.mul(kwhPerSecond * dyson.era.power[0].pricePerKwh * 0.3)
				.mul(powerPriceIndex(s, dyson));
			expect(panelUpkeep(s, dyson).div(expected).toNumber()).toBeCloseTo(1, 12);
			// Used or not: with the whole fleet sold the panels still cost their upkeep.
			s.hardware = {};
			const r = rates(s, dyson);
			expect(r.powerCost.div(expected).toNumber()).toBeCloseTo(1, 9);
			expect(sourceBillLine(s, dyson, r, market(r, s.hype).served)!.kind).toBe('panels');
			// Twice the panels, twice the upkeep.
			s.dyson.panels = 6;
			expect(panelUpkeep(s, dyson).div(expected).toNumber()).toBeCloseTo(2, 9);
		} finally {
			star.upkeep = kept;
		}
	});

	it('cost nothing today (upkeep 0: a 15 % upkeep left a player a 15-minute wall)', () => {
		const s = newGame(1, 'dyson');
		s.dyson.panels = 3;
		expect(star.upkeep).toBe(0);
		expect(panelUpkeep(s, dyson).eq(0)).toBe(true);
		const r = rates(s, dyson);
		expect(sourceBillLine(s, dyson, r, market(r, s.hype).served)).toBeNull();
	});
});
