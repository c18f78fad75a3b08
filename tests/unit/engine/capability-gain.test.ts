// Research's "capability per FLOP ×2" said in points (formulas.ts capabilityGain): playtest 13
// read ×2 as double the capability, and four projects (×56 together) took a run from 70 to 86.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import { apply, capabilityGain, expectedCapability, newGame, rates } from '../../../src/lib/engine';
import { Decimal } from '../../../src/lib/engine/decimal';

const garage = eraContent('garage');

describe('capability per FLOP, in points', () => {
	it('is what researching it adds to every run size the Garage offers', () => {
		const s = newGame(3);
		s.insight = new Decimal(1e6);
		const before = rates(s, garage);
		const def = garage.research.get('data-curation')!;
		const factor = def.effects.find((e) => e.target === 'algoEfficiency')!.value;
		expect(apply(s, garage, { type: 'research', project: def.id }).ok).toBe(true);
		const after = rates(s, garage);
		for (const size of garage.era.runSizes) {
			const gain = expectedCapability(after, size) - expectedCapability(before, size);
			// Each capability is rounded to a tenth.
			expect(Math.abs(gain - capabilityGain(factor)), size.id).toBeLessThanOrEqual(0.1 + 1e-9);
		}
		// Not double: a few points.
		expect(capabilityGain(2)).toBeCloseTo(3.01, 2);
	});
});
