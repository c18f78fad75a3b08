// The memory card's figures: a model past the fleet's memory says by how much (playtest 30
// heard "needs 100% of the fleet's memory" of a model needing 4.24 PB of 190 TB).
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import { memoryView, rates } from '../../../src/lib/engine';
import { fixtureState } from './helpers';

const view = (name: string) => {
	const s = fixtureState(name);
	const c = eraContent(s.eraId);
	return memoryView(s, c, rates(s, c));
};

describe('memoryView needsTimes', () => {
	it('says how many times the fleet holds the model needs, uncapped', () => {
		const v = view('edge');
		expect(v.use).toBe(1);
		expect(v.fit).toBeLessThan(1);
		expect(v.needsTimes).toBeCloseTo(v.footprint.div(v.memory).toNumber(), 6);
		expect(v.needsTimes!).toBeGreaterThan(1);
	});

	it('is null when the model fits', () => {
		const fits = ['garage', 'mid-game', 'dyson', 'moon', 'endless']
			.map(view)
			.filter((v) => v.fit >= 1);
		expect(fits.length).toBeGreaterThan(0);
		for (const v of fits) expect(v.needsTimes).toBeNull();
	});
});
