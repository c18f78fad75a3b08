// The power limit is told before the purchase: throttleAfter says what the fleet will run at
// once the units bought (and every order on the way) are plugged in, and it is right.
import { describe, expect, it } from 'vitest';
import { advance, buy, money, newGame, rates, throttleAfter } from '../../../src/lib/engine';
import { garage } from './helpers';

describe('power before the tap', () => {
	it('predicts the throttle each purchase brings, for cards bought and for orders', () => {
		const s = newGame(1);
		s.cash = money(garage, 1e12);
		let throttled = 0;
		for (let i = 0; i < 12; i++) {
			for (const hw of garage.era.hardware.slice(0, 2)) {
				const predicted = throttleAfter(s, garage, rates(s, garage), hw.id, 1);
				expect(buy(s, garage, hw.id, 1).ok).toBe(true);
				expect(rates(s, garage).throttle).toBeCloseTo(predicted, 12);
				if (predicted < 1) throttled++;
			}
		}
		// The case of the issue: a home circuit ends up throttled, and it was said before.
		expect(throttled).toBeGreaterThan(0);
		const server = garage.era.hardware.find((h) => h.leadTime > 0)!;
		const first = throttleAfter(s, garage, rates(s, garage), server.id, 2);
		buy(s, garage, server.id, 2);
		// An order counts as soon as it is placed: the next one is told with it included.
		expect(throttleAfter(s, garage, rates(s, garage), server.id, 1)).toBeLessThan(first);
		advance(s, garage, server.leadTime);
		expect(rates(s, garage).throttle).toBeCloseTo(first, 12);
	});
});
