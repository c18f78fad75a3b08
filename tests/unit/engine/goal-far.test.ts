// The goal forecast when the goal is not within a day (engine/goal-forecast.ts `far`). Playtest
// 24 read "Not within a day at this pace" in every era past the Garage, with no sense of how far:
// the forecast names the run that reaches the goal and its time at this compute, or, when no run
// size within a month does, the biggest within one and what it makes (playtest 34 read "would take
// 228B years at this compute": the run that reaches the goal, whatever its time).
import { describe, expect, it } from 'vitest';
import { eraContent, type RunSizeDef } from '../../../src/lib/content';
import {
	capabilityBand,
	expectedRunTime,
	FAR_HORIZON,
	goalForecast,
	rates,
	runSizesOffered,
	suggestedRunSize
} from '../../../src/lib/engine';
import { fixtureState, oneCardGarage } from './helpers';

function forecast(era: string) {
	const s = fixtureState(era as 'garage');
	const c = eraContent(s.eraId);
	const r = rates(s, c);
	const f = goalForecast(s, c, r, suggestedRunSize(s, c, r))!;
	const expected = (z: RunSizeDef) => capabilityBand(s, c, r, z).expected;
	return { s, c, r, f, expected };
}

describe('the goal when not within a day', () => {
	it('names the smallest run that reaches it within a month, past the sizes offered, and its time at this compute', () => {
		// A Garage of one card and no research: its goal not within a day, but a run of some days
		// reaches it.
		const s = oneCardGarage();
		const c = eraContent('garage');
		const r = rates(s, c);
		const f = goalForecast(s, c, r, runSizesOffered(s, c, r)[0])!;
		const expected = (z: RunSizeDef) => capabilityBand(s, c, r, z).expected;
		expect(f.eta).toBeNull();
		const far = f.far!;
		expect(far.reaches).toBe(true);
		expect(far.expected).toBe(expected(far.size));
		expect(far.expected).toBeGreaterThanOrEqual(f.need);
		const sizes = c.era.runSizes;
		expect(expected(sizes[sizes.indexOf(far.size) - 1])).toBeLessThan(f.need);
		expect(far.time).toBe(expectedRunTime(s, c, r, far.size));
		expect(far.time).toBeGreaterThan(86_400);
		expect(far.time).toBeLessThanOrEqual(FAR_HORIZON);
	});

	it('when no run within a month reaches it, names the biggest that trains within one and what it makes (playtest 34: "228B years")', () => {
		for (const era of ['cloud', 'hyperscale', 'edge', 'orbit', 'moon', 'dyson']) {
			const { s, c, r, f, expected } = forecast(era);
			expect(f.eta).toBeNull();
			const far = f.far!;
			expect(far.reaches, era).toBe(false);
			expect(far.expected).toBe(expected(far.size));
			expect(far.expected).toBeLessThan(f.need);
			expect(far.time).toBeLessThanOrEqual(FAR_HORIZON);
			// The next size up would take longer than a month: the biggest within one.
			const sizes = c.era.runSizes;
			const up = sizes[sizes.indexOf(far.size) + 1];
			expect(expectedRunTime(s, c, r, up), era).toBeGreaterThan(FAR_HORIZON);
		}
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
