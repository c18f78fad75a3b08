// The Moon and Mars's sites card, before a buy (playtest 28): its throttle is the power
// warning's, orders on the way counted.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import { apply, rates, siteGains, throttleAfter, unitsOnOrder } from '../../../src/lib/engine';
import { fixtureState } from './helpers';

const c = eraContent('moon-mars');

describe('the sites card and the power warning speak of one fleet', () => {
	it("counts the orders on the way in the Moon's throttle, as the power warning does", () => {
		const s = fixtureState('moon');
		s.cash = s.cash.mul(1e6);
		// A card with a lead time: the buy waits on the way, unpowered yet.
		const slow = [...c.hardware.values()].find((h) => h.leadTime > 0)!;
		expect(apply(s, c, { type: 'buy', hardware: slow.id, count: 1 }).ok).toBe(true);
		expect(unitsOnOrder(s)).toBe(1);
		const r = rates(s, c);
		expect(r.throttle).toBe(1);
		for (const hw of c.hardware.values()) {
			for (const count of [1, 10]) {
				const warning = throttleAfter(s, c, r, hw.id, count);
				const g = siteGains(s, c, r, hw.id, count)!;
				expect(g.moon.throttle).toBe(warning);
				// Mars brings its own power: the fleet's throttle there is the orders' alone.
				expect(g.mars.throttle).toBe(throttleAfter(s, c, r, hw.id, 0));
			}
		}
		// The orders alone run the fleet past its power: the card says so on every card.
		expect(throttleAfter(s, c, r, slow.id, 0)).toBeLessThan(1);
		expect(siteGains(s, c, r, 'lunar-fab')!.moon.throttle).toBeLessThan(1);
	});

	it('leaves the figures as they were with nothing on the way', () => {
		const s = fixtureState('moon');
		const r = rates(s, c);
		expect(unitsOnOrder(s)).toBe(0);
		for (const hw of c.hardware.values())
			expect(siteGains(s, c, r, hw.id, 10)!.moon.throttle).toBe(throttleAfter(s, c, r, hw.id, 10));
	});
});
