// The probe's targets (DECISIONS.md), asserted on its figures: medians of five seeds, every era.
// One probe run serves every block below.
import { describe, expect, it } from 'vitest';
import { ERAS } from '../../../src/lib/content';
import { runProbe } from '../../../src/lib/sim/probe';

const figures = runProbe({ seeds: [1, 2, 3, 4, 5], eras: ERAS.length, constant: false });
const figure = (name: string) => {
	const f = figures.find((x) => x.name === name);
	if (!f) throw new Error(`no figure ${name}`);
	return f.value;
};

describe('automation is a helper, not a player', () => {
	it.each(ERAS.map((e) => e.index))(
		'era %i: the active player reaches the goal at least 1.3× sooner than automation alone',
		(era) => {
			expect(figure(`era${era}.goal.active`)).toBeGreaterThan(0);
			expect(figure(`era${era}.automation-only.later`)).toBeGreaterThanOrEqual(30);
		}
	);
});

describe("the Cloud's decision: rent, buy or resell", () => {
	it('a player who never rents reaches the Cloud goal at least 25 % later than one who does', () => {
		expect(figure('era2.cloud.ignore-later')).toBeGreaterThanOrEqual(25);
	});

	it('renting and buying are each the better choice at some sampled moment', () => {
		expect(figure('era2.cloud.best.rent')).toBeGreaterThan(0);
		expect(figure('era2.cloud.best.buy')).toBeGreaterThan(0);
	});
});
