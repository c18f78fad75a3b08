// Save format 11 → 12: the Cloud's rental keeps the price its hour was paid at (playtest 5:
// the bill read $402B and the give-back dialog said $384B was lost).
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	advance,
	cloudView,
	Decimal,
	flow,
	newGame,
	rates,
	rentHourly
} from '../../../src/lib/engine';
import { MIGRATIONS, migrate } from '../../../src/lib/save/migrations';
import { decodeState, encodeState } from '../../../src/lib/save/codec';

describe('save format 11 → 12 (the rental keeps the price it was paid at)', () => {
	it("adds paid 0 to the rental and changes nothing else but Dyson's beam (same format)", () => {
		const dyson = { panels: 3, building: [] };
		const before = { schema: 11, cash: '3', rental: { racks: 2, renewsAt: 900 }, dyson };
		const after = MIGRATIONS[11](before);
		expect(after).toEqual({
			...before,
			rental: { racks: 2, renewsAt: 900, paid: '0' },
			dyson: { ...dyson, beam: 1 }
		});
		expect(migrate(before, 12)).toEqual({ ...after, schema: 12 });
	});

	it('a format-11 save with racks rented reads the price now until the next bill', () => {
		const c = eraContent('cloud');
		const s = newGame(4, 'cloud');
		s.cash = rentHourly(s, c).mul(10);
		s.rental = { ...s.rental, racks: 2, renewsAt: 1800, paid: new Decimal(0) };
		const old = JSON.parse(encodeState(s));
		old.schema = 11;
		old.rental = { racks: 2, renewsAt: 1800 };
		const loaded = decodeState(JSON.stringify(migrate(old)));
		expect(loaded.rental.paid.eq(0)).toBe(true);
		const r = rates(loaded, c);
		const v = cloudView(loaded, c, r, flow(loaded, r))!;
		expect(v.bill.div(rentHourly(loaded, c).mul(2)).toNumber()).toBeCloseTo(1, 12);
		// The next bill keeps its price.
		advance(loaded, c, 1800);
		expect(loaded.rental.paid.div(rentHourly(loaded, c).mul(2)).toNumber()).toBeCloseTo(1, 12);
	});
});

describe('save format 15 → 16 (a rental has a lease)', () => {
	it('an old rental renews until given back, as it did, and nothing else changes', () => {
		const rental = { racks: 2, renewsAt: 900, paid: '5' };
		const before = { schema: 15, cash: '3', rental };
		expect(MIGRATIONS[15](before)).toEqual({
			...before,
			rental: { ...rental, lease: 0, endsAt: 0 }
		});
		const c = eraContent('cloud');
		const s = newGame(4, 'cloud');
		s.cash = rentHourly(s, c).mul(100);
		s.rental = { ...s.rental, racks: 2, renewsAt: 1800, paid: rentHourly(s, c).mul(2) };
		const old = JSON.parse(encodeState(s));
		old.schema = 15;
		delete old.rental.lease;
		delete old.rental.endsAt;
		const loaded = decodeState(JSON.stringify(old));
		advance(loaded, c, 10 * 3600);
		expect(loaded.rental.racks).toBe(2);
	});
});

describe('save format 16 → 17 (the rent paid this era)', () => {
	it('an old rental has paid nothing the report can count, and keeps its racks and lease', () => {
		const rental = { racks: 2, renewsAt: 900, paid: '5', lease: 8, endsAt: 7200 };
		const before = { schema: 16, cash: '3', rental };
		expect(MIGRATIONS[16](before)).toEqual({ ...before, rental: { ...rental, billed: '0' } });
	});
});
