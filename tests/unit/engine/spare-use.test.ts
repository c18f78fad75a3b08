// The demand card's word on spare capacity (market.ts spareUse): what resells, what to do next.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	apply,
	bestPriceTier,
	Decimal,
	experimentsView,
	market,
	matchDemand,
	newGame,
	priceAdvice,
	rates,
	rentHourly,
	soldOutHype,
	spareUse,
	tierOutlook
} from '../../../src/lib/engine';
import { fixtureState, garage } from './helpers';

describe('spare capacity', () => {
	it('says "train more" only while the slider can still send the run more (playtest 9 #8)', () => {
		const s = newGame(21);
		// Demand well under what the lab serves, even with the customers coming back.
		const idle = () => {
			const r = rates(s, garage);
			s.hype = Math.max(-0.99, soldOutHype(r) - 0.5);
			return spareUse(s, garage, rates(s, garage));
		};
		expect(idle().remedy).toBe('start-run');
		apply(s, garage, { type: 'start-run', size: 'huge' });
		apply(s, garage, { type: 'train-share', share: 0.5 });
		expect(idle().remedy).toBe('train-more');
		apply(s, garage, { type: 'train-share', share: 1 });
		expect(idle().remedy).toBeNull();
	});

	it('says "train more" only while Match demand would, and calls the room it keeps for customers coming back so (playtest 19)', () => {
		const s = fixtureState('garage');
		if (!s.run) apply(s, garage, { type: 'start-run', size: garage.era.runSizes[0].id });
		s.hype = -0.3; // its resting level is 0: customers come back while every one is served
		const match = matchDemand(rates(s, garage), s.hype, s.loyalty);
		expect(match.returning).toBe(true);
		apply(s, garage, { type: 'train-share', share: match.share });
		const r = rates(s, garage);
		expect(market(r, s.hype).spare.gt(0)).toBe(true);
		// Spare now, but it is the room Match demand keeps: no "train more", no "price lower".
		expect(spareUse(s, garage, r)).toMatchObject({ remedy: null, priceLower: false, room: true });
		// Training less than Match demand would: train more.
		apply(s, garage, { type: 'train-share', share: match.share - 0.05 });
		expect(spareUse(s, garage, rates(s, garage))).toMatchObject({
			remedy: 'train-more',
			room: false
		});
	});

	it('says "price lower" only where the price advice beside it names a cheaper tier that does not sell out (playtest 17 read it on Cheap; playtest 36 beside "Premium earns the most now"; playtest 44 beside "at Cheap you would sell out")', () => {
		const s = newGame(21);
		const r = rates(s, garage);
		s.hype = Math.max(-0.99, soldOutHype(r) - 0.5);
		const cheapest = [...garage.priceTiers.values()].reduce((a, b) =>
			b.priceMult < a.priceMult ? b : a
		);
		let said = 0;
		let unsaid = 0;
		for (const hype of [s.hype, -0.3, 0, 1])
			for (const tier of garage.priceTiers.values()) {
				s.hype = hype;
				s.priceTier = tier.id;
				const outlook = tierOutlook(s, garage);
				const now = outlook.find((o) => o.tier.id === tier.id)!;
				const best = bestPriceTier(outlook, tier.id);
				const advice = priceAdvice(s, garage, outlook);
				const lower = spareUse(s, garage, rates(s, garage)).priceLower;
				// Never on the cheapest tier, and never while the tier on is the one that earns most.
				if (tier.id === cheapest.id || best === now)
					expect(lower, `${tier.id} ${hype}`).toBe(false);
				// Said exactly where the card's verdict names a cheaper tier that keeps serving all.
				const cheaper = !!advice && advice.tier.priceMult < tier.priceMult;
				expect(lower, `${tier.id} ${hype}`).toBe(cheaper && !advice!.sellsOut);
				if (lower) said++;
				else unsaid++;
			}
		expect(said).toBeGreaterThan(0);
		expect(unsaid).toBeGreaterThan(0);
		// On the cheapest tier with the run taking all it can, there is nothing to advise.
		s.priceTier = cheapest.id;
		apply(s, garage, { type: 'start-run', size: 'huge' });
		apply(s, garage, { type: 'train-share', share: 1 });
		expect(spareUse(s, garage, rates(s, garage))).toMatchObject({
			remedy: null,
			priceLower: false
		});
	});

	it('does not say "price lower" of idle capacity where the lower price the card names would sell the lab out (playtest 44)', () => {
		// The Garage on Standard between runs: capacity idles, and Cheap earns more at once but
		// sells out (the verdict's caveat: "at Cheap you would sell out"). No experiments take the
		// spare here, so the card says its remedy.
		const s = fixtureState('garage');
		s.priceTier = 'standard';
		s.hype = 0;
		s.run = null;
		s.gate = null;
		const r = rates(s, garage);
		expect(market(r, s.hype).spare.gt(0)).toBe(true);
		expect(experimentsView(garage, r)).toBeNull();
		const advice = priceAdvice(s, garage)!;
		expect(advice.tier.id).toBe('cheap');
		expect(advice.sellsOut).toBe(true);
		expect(spareUse(s, garage, r)).toMatchObject({ remedy: 'start-run', priceLower: false });
	});

	it('counts as resold only the lab’s own idle racks, never rented ones (playtest 9 #5)', () => {
		const c = eraContent('cloud');
		const s = newGame(4, 'cloud');
		s.cash = new Decimal(1e6).mul(rentHourly(s, c));
		apply(s, c, { type: 'rent', racks: 3 });
		const r = rates(s, c);
		expect(r.rentedServing.gt(0)).toBe(true);
		// Demand just above what the lab's own racks serve: all the spare is rented.
		const own = r.capacity.sub(r.rentedServing);
		s.hype = own.mul(1.01).div(r.baseDemand).toNumber() - 1;
		const m = market(r, s.hype);
		expect(m.spare.gt(0)).toBe(true);
		expect(spareUse(s, c, r).resold.eq(0)).toBe(true);
		// With less demand, part of the lab's own racks idles too: that part resells.
		s.hype = own.mul(0.5).div(r.baseDemand).toNumber() - 1;
		const low = market(r, s.hype);
		const u = spareUse(s, c, r);
		expect(u.resold.gt(0)).toBe(true);
		expect(u.resold.lt(low.spare)).toBe(true);
	});

	it('is resold only where the era buys it and resale is on: elsewhere it idles', () => {
		const idleIn = (eraId: string, resell: boolean) => {
			const c = eraContent(eraId);
			const s = newGame(4, eraId);
			s.resell = resell;
			const r = rates(s, c);
			return market(r, Math.max(-0.99, soldOutHype(r) - 0.5));
		};
		const cloud = idleIn('cloud', true);
		expect(cloud.spare.gt(0)).toBe(true);
		expect(cloud.resold.eq(cloud.spare)).toBe(true);
		// Turned off in the Cloud, and in Hyperscale (no spot market, resale on as it always is).
		for (const m of [idleIn('cloud', false), idleIn('hyperscale', true)]) {
			expect(m.spare.gt(0)).toBe(true);
			expect(m.resold.eq(0)).toBe(true);
		}
	});
});
