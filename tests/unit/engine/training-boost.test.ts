// The run line reads 'X FLOP/s to the run (×1.5 from research)': the header's compute times the
// train share is not what the run gets once research speeds training (playtest #19).
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import { Decimal, newGame, rates, startRun, trainingBoost } from '../../../src/lib/engine';

describe('trainingBoost', () => {
	const c = eraContent('garage');

	it('is null until research speeds training', () => {
		expect(trainingBoost(rates(newGame(1), c))).toBeNull();
	});

	it('is the factor between the run’s FLOP/s and the share of compute', () => {
		const s = newGame(1);
		s.cash = new Decimal(1e12);
		s.hardware['gaming-gpu'] = 20;
		s.research = ['mixed-precision'];
		expect(startRun(s, c, c.era.runSizes[0].id).ok).toBe(true);
		const r = rates(s, c);
		expect(trainingBoost(r)).toBe(1.5);
		const share = r.compute.mul(r.trainShare);
		expect(r.trainRate.div(share).toNumber()).toBeCloseTo(1.5, 9);
	});
});
