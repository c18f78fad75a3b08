// Research ×max (research-max.ts): every level of a repeatable project the insight pays for, in
// one move, each at the price that many single levels would cost (playtest 34 tapped
// Algorithmic advances about ten times at each check-in).
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	apply,
	cloneState,
	researchCost,
	researchLevel,
	researchMaxQuote
} from '../../../src/lib/engine';
import { Decimal } from '../../../src/lib/engine/decimal';
import { fixtureState } from './helpers';
import { openRepeatable as repeatable } from './research-labs';

describe('research ×max', () => {
	it('takes as many levels as single taps would, at the same insight, told once', () => {
		const s = fixtureState('edge');
		const { c, id } = repeatable(s);
		// Insight for some levels and a bit: the quote counts them, and the next is out of reach.
		let cost = new Decimal(0);
		const copy = cloneState(s);
		for (let i = 0; i < 7; i++) {
			cost = cost.add(researchCost(copy, c, id));
			copy.research.push(id);
		}
		s.insight = cost.add(researchCost(copy, c, id).div(2));
		const quote = researchMaxQuote(s, c, id);
		expect(quote.count).toBe(7);
		expect(quote.cost.div(cost).toNumber()).toBeCloseTo(1, 9);

		const taps = cloneState(s);
		while (apply(taps, c, { type: 'research', project: id }).ok);
		const news = s.news.length;
		const before = researchLevel(s, id);
		expect(apply(s, c, { type: 'research-max', project: id }).ok).toBe(true);
		expect(researchLevel(s, id)).toBe(before + 7);
		expect(researchLevel(taps, id)).toBe(before + 7);
		expect(s.insight.sub(taps.insight).abs().lte(s.insight.abs().mul(1e-9))).toBe(true);
		expect(s.news.length).toBe(news + 1);
		expect(s.news.at(-1)!.text).toContain(`${c.research.get(id)!.name} ×7`);
		// Nothing left it pays for.
		expect(researchMaxQuote(s, c, id).count).toBe(0);
		expect(apply(s, c, { type: 'research-max', project: id }).ok).toBe(false);
	});

	it('counts nothing for a project that is not repeatable', () => {
		const s = fixtureState('garage');
		const c = eraContent(s.eraId);
		const once = [...c.research.values()].find((p) => !p.repeatable)!;
		s.insight = new Decimal(1e30);
		expect(researchMaxQuote(s, c, once.id).count).toBe(0);
	});
});
