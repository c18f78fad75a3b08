// The law of fast-forward: advance(s, n) ends where n single steps end, whatever the chunking.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advance, apply, cloneState, newGame, step, type GameState } from '../../../src/lib/engine';
import { eraContent } from '../../../src/lib/content';
import {
	applyMove,
	badNumbers,
	garage,
	moveArb,
	overBoughtRun,
	stateArb,
	stateDiff
} from './helpers';

const DAY = 86_400;

const era = (s: GameState) => eraContent(s.eraId);

function stepN(s: GameState, n: number): GameState {
	const out = cloneState(s);
	for (let i = 0; i < n; i++) step(out, era(s));
	return out;
}

describe('advance, in every era', () => {
	it('equals n single steps (random states, n up to 3 hours)', () => {
		fc.assert(
			fc.property(stateArb, fc.integer({ min: 0, max: 3 * 3600 }), (s, n) => {
				const fast = advance(cloneState(s), era(s), n);
				const slow = stepN(s, n);
				// Cash is compared against the cash the lab started with as well as what is left.
				const flowed = { cash: Math.abs(s.cash.toNumber()) };
				expect(stateDiff(fast, slow, 1e-9, flowed)).toEqual([]);
			}),
			{ numRuns: 60 }
		);
	});

	it('is the same for any split of n, up to 30 days', () => {
		fc.assert(
			fc.property(
				stateArb,
				fc.integer({ min: 1, max: 30 * DAY }),
				fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 }),
				(s, n, cuts) => {
					const whole = advance(cloneState(s), era(s), n);
					const points = [...new Set(cuts.map((c) => Math.floor(c * n)))].sort((a, b) => a - b);
					const chunked = cloneState(s);
					let done = 0;
					for (const p of [...points, n]) {
						advance(chunked, era(s), p - done);
						done = p;
					}
					expect(chunked.tick).toBe(s.tick + n);
					expect(stateDiff(whole, chunked)).toEqual([]);
				}
			),
			{ numRuns: 40 }
		);
		// Random states of every era advanced up to 30 days twice: some take seconds each (a
		// known slow case: a one-step run retrained while a too-big model waits at the gate).
	}, 600_000);

	it('matches live play in frame-sized chunks', () => {
		const s = newGame(7);
		const live = cloneState(s);
		for (let i = 0; i < 2000; i++) advance(live, garage, 1 + (i % 3));
		const fast = advance(cloneState(s), garage, live.tick);
		expect(stateDiff(fast, live)).toEqual([]);
	});

	it('is deterministic: the same seed and inputs give the same state', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 2 ** 32 - 1 }),
				fc.integer({ min: 0, max: 7 * DAY }),
				(seed, n) => {
					const a = advance(newGame(seed), garage, n);
					const b = advance(newGame(seed), garage, n);
					expect(stateDiff(a, b, 0)).toEqual([]);
				}
			),
			{ numRuns: 20 }
		);
	});

	it('never produces NaN, Infinity or a negative stock', () => {
		fc.assert(
			fc.property(stateArb, fc.integer({ min: 0, max: 30 * DAY }), (s, n) => {
				expect(badNumbers(s)).toEqual([]);
				expect(badNumbers(advance(s, era(s), n))).toEqual([]);
			}),
			{ numRuns: 60 }
		);
	}, 600_000);

	it('treats zero and negative n as no time at all', () => {
		const s = newGame(1);
		expect(stateDiff(advance(cloneState(s), garage, 0), s)).toEqual([]);
		expect(stateDiff(advance(cloneState(s), garage, -5), s)).toEqual([]);
	});
});

// Moon and Mars: far units train the run and take batch jobs between runs (moon-mars.ts).
describe('advance, with far sites on Mars', () => {
	it('equals n single steps, with the next purchases built far (random play, n up to 3 hours)', () => {
		const moon = eraContent('moon-mars');
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 2 ** 32 - 1 }),
				fc.array(moveArb, { maxLength: 15 }),
				fc.integer({ min: 0, max: 3 * 3600 }),
				(seed, moves, n) => {
					const s = newGame(seed, 'moon-mars');
					s.cash = s.cash.mul(1e4);
					apply(s, moon, { type: 'build-far', on: true });
					apply(s, moon, { type: 'buy', hardware: 'mars-farm', count: 'max' });
					for (const m of moves) applyMove(s, m);
					const fast = advance(cloneState(s), moon, n);
					const slow = stepN(s, n);
					expect(stateDiff(fast, slow, 1e-9, { cash: Math.abs(s.cash.toNumber()) })).toEqual([]);
				}
			),
			{ numRuns: 20 }
		);
	});
});

// A broke lab's power is cut to the chips its income pays for (power-cut.ts), and the cut lifts
// once cash covers five minutes of what it saves: both switches fall inside the law.
describe('advance, while the power is cut', () => {
	it('equals n single steps for a broke lab that trains (random states, n up to 3 hours)', () => {
		fc.assert(
			fc.property(
				stateArb,
				fc.double({ min: 0.5, max: 0.9999, noNaN: true }),
				fc.integer({ min: 0, max: 3 * 3600 }),
				(s, share, n) => {
					const c = era(s);
					if (!s.run) apply(s, c, { type: 'start-run', size: c.era.runSizes.at(-1)!.id });
					apply(s, c, { type: 'train-share', share });
					s.cash = s.cash.mul(0);
					const fast = advance(cloneState(s), c, n);
					const slow = stepN(s, n);
					expect(stateDiff(fast, slow, 1e-9)).toEqual([]);
				}
			),
			{ numRuns: 60 }
		);
	}, 300_000);

	it('equals n single steps for a broke lab whose serving chips are cut too (more than its customers need, in a run)', () => {
		// Random states rarely have far more serving chips than customers: overBoughtRun does,
		// and its cut (serving chips, training, lifting and coming back) falls inside n.
		fc.assert(
			fc.property(
				fc.double({ min: 0.01, max: 0.95, noNaN: true }),
				fc.integer({ min: 0, max: 3 * 3600 }),
				(share, n) => {
					const s = overBoughtRun(share);
					const fast = advance(cloneState(s), garage, n);
					const slow = stepN(s, n);
					expect(stateDiff(fast, slow, 1e-9)).toEqual([]);
				}
			),
			{ numRuns: 10 }
		);
	}, 300_000);
});

// Dyson: panels ordered at random moments land at their own ticks (dyson.ts).
describe('advance, with panels being built around the star', () => {
	it('equals n single steps, with batches of panels landing on the way (random play, n up to 3 hours)', () => {
		const dyson = eraContent('dyson');
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 2 ** 32 - 1 }),
				fc.array(moveArb, { maxLength: 15 }),
				fc.array(fc.integer({ min: 0, max: 900 }), { minLength: 1, maxLength: 6 }),
				fc.integer({ min: 0, max: 3 * 3600 }),
				(seed, moves, gaps, n) => {
					const s = newGame(seed, 'dyson');
					s.cash = s.cash.mul(1e4);
					for (const gap of gaps) {
						advance(s, dyson, gap);
						apply(s, dyson, { type: 'panel' });
					}
					for (const m of moves) applyMove(s, m);
					const fast = advance(cloneState(s), dyson, n);
					const slow = stepN(s, n);
					expect(stateDiff(fast, slow, 1e-9, { cash: Math.abs(s.cash.toNumber()) })).toEqual([]);
				}
			),
			{ numRuns: 20 }
		);
	});
});
