// Power costs money in every era (issue #16): the grid's price, the Edge swarm's owners
// and Dyson's panel upkeep, as the engine states them.
import { describe, expect, it } from 'vitest';
import { ERAS, STARS, SWARMS, eraContent } from '../../../src/lib/content';
import {
	Decimal,
	moneyScale,
	newGame,
	powerPriceIndex,
	rates,
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

	it('are paid their share of the price of every token the swarm can serve', () => {
		const s = newGame(1, 'edge');
		const before = rates(s, edge);
		expect(before.swarm.eq(0)).toBe(true);
		expect(ownersPay(edge, before.swarm, before.price).eq(0)).toBe(true);
		s.edge.blocks = 10;
		const r = rates(s, edge);
		expect(r.swarm.gt(0)).toBe(true);
		const pay = r.swarm.mul(r.price).mul(def.ownerShare);
		expect(ownersPay(edge, r.swarm, r.price).div(pay).toNumber()).toBeCloseTo(1, 12);
		// The bill carries it on top of the contracts.
		expect(r.powerCost.sub(before.powerCost).div(pay).toNumber()).toBeCloseTo(1, 9);
		const line = sourceBillLine(s, edge, r)!;
		expect(line.kind).toBe('owners');
		expect(line.share).toBe(def.ownerShare);
		// The owners' pay dwarfs the contracts (the playtest: 'Power bill $1.11e63/s … device
		// owners get $1.11e63/s'): the line says it is the whole bill; a part only when it is one.
		expect(before.powerCost.div(r.powerCost).toNumber()).toBeLessThan(0.005);
		expect(line.whole).toBe(true);
		expect(sourceBillLine(s, edge, { ...r, powerCost: r.powerCost.mul(2) })!.whole).toBe(false);
	});

	it('are paid nothing while the swarm serves nothing (a model too big for it)', () => {
		const s = newGame(1, 'edge');
		s.edge.blocks = 10;
		s.model = { ...s.model, params: new Decimal(1e30) };
		const r = rates(s, edge);
		expect(r.swarm.eq(0)).toBe(true);
		expect(sourceBillLine(s, edge, r)).toBeNull();
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
			expect(sourceBillLine(s, dyson, r)!.kind).toBe('panels');
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
		expect(sourceBillLine(s, dyson, rates(s, dyson))).toBeNull();
	});
});
