import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	Decimal,
	bulkCost,
	capabilityOf,
	maxAffordable,
	playerShare
} from '../../../src/lib/engine';

const tier = fc.record({
	base: fc.double({ min: 1, max: 1e6, noNaN: true }),
	ratio: fc.double({ min: 1.01, max: 1.3, noNaN: true }),
	owned: fc.integer({ min: 0, max: 500 })
});

describe('bulk prices', () => {
	it('the price of n equals the sum of n single prices', () => {
		fc.assert(
			fc.property(tier, fc.integer({ min: 1, max: 150 }), ({ base, ratio, owned }, n) => {
				let sum = new Decimal(0);
				for (let i = 0; i < n; i++) sum = sum.add(bulkCost(base, ratio, owned + i, 1));
				const bulk = bulkCost(base, ratio, owned, n);
				expect(Math.abs(bulk.sub(sum).div(sum).toNumber())).toBeLessThan(1e-9);
			})
		);
	});

	it('max-affordable is affordable and one more is not', () => {
		fc.assert(
			fc.property(
				tier,
				fc.double({ min: 0, max: 1e15, noNaN: true }),
				({ base, ratio, owned }, cashN) => {
					const cash = new Decimal(cashN);
					const n = maxAffordable(base, ratio, owned, cash);
					expect(bulkCost(base, ratio, owned, n).lte(cash)).toBe(true);
					expect(bulkCost(base, ratio, owned, n + 1).gt(cash)).toBe(true);
				}
			)
		);
	});

	it('works with cash far beyond 1e308', () => {
		const cash = Decimal.pow(10, 5000);
		const n = maxAffordable(100, 1.15, 0, cash);
		expect(n).toBeGreaterThan(80_000);
		expect(bulkCost(100, 1.15, 0, n).lte(cash)).toBe(true);
		expect(bulkCost(100, 1.15, 0, n + 1).gt(cash)).toBe(true);
	});
});

describe('capability and share', () => {
	it('capability grows with the log of training FLOP', () => {
		expect(capabilityOf(new Decimal(1e15), 1)).toBe(10);
		expect(capabilityOf(new Decimal(1e16), 1)).toBe(20);
		expect(capabilityOf(new Decimal(1e18), 1)).toBe(40);
		expect(capabilityOf(new Decimal(1e18), 0.8)).toBe(32);
		expect(capabilityOf(Decimal.pow(10, 400), 1)).toBeCloseTo(3860, 5);
	});

	it('market share is a softmax: in (0, 1), higher capability takes more', () => {
		// Gaps of hundreds of points leave a share that rounds to 0: never NaN, never negative.
		expect(playerShare(1, [1e4])).toBe(0);
		fc.assert(
			fc.property(
				fc.double({ min: 1, max: 200, noNaN: true }),
				fc.array(fc.double({ min: 1, max: 200, noNaN: true }), { minLength: 1, maxLength: 4 }),
				(me, rivals) => {
					const s = playerShare(me, rivals);
					expect(s).toBeGreaterThan(0);
					expect(s).toBeLessThanOrEqual(1);
					expect(playerShare(me + 5, rivals)).toBeGreaterThanOrEqual(s);
				}
			)
		);
		expect(playerShare(10, [10, 10, 10])).toBeCloseTo(0.25, 12);
	});
});
