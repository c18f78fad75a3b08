// An option's share of the sampled moments is pooled over the seeds, not the median of each
// seed's share: "each option is the better one at some sampled moment" holds when any seed has
// such a moment, and a median of per-seed shares hid it (0 % when two seeds of five had one).
import { describe, expect, it } from 'vitest';
import { runProbe, type EraFigures } from '../../../src/lib/sim/probe';
import { optionShares } from '../../../src/lib/sim/probe/pool';

function seedWith(picks: string[], other: number): EraFigures[] {
	const f: EraFigures = { 'goal.active': other };
	optionShares(f, 'silicon', ['fund', 'skip'], picks);
	return [f];
}

describe('option shares pooled over the seeds', () => {
	const perSeed = [
		seedWith(['fund', 'skip'], 1),
		seedWith(['skip', 'skip', 'skip'], 2),
		seedWith(['skip'], 3),
		seedWith(['skip', 'skip'], 4),
		seedWith([], 6),
		seedWith(['fund', 'fund', 'skip', 'skip', 'skip'], 5)
	];
	const figures = runProbe({ seeds: [1, 2, 3, 4, 5, 6], eras: 1, constant: false }, perSeed);
	const value = (name: string) => figures.find((f) => f.name === name)?.value;

	it('counts every seed’s moments: 3 of 13 favour funding', () => {
		// The median of the per-seed shares (50, 0, 0, 0, 40; the empty seed left out) reads 0.
		expect(value('era1.silicon.fund')).toBeCloseTo((100 * 3) / 13, 6);
		expect(value('era1.silicon.skip')).toBeCloseTo((100 * 10) / 13, 6);
	});

	it('other figures stay medians of the seeds, and the counts are not printed', () => {
		expect(value('era1.goal.active')).toBe(4);
		expect(figures.some((f) => f.name.includes('n:'))).toBe(false);
	});
});
