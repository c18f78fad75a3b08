// Playtest 8 (#3): Dyson's Power card read "3.36 PW of 12 PW" in red, throttled to 60 %: the
// 12 PW counted panel watts kept at the star, which the chips cannot draw. The bar's share is
// of what they can draw; the kept watts are a figure of their own.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import { apply, keptFromChips, newGame, powerUse, rates } from '../../../src/lib/engine';

const c = eraContent('dyson');

describe('the power the chips can draw', () => {
	it('leaves out the watts Dyson keeps at the star', () => {
		const s = newGame(4, 'dyson');
		s.dyson.panels = 2;
		s.hardware.statite = 10;
		apply(s, c, { type: 'start-run', size: c.era.runSizes[4].id });
		apply(s, c, { type: 'beam', share: 0.25 });
		const r = rates(s, c);
		// Throttled while the capacity with every panel beaming would run it all.
		expect(r.throttle).toBeLessThan(1);
		expect(r.powerDraw.lt(r.powerCapacity)).toBe(true);
		// The bar is full, as the throttle says: what the chips can draw is all drawn.
		expect(powerUse(r)).toBe(1);
		expect(keptFromChips(r).toNumber()).toBeCloseTo(r.powerCapacity.sub(r.powered).toNumber(), 6);
		expect(keptFromChips(r).toNumber()).toBeGreaterThan(0);
	});

	it('is the whole capacity outside Dyson, and with everything beamed', () => {
		const s = newGame(4, 'dyson');
		s.dyson.panels = 2;
		const r = rates(s, c);
		expect(keptFromChips(r).toNumber()).toBe(0);
		expect(powerUse(r)).toBeCloseTo(Math.min(1, r.powerDraw.div(r.powerCapacity).toNumber()), 9);
		const g = newGame(4, 'garage');
		expect(keptFromChips(rates(g, eraContent('garage'))).toNumber()).toBe(0);
	});
});
