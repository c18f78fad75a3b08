// The goal forecast when the goal is not within a day (engine/goal-forecast.ts `far`). Playtest
// 24 read "Not within a day at this pace" in every era past the Garage, with no sense of how far:
// the forecast names the run that reaches the goal and its time at this compute, or, when no run
// size does, the biggest and what it makes.
import { describe, expect, it } from 'vitest';
import { eraContent, type RunSizeDef } from '../../../src/lib/content';
import {
	capabilityBand,
	expectedRunTime,
	goalForecast,
	rates,
	runSizesOffered,
	suggestedRunSize
} from '../../../src/lib/engine';
import { fixtureState } from './helpers';

function forecast(era: string) {
	const s = fixtureState(era as 'garage');
	const c = eraContent(s.eraId);
	const r = rates(s, c);
	const f = goalForecast(s, c, r, suggestedRunSize(s, c, r))!;
	const expected = (z: RunSizeDef) => capabilityBand(s, c, r, z).expected;
	return { s, c, r, f, expected };
}

describe('the goal when not within a day', () => {
	it('names the smallest run that reaches it, past the sizes offered, and its time at this compute', () => {
		for (const era of ['hyperscale', 'cloud']) {
			const { s, c, r, f, expected } = forecast(era);
			expect(f.eta).toBeNull();
			const far = f.far!;
			expect(far.reaches).toBe(true);
			expect(far.expected).toBe(expected(far.size));
			expect(far.expected).toBeGreaterThanOrEqual(f.need);
			const sizes = c.era.runSizes;
			expect(expected(sizes[sizes.indexOf(far.size) - 1])).toBeLessThan(f.need);
			// Longer than the sizes offered (a week's training): the run card did not list it.
			expect(runSizesOffered(s, c, r)).not.toContain(far.size);
			expect(far.time).toBe(expectedRunTime(s, c, r, far.size));
			expect(far.time).toBeGreaterThan(86_400);
		}
	});

	it('when no run size reaches it, names the biggest and what it makes', () => {
		const { c, f, expected } = forecast('dyson');
		expect(f.eta).toBeNull();
		const far = f.far!;
		expect(far.reaches).toBe(false);
		expect(far.size).toBe(c.era.runSizes.at(-1));
		expect(far.expected).toBe(expected(far.size));
		expect(far.expected).toBeLessThan(f.need);
	});

	it('says nothing of it when the goal comes within a day', () => {
		const s = fixtureState('garage');
		s.run = null;
		const c = eraContent('garage');
		const r = rates(s, c);
		const f = goalForecast(s, c, r, runSizesOffered(s, c, r)[0])!;
		expect(f.eta).not.toBeNull();
		expect(f.far).toBeNull();
	});
});
