// The memory note under a hardware card past the power (ui/fleet/memory-buy-text.ts). Playtest 20
// read a campus cluster's "Atlas-0 serves at 97%" under "the fleet runs at 26%" as a
// contradiction: the one is the share of the model the throttled chips hold, the other the share
// of their power they get. The note names the throttle its memory is counted at, the warning's.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	memoryBuy,
	rates,
	throttleAfter,
	unitAsRun,
	type GameState
} from '../../../src/lib/engine';
import { formatPercent } from '../../../src/lib/format/number';
import { memoryBuyText } from '../../../src/lib/ui/fleet/memory-buy-text';
import { fixtureState } from '../engine/helpers';

const c = eraContent('hyperscale');

/** The Hyperscale fixture serving a model `scale` times its own: one campus cluster runs the
 * fleet past its power. */
function lab(scale: number): GameState {
	const s = fixtureState('hyperscale');
	s.model.params = s.model.params.mul(scale);
	return s;
}

const words = (s: GameState, count = 1) => ({ model: s.model.name, count, cash: s.cash });

describe('the memory note past the power', () => {
	it("names the throttle its memory is counted at, the power warning's, not a serving speed", () => {
		const s = lab(1.1);
		const r = rates(s, c);
		const m = memoryBuy(s, c, r, 'campus-cluster', 1)!;
		const throttle = throttleAfter(s, c, r, 'campus-cluster', 1);
		expect(throttle).toBeLessThan(0.5);
		expect(m.closes).toBe(false);
		expect(m.fitAfter).toBeGreaterThan(0.9);
		// The warning's throttle is the note's.
		expect(m.throttle).toBeCloseTo(throttle, 12);
		// The memory it counts is the fleet's at that throttle: every unit's, times it.
		const unit = (id: string) => unitAsRun(c, r.mult, id).memory;
		const full = unit('custom-asic').mul(s.hardware['custom-asic']).add(unit('campus-cluster'));
		expect(m.after.div(full).toNumber()).toBeCloseTo(throttle, 9);
		const text = memoryBuyText(m, words(s));
		expect(text).toBe(
			`Memory: at ${formatPercent(throttle)} power, the fleet's memory with this holds ${formatPercent(m.fitAfter)} of Atlas-0 (${formatPercent(m.fitBefore)} now): not enough to fit. No number of them makes it fit on your power: past it every chip holds less of the model. Add power first.`
		);
		expect(text).not.toContain('serves at');
	});

	it('with power being built, speaks of today’s power and says to wait for it (playtest 31)', () => {
		// Playtest 31 read "Add power first" on a card whose power line said "The power being built
		// lands in 59s: it runs in full".
		const s = lab(1.1);
		const off = c.era.power.find((p) => !(p.id in s.power) || s.power[p.id] > s.tick)!;
		s.power[off.id] = s.tick + 600; // signed, on in ten minutes
		const m = memoryBuy(s, c, rates(s, c), 'campus-cluster', 1)!;
		expect(m.shortBy).toBe('power');
		expect(m.powerBuilding).toBe(true);
		const text = memoryBuyText(m, words(s));
		expect(text).toContain('No number of them makes it fit on today’s power');
		expect(text).toContain('Wait for the power being built, or add more.');
		expect(text).not.toContain('Add power first');
		// With none being built, as before.
		const t = lab(1.1);
		expect(memoryBuy(t, c, rates(t, c), 'campus-cluster', 1)!.powerBuilding).toBe(false);
	});

	it('says a model that fits does so even at that power', () => {
		const s = lab(1);
		const r = rates(s, c);
		const m = memoryBuy(s, c, r, 'campus-cluster', 1)!;
		expect(m.closes).toBe(true);
		expect(memoryBuyText(m, words(s))).toBe(
			`Memory: with this, Atlas-0 fits, even at ${formatPercent(m.throttle)} power (${formatPercent(m.fitBefore)} now).`
		);
	});

	it('within the power, the note is as it was: the speed the model serves at', () => {
		const s = lab(1);
		const r = rates(s, c);
		const m = memoryBuy(s, c, r, 'custom-asic', 2)!;
		expect(throttleAfter(s, c, r, 'custom-asic', 2)).toBe(1);
		expect(m.throttle).toBe(1);
		expect(memoryBuyText(m, words(s, 2))).toMatch(
			/^Memory: with these, Atlas-0 serves at \d+% \(\d+% now\): not enough to fit\. /
		);
	});
});
