// A buy that would turn the income negative is told before the tap (engine/buy-income.ts).
// Playtest 13 bought seven Gaming GPUs with Max on a Garage selling less than it could serve:
// +1.02/s became −0.73/s, the cards adding a power bill and no sales.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	apply,
	buyIncome,
	cloneState,
	netIncome,
	rates,
	type GameState
} from '../../../src/lib/engine';
import { fixtureState as fixture } from './helpers';

const garage = eraContent('garage');

/** The Garage fixture selling under its capacity with every contract built, and payroll that
 * leaves it about $1/s. */
function thinMargin(): GameState {
	const s = fixture('garage');
	for (const p of garage.era.power) s.power[p.id] = s.power[p.id] ?? 0;
	s.hype = 0;
	s.researchers += 8;
	s.cash = s.cash.mul(1e6);
	return s;
}

describe('a buy that turns the income negative', () => {
	it('is flagged with the income it leaves, the income the game then has', () => {
		const s = thinMargin();
		const r = rates(s, garage);
		expect(netIncome(s, garage, r).gt(0)).toBe(true);
		// The instant cards (no lead time): the first lot that tips the income below zero.
		const instant = garage.era.hardware.filter((h) => !h.leadTime);
		let found = 0;
		for (const hw of instant)
			for (const n of [1, 10, 100]) {
				const flagged = buyIncome(s, garage, r, hw.id, n);
				const bought = cloneState(s);
				expect(apply(bought, garage, { type: 'buy', hardware: hw.id, count: n }).ok).toBe(true);
				const after = netIncome(bought, garage, rates(bought, garage));
				if (flagged) {
					found++;
					expect(flagged.now.eq(netIncome(s, garage, r))).toBe(true);
					expect(Math.abs(flagged.after.div(after).toNumber() - 1), `${hw.id} ×${n}`).toBeLessThan(
						1e-9
					);
				} else expect(after.lt(0), `${hw.id} ×${n}`).toBe(false);
			}
		// The case exists (else this proves nothing).
		expect(found).toBeGreaterThan(0);
	});

	it('says nothing where the income was negative already, or stays positive', () => {
		const s = thinMargin();
		s.researchers += 2; // now losing before any buy
		const r = rates(s, garage);
		expect(netIncome(s, garage, r).lt(0)).toBe(true);
		for (const hw of garage.era.hardware) expect(buyIncome(s, garage, r, hw.id, 10)).toBeNull();
		const rich = fixture('garage');
		const rr = rates(rich, garage);
		for (const hw of garage.era.hardware) expect(buyIncome(rich, garage, rr, hw.id, 1)).toBeNull();
	});
});
