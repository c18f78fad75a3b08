// Research per era: each era knows what the eras before it found (in effect from the start),
// restarts only the repeatable frontier, and brings projects of its own.
import { describe, expect, it } from 'vitest';
import { ERAS, eraContent } from '../../../src/lib/content';
import { canResearch, newGame, rates, researchLevel } from '../../../src/lib/engine';

describe('research across eras', () => {
	it('the Garage knows nothing; every later era knows the earlier trees but hardware and scaling', () => {
		expect(newGame(1).research).toEqual([]);
		for (let i = 1; i < ERAS.length; i++) {
			const before = ERAS[i - 1];
			const era = ERAS[i];
			const s = newGame(1, era.id);
			expect(s.research).toEqual(era.knownResearch);
			// Everything the era before had to research is known here, but for the repeatable
			// frontier, hardware (new chips) and scaling (a new scale): those are researched again.
			for (const p of before.research)
				if (p.repeatable || p.track === 'hardware' || p.track === 'scaling')
					expect(era.knownResearch).not.toContain(p.id);
				else expect(era.knownResearch).toContain(p.id);
			// Every known id is a project of this era (its effects resolve).
			const c = eraContent(era.id);
			for (const id of era.knownResearch) expect(c.research.has(id)).toBe(true);
		}
	});

	it('each later era brings projects of its own, researchable once insight allows', () => {
		for (let i = 1; i < ERAS.length; i++) {
			const era = ERAS[i];
			const earlier = new Set(ERAS[i - 1].research.map((p) => p.id));
			const own = era.research.filter((p) => !earlier.has(p.id));
			expect(own.length).toBeGreaterThanOrEqual(2);
			const s = newGame(1, era.id);
			const c = eraContent(era.id);
			for (const p of own) {
				expect(era.knownResearch).not.toContain(p.id);
				// It builds on projects of this era's tree.
				for (const r of p.requires) expect(c.research.has(r)).toBe(true);
				if (p.requires.every((r) => era.knownResearch.includes(r))) {
					// Only insight stands in the way.
					expect(canResearch(s, c, p.id)).toEqual({ ok: false, reason: 'not-enough-insight' });
				}
			}
		}
	});

	it('the repeatable frontier restarts at level 0', () => {
		const s = newGame(1, 'orbit');
		for (const p of ERAS[4].research.filter((x) => x.repeatable))
			expect(researchLevel(s, p.id)).toBe(0);
	});

	it('what is known counts from the first second', () => {
		// The Hyperscale lab serves with the Cloud's and the Garage's tricks already in effect.
		const c = eraContent('hyperscale');
		const s = newGame(1, 'hyperscale');
		const naive = newGame(1, 'hyperscale');
		naive.research = [];
		expect(rates(s, c).flopPerToken.lt(rates(naive, c).flopPerToken)).toBe(true);
	});
});
