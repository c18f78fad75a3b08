// Insight piling up unspent marks the Research tab (research-pile.ts): playtest 42 came back to
// Dyson's insight piled high before its goal, with the Research director sold only past it.
import { describe, expect, it } from 'vitest';
import { eraContent, PERKS } from '../../../src/lib/content';
import {
	INSIGHT_PILE,
	insightPiles,
	researchCheapest,
	researchCost,
	type GameState
} from '../../../src/lib/engine';
import { researchClosed } from '../../../src/lib/engine/research-open';
import { fixtureState } from './helpers';

const DIRECTOR = PERKS.find((p) => p.unlocks === 'research')!.id;
const dyson = eraContent('dyson');

/** The least price of the next level of any open project. */
function cheapestPrice(s: GameState) {
	return dyson.era.research
		.filter((p) => researchClosed(s, dyson, p.id) === null)
		.map((p) => researchCost(s, dyson, p.id))
		.reduce((a, b) => (b.lt(a) ? b : a));
}

describe('insight piling up', () => {
	it('is INSIGHT_PILE times the cheapest open level, and no less', () => {
		const s = fixtureState('dyson');
		const price = cheapestPrice(s);
		s.insight = price.mul(INSIGHT_PILE * 0.9);
		expect(insightPiles(s, dyson)).toBe(false);
		s.insight = price.mul(INSIGHT_PILE * 1.1);
		expect(insightPiles(s, dyson)).toBe(true);
		// Spent (as the Research director would), it no longer piles.
		researchCheapest(s, dyson);
		expect(insightPiles(s, dyson)).toBe(false);
		s.insight = s.insight.mul(0);
		expect(insightPiles(s, dyson)).toBe(false);
	});

	it('is not said where the Research director spends it (past the last goal, rule on)', () => {
		const s = fixtureState('endless-played');
		s.insight = cheapestPrice(s).mul(INSIGHT_PILE * 100);
		expect(insightPiles(s, dyson)).toBe(true);
		s.meta.perks[DIRECTOR] = 1;
		expect(insightPiles(s, dyson)).toBe(false);
		s.meta.automation.research.on = false;
		expect(insightPiles(s, dyson)).toBe(true);
	});
});
