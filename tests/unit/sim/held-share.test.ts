// The probe's control for the Train ↔ Serve slider (probe/constant.ts): a player who holds the
// share at one value prices for that share, not for the one the adaptive player would pick (the
// race against constant shares measured a player who priced for a slider it did not hold).
import { describe, expect, it } from 'vitest';
import { apply, bestPriceTier, newGame, tierOutlook } from '../../../src/lib/engine';
import { marketChoice } from '../../../src/lib/sim/market-play';
import { garage } from '../engine/helpers';

describe('a player who holds the train share', () => {
	it('prices for the share it holds', () => {
		const s = newGame(5);
		s.cash = s.cash.add(1e6);
		apply(s, garage, { type: 'buy', hardware: 'gaming-gpu', count: 3 });
		apply(s, garage, { type: 'start-run', size: 'huge' });
		for (const [hype, held] of [
			[10, 0.1],
			[10, 0.9],
			[0, 0.55]
		]) {
			s.hype = hype;
			const tier = bestPriceTier(tierOutlook(s, garage, held), s.priceTier).tier.id;
			expect(marketChoice(s, garage, 0.3, held)).toEqual({ tier, share: held });
		}
		// Customers queue: a slider held at 90 % sells its few tokens dearer than one at 10 %.
		s.hype = 10;
		expect(marketChoice(s, garage, 0.3, 0.9).tier).not.toBe(marketChoice(s, garage, 0.3, 0.1).tier);
	});
});
