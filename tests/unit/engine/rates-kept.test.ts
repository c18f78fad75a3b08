// The scripted player's round remembers one state's rates between its actions
// (engine/rates-kept.ts): a derivation saved, never a stale figure.
import { describe, expect, it } from 'vitest';
import {
	advance,
	apply,
	cloneState,
	keepingRates,
	money,
	newGame,
	rates
} from '../../../src/lib/engine';
import { garage } from './helpers';

describe('remembered rates', () => {
	it('inside keepingRates the same state gives the same rates until an action or a step changes it', () => {
		const s = newGame(3);
		s.cash = money(garage, 1e6);
		keepingRates(() => {
			const first = rates(s, garage);
			expect(rates(s, garage)).toBe(first);
			// Another state (a copy) is derived afresh, and the copy's figures are the same.
			const copy = cloneState(s);
			expect(rates(copy, garage)).not.toBe(first);
			expect(rates(copy, garage).compute.eq(first.compute)).toBe(true);
			expect(apply(s, garage, { type: 'buy', hardware: 'gaming-gpu', count: 1 }).ok).toBe(true);
			const bought = rates(s, garage);
			expect(bought).not.toBe(first);
			expect(bought.compute.gt(first.compute)).toBe(true);
			advance(s, garage, 10);
			expect(rates(s, garage)).not.toBe(bought);
		});
	});

	it('outside keepingRates nothing is remembered', () => {
		const s = newGame(3);
		expect(rates(s, garage)).not.toBe(rates(s, garage));
		keepingRates(() => rates(s, garage));
		expect(rates(s, garage)).not.toBe(rates(s, garage));
	});
});
