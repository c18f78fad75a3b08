// The demand card's word on spare capacity (market.ts spareUse): what resells, what to do next.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	apply,
	Decimal,
	market,
	newGame,
	rates,
	rentHourly,
	soldOutHype,
	spareUse
} from '../../../src/lib/engine';
import { garage } from './helpers';

describe('spare capacity', () => {
	it('says "train more" only while the slider can still send the run more (playtest 9 #8)', () => {
		const s = newGame(21);
		const idle = () => {
			const r = rates(s, garage);
			return market(r, Math.max(-0.99, soldOutHype(r) - 0.5));
		};
		expect(spareUse(idle(), s, garage).remedy).toBe('start-run');
		apply(s, garage, { type: 'start-run', size: 'huge' });
		apply(s, garage, { type: 'train-share', share: 0.5 });
		expect(spareUse(idle(), s, garage).remedy).toBe('train-more');
		apply(s, garage, { type: 'train-share', share: 1 });
		expect(spareUse(idle(), s, garage).remedy).toBeNull();
	});

	it('says "price lower" only where a cheaper tier exists (playtest 17 read it on Cheap)', () => {
		const s = newGame(21);
		const r = rates(s, garage);
		const idle = market(r, Math.max(-0.99, soldOutHype(r) - 0.5));
		const cheapest = [...garage.priceTiers.values()].reduce((a, b) =>
			b.priceMult < a.priceMult ? b : a
		);
		for (const tier of garage.priceTiers.values()) {
			s.priceTier = tier.id;
			expect(spareUse(idle, s, garage).priceLower).toBe(tier.id !== cheapest.id);
		}
		// On the cheapest tier with the run taking all it can, there is nothing to advise.
		s.priceTier = cheapest.id;
		apply(s, garage, { type: 'start-run', size: 'huge' });
		apply(s, garage, { type: 'train-share', share: 1 });
		expect(spareUse(idle, s, garage)).toMatchObject({ remedy: null, priceLower: false });
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
		const m = market(r, own.mul(1.01).div(r.baseDemand).toNumber() - 1);
		expect(m.spare.gt(0)).toBe(true);
		expect(spareUse(m, s, c).resold.eq(0)).toBe(true);
		// With less demand, part of the lab's own racks idles too: that part resells.
		const low = market(r, own.mul(0.5).div(r.baseDemand).toNumber() - 1);
		const u = spareUse(low, s, c);
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
