// Fast-forward through automation's purchases stays exact: a purchase re-derives the rates
// once, a step that changes none of their inputs hands its rates on, and advance ends where
// the single steps end (Orbit: units bought one a step, on order or chartered, radiation
// retiring some at each dawn).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eraContent, ORBITS } from '../../../src/lib/content';
import {
	advance,
	cloneState,
	newGame,
	rates,
	step,
	type GameState,
	type Rates
} from '../../../src/lib/engine';
import { stepAndRates } from '../../../src/lib/engine/step';
import { stateArb, stateDiff } from './helpers';

const c = eraContent('orbit');
const o = ORBITS.orbit;
const AUTOMATION_PERKS = ['release-manager', 'run-scheduler', 'procurement', 'energy-desk'];

/** Every figure of a Rates as text: Decimals and numbers exactly, the multipliers too. */
function ratesText(r: Rates): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [k, v] of Object.entries(r))
		out[k] =
			typeof v === 'object' && 'mantissa' in v ? `${v.mantissa}e${v.exponent}` : JSON.stringify(v);
	return out;
}

/** An Orbit lab with every automation and a fleet that earns what it spends. */
function orbitLab(charter: boolean): GameState {
	const s = newGame(2, 'orbit');
	for (const id of AUTOMATION_PERKS) s.meta.perks[id] = 1;
	// A small fleet with room to grow and its own income to spend: automation buys again and
	// again as cash comes in (300/200/60 units and 1e5x the cash bought once, power-bound, once
	// the starter model kept its market in the late eras). With each era drawing from the game
	// seed and its place, seed 11 bought 7 and 4 times, seed 4 7 and 10; since radiation draws
	// for its fractions (orbit.ts radiationLoss) seed 4 buys 5 and 11, seed 2 8 and 8.
	s.hardware = { 'sat-node': 30, 'orbital-memory': 20, 'rad-hard-pod': 6 };
	s.orbit.charter = charter;
	return s;
}

/** n single steps, counting the steps in which automation bought (units held or on order rose). */
function stepsCountingBuys(s: GameState, n: number): number {
	const held = (x: GameState) =>
		Object.values(x.hardware).reduce((a, b) => a + b, 0) +
		x.orders.reduce((a, b) => a + b.count, 0);
	let buys = 0;
	for (let i = 0; i < n; i++) {
		const before = held(s);
		const cash = s.cash;
		step(s, c);
		if (held(s) > before && s.cash.lt(cash)) buys += 1;
	}
	return buys;
}

describe('advance through automated purchases', () => {
	for (const charter of [true, false]) {
		it(`equals the single steps in Orbit (${charter ? 'chartered' : 'waiting for launches'})`, () => {
			const s = orbitLab(charter);
			const n = 2 * o.period + o.window + 321;
			const fast = advance(cloneState(s), c, n);
			const slow = cloneState(s);
			const buys = stepsCountingBuys(slow, n);
			expect(stateDiff(fast, slow, 1e-9, { cash: Math.abs(s.cash.toNumber()) })).toEqual([]);
			// The case is the one that matters: many purchases, and radiation retiring units at dawn.
			expect(buys).toBeGreaterThan(5);
			expect(slow.news.some((item) => item.kind === 'radiation')).toBe(true);
			// Split anywhere, it ends at the same place.
			const split = advance(advance(cloneState(s), c, 4321), c, n - 4321);
			expect(stateDiff(fast, split)).toEqual([]);
		});
	}

	it('a step hands back rates only when they are the state’s own (random states)', () => {
		fc.assert(
			fc.property(stateArb, fc.integer({ min: 1, max: 40 }), (s0, n) => {
				const content = eraContent(s0.eraId);
				const s = cloneState(s0);
				let r = rates(s, content);
				for (let i = 0; i < n; i++) {
					const next = stepAndRates(s, content, r, true);
					const fresh = rates(s, content);
					if (next) expect(ratesText(next)).toEqual(ratesText(fresh));
					r = next ?? fresh;
				}
			}),
			{ numRuns: 60 }
		);
	});
});
