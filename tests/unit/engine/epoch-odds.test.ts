// Past the end of the road the run card gives a run's odds of taking the next epoch (playtest 38
// read the endless mode as "start a day-long run, come back, hope"): the odds must be those of the
// engine's own draw, and the soonest size the one whose runs take it soonest on average.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	apply,
	cloneState,
	epochOdds,
	expectedRunTime,
	rates,
	runSizesOffered,
	step
} from '../../../src/lib/engine';
import { fixtureState } from './helpers';

const lab = fixtureState('endless-played');
const c = eraContent(lab.eraId);
const r = rates(lab, c);
const offered = runSizesOffered(lab, c, r);

/** The share of `n` runs of `sizeId`, each with its own draw, whose model reaches `mark`. */
function madeIt(sizeId: string, mark: number, n: number): number {
	let hits = 0;
	for (let i = 0; i < n; i++) {
		const s = cloneState(lab);
		s.gate = null;
		s.rng = (i * 2654435761) >>> 0;
		expect(apply(s, c, { type: 'start-run', size: sizeId })).toEqual({ ok: true });
		// The run trained to its end: the next step finishes it by the engine's own rule.
		s.run!.progress = s.run!.target;
		step(s, c);
		expect(s.run).toBeNull();
		if (s.gate!.capability >= mark) hits++;
	}
	return hits / n;
}

describe('the odds of the next epoch', () => {
	it('are the share of runs of a size whose drawn model reaches the mark', () => {
		const sizes = [offered[1], offered[2], offered[4]];
		let last = -1;
		for (const size of sizes) {
			const odds = epochOdds(lab, c, r, size)!;
			expect(odds.epoch).toBe(1);
			expect(odds.chance).toBeGreaterThan(0.01);
			expect(odds.chance).toBeLessThan(0.99);
			expect(Math.abs(madeIt(size.id, odds.mark, 1500) - odds.chance)).toBeLessThan(0.03);
			// A bigger run's odds are better.
			expect(odds.chance).toBeGreaterThan(last);
			last = odds.chance;
		}
	});

	it('name the size whose runs take it soonest on average, and the wait of each', () => {
		const odds = offered.map((z) => epochOdds(lab, c, r, z)!);
		for (const [i, o] of odds.entries()) {
			if (o.chance > 0)
				expect(o.wait).toBeCloseTo(expectedRunTime(lab, c, r, offered[i]) / o.chance, 6);
			expect(o.soonest!.wait).toBeLessThanOrEqual(o.wait);
		}
		const least = Math.min(...odds.map((o) => o.wait));
		expect(odds[0].soonest!.wait).toBe(least);
		// In this lab the quick runs' many draws take it sooner than the long run's better odds.
		expect(odds[0].soonest!.size.flop).toBeLessThan(offered.at(-1)!.flop);
	});

	it('are not given before the end of the road', () => {
		const s = cloneState(lab);
		s.meta.finished = false;
		expect(epochOdds(s, c, rates(s, c), offered[0])).toBeNull();
	});
});
