// Power costs money in every era (issue #16): the grid's price, the Edge swarm's owners,
// Orbit's downlink, Moon and Mars's relay and Dyson's station-keeping, as the engine states them.
import { describe, expect, it } from 'vitest';
import { ERAS, FAR_SITES, ORBITS, STARS, SWARMS, eraContent } from '../../../src/lib/content';
import {
	apply,
	billNow,
	Decimal,
	market,
	newGame,
	powerPriceIndex,
	rates,
	revenue,
	sourceBillLine
} from '../../../src/lib/engine';
import { cutPay, MAX_CUT, stationKeeping } from '../../../src/lib/engine/power-sources';

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
		expect(before.salesCut).toBe(0);
		expect(cutPay(market(before, s.hype).served, before).eq(0)).toBe(true);
		s.edge.blocks = 10;
		const r = rates(s, edge);
		expect(r.swarm.gt(0)).toBe(true);
		const m = market(r, s.hype);
		// The swarm serves in proportion to its capacity; the owners get their share of that part.
		const part = m.served.mul(r.swarm).div(r.capacity);
		const pay = part.mul(r.price).mul(def.ownerShare);
		expect(cutPay(m.served, r).div(pay).toNumber()).toBeCloseTo(1, 12);
		// It comes out of the sales (the lab keeps the rest), never out of the contracts' bill,
		// and the Power card counts it as the bill.
		expect(r.powerCost.div(before.powerCost).toNumber()).toBeCloseTo(1, 12);
		expect(revenue(m, r).div(m.served.mul(r.price).sub(pay)).toNumber()).toBeCloseTo(1, 12);
		expect(billNow(r, m.served).sub(r.powerCost).div(pay).toNumber()).toBeCloseTo(1, 9);
		const line = sourceBillLine(edge, r, m.served)!;
		expect(line.kind).toBe('owners');
		expect(line.share).toBe(def.ownerShare);
		expect(line.whole).toBe(r.powerCost.lte(pay.mul(0.005)));
		const half = { ...r, powerCost: pay };
		expect(sourceBillLine(edge, half, m.served)!.whole).toBe(false);
	});

	it('can never be paid more than the sales: a swarm 1000× the demand costs the owner share of them', () => {
		const s = newGame(1, 'edge');
		s.edge.blocks = 200;
		const r = rates(s, edge);
		const m = market(r, s.hype);
		expect(m.soldOut).toBe(false);
		expect(r.swarm.div(m.served).toNumber()).toBeGreaterThan(1000);
		const sales = m.served.mul(r.price);
		const share = cutPay(m.served, r).div(sales).toNumber();
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
		expect(sourceBillLine(edge, r, market(r, s.hype).served)).toBeNull();
	});
});

describe('Orbit’s downlink: a fee per token sent down', () => {
	const c = eraContent('orbit');
	const fee = ORBITS.orbit.downlink;

	it('takes its fee of every token served, whatever the tier: the cheap tier gives the most of its price', () => {
		expect(fee).toBeGreaterThan(0);
		const perToken: number[] = [];
		for (const tier of c.priceTiers.values()) {
			const s = newGame(1, 'orbit');
			s.hardware['sat-node'] = 20;
			s.priceTier = tier.id;
			const r = rates(s, c);
			const m = market(r, s.hype);
			expect(m.served.gt(0)).toBe(true);
			// A fee per token: its share of the price is the fee over the tier's price.
			expect(r.salesCut).toBeCloseTo(fee / tier.priceMult, 12);
			const pay = cutPay(m.served, r);
			expect(revenue(m, r).add(pay).div(m.served.mul(r.price)).toNumber()).toBeCloseTo(1, 12);
			expect(billNow(r, m.served).sub(r.powerCost).div(pay).toNumber()).toBeCloseTo(1, 9);
			perToken.push(pay.div(m.served).div(r.price.div(tier.priceMult)).toNumber());
			const line = sourceBillLine(c, r, m.served)!;
			expect(line.kind).toBe('downlink');
			expect(line.share).toBe(r.salesCut);
			// All of the bill as shown once the contracts' kWh are under half a percent of it.
			expect(line.whole).toBe(r.powerCost.lte(billNow(r, m.served).mul(0.005)));
		}
		// The same cash per token at every tier.
		for (const x of perToken) expect(x).toBeCloseTo(fee, 12);
	});
});

describe('Moon and Mars’s relay: a share of what every token sent to Earth sells for', () => {
	const c = eraContent('moon-mars');
	const relay = FAR_SITES['moon-mars'].relay;

	it('takes its share of the sales at every tier; far sites, which only train, pay none', () => {
		expect(relay).toBeGreaterThan(0);
		for (const tier of c.priceTiers.values()) {
			const s = newGame(1, 'moon-mars');
			s.priceTier = tier.id;
			const r = rates(s, c);
			const m = market(r, s.hype);
			expect(m.served.gt(0)).toBe(true);
			expect(r.salesCut).toBe(relay);
			const pay = cutPay(m.served, r);
			expect(pay.div(m.served.mul(r.price)).toNumber()).toBeCloseTo(relay, 12);
			expect(sourceBillLine(c, r, m.served)!.kind).toBe('relay');
		}
		// Built far, the same cash buys training only: the relay's pay does not grow with it.
		const s = newGame(1, 'moon-mars');
		s.cash = s.cash.mul(100);
		const before = rates(s, c);
		const paid = cutPay(market(before, s.hype).served, before);
		apply(s, c, { type: 'build-far', on: true });
		expect(apply(s, c, { type: 'buy', hardware: 'mars-farm', count: 1 }).ok).toBe(true);
		const after = rates(s, c);
		expect(after.far.gt(0)).toBe(true);
		expect(cutPay(market(after, s.hype).served, after).div(paid).toNumber()).toBeCloseTo(1, 9);
	});
});

