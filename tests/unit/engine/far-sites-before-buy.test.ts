// The Moon and Mars's sites card, before a buy (playtest 28): its throttle is the power
// warning's, orders on the way counted; and a Mars unit the light delay holds back says so.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	apply,
	farCapBuy,
	farQuote,
	farRunPart,
	rates,
	siteGains,
	throttleAfter,
	unitsOnOrder
} from '../../../src/lib/engine';
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

describe("Mars's light delay, said before the buy", () => {
	// A run under way on the Moon fixture, building on Mars, one fab there: short of the cap.
	function building() {
		const s = fixtureState('moon');
		s.cash = s.cash.mul(1e9);
		apply(s, c, { type: 'build-far', on: true });
		apply(s, c, { type: 'buy', hardware: 'lunar-fab', count: 1 });
		return s;
	}

	it('names the cheaper unit that adds the run as much as a dear one past the cap', () => {
		const s = building();
		const r = rates(s, c);
		expect(farRunPart(s, c, r).capped).toBe(false);
		const cards = [...c.hardware.values()];
		const capped = cards.map((h) => ({ h, cap: farCapBuy(s, c, r, h.id, 1) })).filter((x) => x.cap);
		expect(capped.length).toBeGreaterThan(0);
		for (const { h, cap } of capped) {
			expect(cap!.room.gt(0)).toBe(true);
			expect(cap!.brings.gt(cap!.room)).toBe(true);
			expect(cap!.cost.eq(farQuote(s, c, h.id, 1)!.cost)).toBe(true);
			if (!cap!.same) continue;
			// The unit named is cheaper and adds the run the same, by the sites card's own figures.
			expect(cap!.same.cost.lt(cap!.cost)).toBe(true);
			const dear = siteGains(s, c, r, h.id)!.mars;
			const cheap = siteGains(s, c, r, cap!.same.hardwareId)!.mars;
			expect(dear.runFaster).toBeCloseTo(cheap.runFaster, 6);
			expect(dear.runSpeed).toBeCloseTo(cheap.runSpeed, 9);
		}
		// At least one dear card has a cheaper twin (playtest 28's 200×).
		expect(capped.some((x) => x.cap!.same)).toBe(true);
		// A unit the run takes whole is not held back: no note; it adds the run no more than one
		// that fills the room.
		const full = siteGains(s, c, r, capped[0].h.id)!.mars.runSpeed;
		for (const h of cards.filter((h) => !capped.some((x) => x.h === h)))
			expect(siteGains(s, c, r, h.id)!.mars.runSpeed).toBeLessThanOrEqual(full + 1e-9);
	});

	it('says nothing with no run, or outside Moon and Mars', () => {
		const s = building();
		s.run = null;
		expect(farCapBuy(s, c, rates(s, c), 'foundry-moon', 1)).toBeNull();
		const g = fixtureState('garage');
		const gc = eraContent(g.eraId);
		expect(farCapBuy(g, gc, rates(g, gc), [...gc.hardware.keys()][0], 1)).toBeNull();
	});
});
