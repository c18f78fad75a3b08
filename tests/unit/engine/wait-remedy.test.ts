// What the away report tells a lab whose customers left over waits (engine waitRemedy).
// Playtest 29 read "Cheap price would earn 169% more" and "Add compute, or price higher" in one
// report.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import { priceAdvice, tierOutlook, waitRemedy } from '../../../src/lib/engine';
import { fixtureState } from './helpers';

const FIXTURES = ['garage', 'cloud', 'hyperscale', 'mid-game', 'orbit'];

describe('the away report’s advice on waits', () => {
	it('never says price higher while the price advice says a cheaper tier earns more', () => {
		let cheaperAdvised = 0;
		// Cheaper advised with nothing training: where the old line said "Add compute, or price higher."
		let oldContradiction = 0;
		let higherSaid = 0;
		for (const name of FIXTURES)
			for (const hype of [-0.66, 0, 0.5])
				for (const tier of ['cheap', 'standard', 'premium']) {
					const s = fixtureState(name);
					const c = eraContent(s.eraId);
					if (!c.priceTiers.has(tier)) continue;
					s.priceTier = tier;
					s.hype = hype;
					const outlook = tierOutlook(s, c);
					const current = outlook.find((o) => o.tier.id === tier)!;
					const advice = priceAdvice(s, c, outlook);
					const remedy = waitRemedy(s, c, outlook)!;
					const cheaper = !!advice && advice.tier.priceMult < current.tier.priceMult;
					if (cheaper) {
						cheaperAdvised++;
						expect(remedy.priceHigher, `${name} ${tier} ${hype}`).toBe(false);
						if (remedy.serve === 'add-capacity') oldContradiction++;
					}
					if (remedy.priceHigher) {
						higherSaid++;
						// Only where a dearer tier pays at least as much now.
						const dearer = outlook.filter((o) => o.tier.priceMult > current.tier.priceMult);
						expect(dearer.some((o) => o.income.gte(current.income.mul(1 - 1e-9)))).toBe(true);
					}
					expect(remedy.serve).toBe(current.rates.trainShare > 0 ? 'train-less' : 'add-capacity');
				}
		// Both cases were met: the rule was weighed, not skipped.
		expect(cheaperAdvised).toBeGreaterThan(0);
		expect(higherSaid).toBeGreaterThan(0);
		expect(oldContradiction).toBeGreaterThan(0);
	});
});