describe('a lab that serves nothing pays no downlink nor relay; no other era has them', () => {
	it.each(['orbit', 'moon-mars'])('%s: no chips, no fee', (id) => {
		const c = eraContent(id);
		const s = newGame(1, id);
		s.hardware = {};
		const r = rates(s, c);
		expect(r.capacity.eq(0)).toBe(true);
		expect(cutPay(market(r, s.hype).served, r).eq(0)).toBe(true);
		expect(sourceBillLine(c, r, market(r, s.hype).served)).toBeNull();
	});

	it('the Garage, the Cloud and Hyperscale take no cut of the sales', () => {
		for (const id of ['garage', 'cloud', 'hyperscale']) {
			const c = eraContent(id);
			expect(rates(newGame(1, id), c).salesCut).toBe(0);
		}
	});
});

describe('Dyson’s panels', () => {
	const dyson = eraContent('dyson');
	const star = STARS.dyson;

	it('cost their station-keeping: a share of the sales, for the share of the draw they carry', () => {
		const s = newGame(1, 'dyson');
		expect(rates(s, dyson).salesCut).toBe(0);
		// A fleet drawing ten panels' watts: one panel carries a tenth of it.
		const draw = rates(s, dyson).powerDraw.toNumber();
		for (const id in s.hardware) s.hardware[id] *= Math.ceil((10 * star.panelWatts) / draw);
		s.dyson.panels = 1;
		const r = rates(s, dyson);
		const per = (star.upkeep * star.panelWatts) / r.powerDraw.toNumber();
		expect(star.upkeep).toBeGreaterThan(0);
		expect(per).toBeLessThan(star.upkeep / 8);
		expect(r.salesCut).toBeCloseTo(per, 12);
		const m = market(r, s.hype);
		expect(cutPay(m.served, r).div(m.served.mul(r.price)).toNumber()).toBeCloseTo(per, 12);
		expect(sourceBillLine(dyson, r, m.served)!.kind).toBe('panels');
		// Twice the panels, twice the share.
		s.dyson.panels = 2;
		expect(rates(s, dyson).salesCut).toBeCloseTo(2 * per, 12);
		// The rings' watts are drawn first: panels that carry the rest of the draw cost the upkeep
		// on that share, no more; spare watts cost nothing.
		const rings = rates(newGame(1, 'dyson'), dyson).powerCapacity;
		const beyond = r.powerDraw.sub(rings).div(r.powerDraw).toNumber();
		expect(beyond).toBeLessThan(1);
		s.dyson.panels = 20;
		expect(rates(s, dyson).salesCut).toBeCloseTo(star.upkeep * beyond, 12);
		s.dyson.panels = 10_000;
		const all = rates(s, dyson);
		expect(all.salesCut).toBeCloseTo(star.upkeep * beyond, 12);
		expect(all.salesCut).toBeLessThanOrEqual(MAX_CUT);
		expect(revenue(market(all, s.hype), all).gt(0)).toBe(true);
	});

	it('say their upkeep two ways, one figure: its rate on what their watts earn, and what it is of all the sales (playtest 44)', () => {
		// Playtest 44 read "12 %" on the star card and "11 %" on the Power card.
		const s = newGame(1, 'dyson');
		const draw = rates(s, dyson).powerDraw.toNumber();
		for (const id in s.hardware) s.hardware[id] *= Math.ceil((10 * star.panelWatts) / draw);
		s.dyson.panels = 20;
		const r = rates(s, dyson);
		const keeping = stationKeeping(s, dyson, r)!;
		expect(keeping.rate).toBe(star.upkeep);
		// The share of the sales is the bill's (the rates' cut), the rate times the draw carried.
		expect(keeping.share).toBe(r.salesCut);
		expect(keeping.carried).toBeGreaterThan(0);
		expect(keeping.carried).toBeLessThan(1);
		expect(keeping.share).toBeCloseTo(keeping.rate * keeping.carried, 12);
		// No panel: they carry nothing and cost nothing; outside Dyson there is none.
		const idle = newGame(1, 'dyson');
		expect(stationKeeping(idle, dyson, rates(idle, dyson))).toEqual({
			rate: star.upkeep,
			carried: 0,
			share: 0
		});
		const garage = eraContent('garage');
		const g = newGame(1);
		expect(stationKeeping(g, garage, rates(g, garage))).toBeNull();
	});
});
