// A better model never finds a smaller market, in money: in every era the tokens its customers
// want (marketFactor) times what each sells for (tokenPriceFactor) does not fall as capability
// rises, from the era's starter model to past its goal. The playtest of 2026-12-03 released a
// better model in Orbit and in Dyson and saw income fall 99 % and below zero: the late eras'
// markets were cut over the first ten points past the starter (marketShift −4.4 to −5.1
// decades), so each of the first releases shrank demand faster than its price rose. The cut
// is now spread over the era's growth to its goal (era-specs.ts marketGrowth).
import { describe, expect, it } from 'vitest';
import { ERAS, eraContent } from '../../../src/lib/content';
import { marketFactor, tokenPriceFactor } from '../../../src/lib/engine';

describe.each(ERAS.map((e) => [e.index, e.id] as const))(
	'era %i (%s): the market a better model finds',
	(_, id) => {
		it('is worth no less in money than the one before it found', () => {
			const era = eraContent(id).era;
			const from = era.starterModel.capability;
			let last = -Infinity;
			for (let cap = from; cap <= era.goalCapability + 20; cap += 0.5) {
				const value = marketFactor(cap, era).mul(tokenPriceFactor(cap)).log10();
				expect(value, `capability ${cap}`).toBeGreaterThanOrEqual(last - 1e-9);
				last = value;
			}
		});
	}
);
