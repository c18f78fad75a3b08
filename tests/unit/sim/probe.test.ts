// The decision probe: its yardstick counts what was trained and earned, its replay of the
// active player agrees with the player itself, and its comparisons rank what is plainly better.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import { advance, apply, cloneState, newGame } from '../../../src/lib/engine';
import { runProbe } from '../../../src/lib/sim/probe';
import { priceTiers, trainShares } from '../../../src/lib/sim/probe/choices';
import { secondsToGoal } from '../../../src/lib/sim/probe/constant';
import { watchGame } from '../../../src/lib/sim/probe/watch';
import { trainedSince, worth, yardstick } from '../../../src/lib/sim/probe/worth';

describe('the yardstick', () => {
	it('counts the rest of a run that finished and the progress of the next one', () => {
		const c = eraContent('garage');
		const s = newGame(3);
		apply(s, c, { type: 'train-share', share: 1 });
		apply(s, c, { type: 'start-run', size: 'sprint' });
		advance(s, c, 5);
		const from = cloneState(s);
		const before = from.run!;
		advance(s, c, 3600); // the sprint finishes well within the hour
		expect(s.stats.runsFinished).toBe(from.stats.runsFinished + 1);
		apply(s, c, { type: 'start-run', size: 'short' });
		advance(s, c, 10);
		const trained = trainedSince(from, s);
		expect(trained.toNumber()).toBeCloseTo(
			before.target.sub(before.progress).add(s.run!.progress).toNumber(),
			6
		);
	});

	it('values cash as the FLOP the hardware it buys would train', () => {
		const c = eraContent('garage');
		const s = newGame(3);
		const y = yardstick(s, c, 3600);
		const richer = cloneState(s);
		richer.cash = richer.cash.add(100);
		expect(worth(y, richer).gt(worth(y, s))).toBe(true);
		expect(worth(y, richer).sub(worth(y, s)).div(y.flopPerCash).toNumber()).toBeCloseTo(100, 6);
	});
});

describe('the probe on the Garage (one seed)', () => {
	const [garage] = watchGame(2, 1);

	it('watches the whole era and keeps moments spread across it', () => {
		expect(garage.eraId).toBe('garage');
		expect(garage.moments.length).toBe(10);
		const ticks = garage.moments.map((s) => s.tick);
		expect(ticks).toEqual([...ticks].sort((a, b) => a - b));
		expect(ticks[0]).toBeLessThan(garage.seconds / 5);
		expect(ticks[9]).toBeGreaterThan((garage.seconds * 4) / 5);
		expect(garage.afterRelease).toBeGreaterThan(0);
	});

	it('replays the active player to the same goal time (within one decision stretch)', () => {
		const adaptive = secondsToGoal(garage.start, null, 3 * garage.seconds);
		expect(Math.abs(garage.start.tick + adaptive - garage.seconds)).toBeLessThanOrEqual(60);
	});

	it('ranks options on one scale: the best is 1, every other a finite share of it', () => {
		for (const s of garage.moments) {
			for (const outcome of [trainShares(s, 600), priceTiers(s, 600)]) {
				if (!outcome) continue;
				expect(Math.max(...outcome.map((o) => o.worth))).toBeCloseTo(1, 12);
				for (const o of outcome) expect(o.worth).toBeGreaterThanOrEqual(0);
			}
		}
	});

	it('a price tier that sells the same tokens for more is worth more', () => {
		// Demand far above capacity for the whole horizon: every tier serves all it can, so the
		// dearest earns the most.
		const s = cloneState(garage.moments[5]);
		s.hype = 1e4;
		const outcome = priceTiers(s, 600);
		const worthOf = (id: string) => outcome.find((o) => o.option === id)!.worth;
		expect(worthOf('premium')).toBeGreaterThan(worthOf('standard'));
		expect(worthOf('standard')).toBeGreaterThan(worthOf('cheap'));
	});

	it('prints every figure with a unit, and none is NaN where the era gave samples', () => {
		const figures = runProbe({ seeds: [2], eras: 1, constant: false });
		const names = figures.map((f) => f.name);
		for (const name of [
			'era1.goal.active',
			'era1.train-share.span',
			'era1.capacity.within-2x',
			'era1.price.best.premium',
			'era1.release.now-best',
			'era1.memory.bound',
			'era1.power.bill-share',
			'era1.lead-changes'
		]) {
			expect(names).toContain(name);
			expect(Number.isFinite(figures.find((f) => f.name === name)!.value)).toBe(true);
		}
		for (const f of figures) expect(f.unit).toMatch(/^(min|points|changes|%)$/);
	});
});

describe('the race against a constant train share', () => {
	// Per seed, how much later each constant share is (%): 0.1 wins big on the first two seeds'
	// luck, 0.5 is 20 % later on every seed.
	const seeds = [-50, -50, 30].map((low) => {
		const f: Record<string, number> = {};
		for (const x of [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9])
			f[`constant-share.at-${x}`] = x === 0.1 ? low : x === 0.5 ? 20 : 100;
		return [f];
	});
	const later = (perSeed: Record<string, number>[][]) =>
		runProbe({ seeds: perSeed.map((_, i) => i + 1), eras: 1, constant: true }, perSeed).find(
			(f) => f.name === 'era1.constant-share.later'
		)!.value;

	it('scores each seed at the share picked on the other seeds, not in hindsight on its own', () => {
		// Seeds 1 and 2 are scored at 0.5 (picked on the others' medians: 30 against 20), seed 3
		// at 0.1 (-50 on the others): 20, 20, 30. The hindsight pick would read -50.
		expect(later(seeds)).toBe(20);
	});

	it('one seed alone is scored at its own best share', () => {
		expect(later([seeds[0]])).toBe(-50);
	});

	it('races only the eras it is given (the probe-targets test races the asserted ones)', () => {
		const twoEras = seeds.map(([f]) => [f, f]);
		const names = runProbe({ seeds: [1, 2, 3], eras: 2, constant: [2] }, twoEras).map(
			(f) => f.name
		);
		expect(names).toContain('era2.constant-share.later');
		expect(names).not.toContain('era1.constant-share.later');
	});
});
