// A release spikes hype. Above 0 the spikes add: a rush of releases once multiplied them, and
// late eras' opening rush took demand 10⁸× past the fleet (and hype past a million, where a save
// failed validation: the restless-thumb test's rich late-era lab). Below 0, customers latency
// drove off come back in proportion.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import { apply } from '../../../src/lib/engine';
import { afterSpike } from '../../../src/lib/engine/models';
import { makeRecord, readRecord } from '../../../src/lib/save/record';
import { fixtureState } from './helpers';

describe('hype', () => {
	it('a burst of releases adds its spikes, saves and loads, and stays finite', () => {
		const s = fixtureState('late-era');
		const c = eraContent(s.eraId);
		s.hype = 0;
		const spikes: number[] = [];
		const burst = (n: number) => {
			for (let i = 1; i <= n; i++) {
				const before = s.hype;
				s.gate = { ...s.model, name: `Burst-${i}`, capability: s.model.capability + 40 };
				expect(apply(s, c, { type: 'release' }).ok).toBe(true);
				spikes.push(s.hype - before);
			}
		};
		burst(12);
		// Each release of the same gain adds the same spike; twelve add up, not multiply.
		for (const spike of spikes) expect(spike).toBeCloseTo(spikes[0], 9);
		expect(spikes[0]).toBeGreaterThan(1);
		expect(s.hype).toBeCloseTo(12 * spikes[0], 6);
		expect(() => readRecord(makeRecord(s, Date.now(), 1))).not.toThrow();
		burst(400);
		expect(Number.isFinite(s.hype)).toBe(true);
		expect(s.hype).toBeLessThan(1e6);
		expect(() => readRecord(makeRecord(s, Date.now(), 1))).not.toThrow();
	});

	it("a release is news only past the era's best model: worse ones add nothing, a small step a little (playtest 16)", () => {
		// Playtest 16 released thirteen sprint models in a row, each worse than its best, and
		// took hype from ×3.75 to ×10.4.
		const s = fixtureState('garage');
		const c = eraContent(s.eraId);
		s.hype = 0.5;
		const best = s.stats.peakCapability;
		expect(best).toBeGreaterThanOrEqual(s.model.capability);
		const release = (capability: number) => {
			const before = s.hype;
			s.gate = { ...s.model, name: `Sprint-${capability}`, capability };
			expect(apply(s, c, { type: 'release' }).ok).toBe(true);
			return s.hype - before;
		};
		for (let i = 0; i < 13; i++) expect(release(best - 3)).toBe(0);
		expect(s.hype).toBe(0.5);
		// Half a point past the best: news; five points past the new best: more news.
		const small = release(best + 0.5);
		expect(small).toBeGreaterThan(1);
		expect(release(best + 5.5)).toBeGreaterThan(small);
		// The same model again: nothing new.
		expect(release(best + 5.5)).toBe(0);
	});

	it('customers driven off come back in proportion; the two rules meet at 0', () => {
		// Half the customers gone (hype −0.5): a spike of 1 doubles the half left, back to 0.
		expect(afterSpike(-0.5, 1)).toBeCloseTo(0, 12);
		expect(afterSpike(-0.9, 2)).toBeCloseTo(-0.7, 12);
		expect(afterSpike(0, 1.5)).toBe(1.5);
		expect(afterSpike(1e-12, 1.5)).toBeCloseTo(afterSpike(0, 1.5), 9);
		expect(afterSpike(3, 1.5)).toBe(4.5);
	});
});
