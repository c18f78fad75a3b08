// The throttle warning's fix in words (ui/fleet/throttle-fix-text.ts), the cheapest first.
// Playtest 22 was told "Order a panel, or sign more power below" with watts kept at the star that
// powered the chips once beamed.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import { apply, rates, throttleFix } from '../../../src/lib/engine';
import { throttleFixText } from '../../../src/lib/ui/fleet/throttle-fix-text';
import { fixtureState } from '../engine/helpers';

describe('the throttle fix in words', () => {
	it('with watts kept at the star, says to beam them first, and how much (playtest 22)', () => {
		const c = eraContent('dyson');
		const s = fixtureState('dyson');
		// A run under way: between runs every watt is beamed (dyson.ts beamShare).
		expect(apply(s, c, { type: 'start-run', size: c.era.runSizes.at(-1)!.id }).ok).toBe(true);
		s.dyson.panels = 20;
		s.hardware.statite = 190;
		s.dyson.beam = 0.5;
		const fix = throttleFix(s, c, rates(s, c))!;
		const text = throttleFixText(fix, s.dyson.beam);
		expect(text).toMatch(
			/^On the star's card above, beam \d+% to power every chip \(you keep 50% of the star's watts there\); or sign more power below \(a ring's watts now cost less than a panel's\), or order a panel\.$/
		);
		expect(text).toContain(`beam ${Math.ceil(fix.beamTo! * 100)}%`);
		expect(text).not.toMatch(/^Order a panel/);
	});

	it('says each case in order', () => {
		expect(throttleFixText({ steps: ['beam', 'panel', 'sign'], beamTo: null }, 0.7)).toBe(
			"On the star's card above, beam all of it (you keep 30% of the star's watts there), then order a panel, or sign more power below."
		);
		expect(throttleFixText({ steps: ['panel', 'sign'], beamTo: null }, 1)).toBe(
			'Order a panel, or sign more power below.'
		);
		expect(throttleFixText({ steps: ['panel'], beamTo: null }, 1)).toBe('Order a panel.');
		expect(throttleFixText({ steps: ['sign'], beamTo: null }, 1)).toBe('Sign more power below.');
		// Short of all of it, never read as all of it.
		expect(throttleFixText({ steps: ['beam', 'panel'], beamTo: 0.995 }, 0.5)).toContain(
			'beam 99.5% to power every chip'
		);
	});

	it('says the power being built first: its time, and what is still short (playtest 44)', () => {
		const lands = { in: 240, throttle: 1 };
		expect(throttleFixText({ steps: ['sign'], beamTo: null }, 1, lands)).toBe(
			'The power being built comes online in 4m 00s: it runs every chip.'
		);
		// A free beam now is still worth saying.
		expect(throttleFixText({ steps: ['beam', 'panel'], beamTo: 0.8 }, 0.5, lands)).toBe(
			"The power being built comes online in 4m 00s: it runs every chip. Sooner: on the star's card above, beam 80% to power every chip (you keep 50% of the star's watts there); or order a panel."
		);
		expect(throttleFixText({ steps: ['sign'], beamTo: null }, 1, { in: 240, throttle: 0.6 })).toBe(
			'The power being built comes online in 4m 00s; with it the fleet runs at 60%. Sign more power below.'
		);
	});
});
