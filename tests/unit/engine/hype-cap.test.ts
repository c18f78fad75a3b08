// Release spikes multiply hype: late eras' opening rush of releases takes it far past a million,
// where a save once failed validation (the restless-thumb test's rich late-era lab).
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import { apply } from '../../../src/lib/engine';
import { HYPE_MAX } from '../../../src/lib/engine/state';
import { makeRecord, readRecord } from '../../../src/lib/save/record';
import { fixtureState } from './helpers';

describe('hype', () => {
	it('a burst of releases past a million saves and loads; however many, it stays finite', () => {
		const s = fixtureState('late-era');
		const c = eraContent(s.eraId);
		const burst = (n: number) => {
			for (let i = 1; i <= n; i++) {
				s.gate = { ...s.model, name: `Burst-${i}`, capability: s.model.capability + 40 };
				expect(apply(s, c, { type: 'release' }).ok).toBe(true);
			}
		};
		burst(12);
		expect(s.hype).toBeGreaterThan(1e6);
		expect(() => readRecord(makeRecord(s, Date.now(), 1))).not.toThrow();
		burst(400);
		expect(s.hype).toBe(HYPE_MAX);
		expect(() => readRecord(makeRecord(s, Date.now(), 1))).not.toThrow();
	});
});
