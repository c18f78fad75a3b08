// A buy that would turn the income negative is told before the tap (engine/buy-income.ts).
// Playtest 13 bought seven Gaming GPUs with Max on a Garage selling less than it could serve:
// +1.02/s became −0.73/s, the cards adding a power bill and no sales.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	advance,
	apply,
	buyIncome,
	cloneState,
	netIncome,
	newGame,
	pastPowerBuy,
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

/** A new game with four Gaming GPUs on the 2 kW home circuit (1.8 kW drawn): a fifth runs the
 * fleet past its power. `released`: Ember-1 (a Sprint run) released first, so customers wait. */
function fourGpus(released: boolean): GameState {
	const s = newGame(1);
	s.cash = s.cash.add(100);
	expect(apply(s, garage, { type: 'buy', hardware: 'gaming-gpu', count: 2 }).ok).toBe(true);
	if (released) {
		expect(apply(s, garage, { type: 'start-run', size: 'sprint' }).ok).toBe(true);
		advance(s, garage, 60);
		expect(apply(s, garage, { type: 'release' }).ok).toBe(true);
	}
	return s;
}

/** The lab once `count` of the GPUs are bought: its income and the run's FLOP/s. */
function bought(s: GameState, count = 1) {
	const t = cloneState(s);
	expect(apply(t, garage, { type: 'buy', hardware: 'gaming-gpu', count }).ok).toBe(true);
	const r = rates(t, garage);
	return { income: netIncome(t, garage, r), train: r.trainRate, throttle: r.throttle };
}

// Playtest 20: "Past your power" warned of the fifth GPU while it still raised the income.
describe('a buy past the power, as it runs', () => {
	it('still adds income when customers wait: the throttled chips add sales (the playtest)', () => {
		const s = fourGpus(true);
		const r = rates(s, garage);
		const p = pastPowerBuy(s, garage, r, 'gaming-gpu', 1)!;
		const after = bought(s);
		expect(p.throttle).toBeCloseTo(after.throttle, 12);
		expect(p.throttle).toBeLessThan(1);
		expect(p.now.eq(netIncome(s, garage, r))).toBe(true);
		expect(p.after.div(after.income).toNumber()).toBeCloseTo(1, 9);
		expect(p.adds).toBe(true);
		expect(p.lowers).toBe(false);
		expect(after.income.gt(p.now)).toBe(true);
	});

	it('adds none when every customer is served: the bill grows, the sales do not', () => {
		const s = fourGpus(false);
		const p = pastPowerBuy(s, garage, rates(s, garage), 'gaming-gpu', 1)!;
		expect(p.throttle).toBeLessThan(1);
		expect(p.adds).toBe(false);
		expect(bought(s).income.lte(p.now)).toBe(true);
		// It lowers the income, and says so (playtest 21 read "adds no income" of a 20 % cut).
		expect(p.lowers).toBe(true);
		expect(bought(s).income.lt(p.now)).toBe(true);
		expect(p.faster).toBe(0);
	});

	it('says how much faster the run trains with it, as the run then trains', () => {
		const s = fourGpus(false);
		expect(apply(s, garage, { type: 'start-run', size: 'large' }).ok).toBe(true);
		const r = rates(s, garage);
		const p = pastPowerBuy(s, garage, r, 'gaming-gpu', 1)!;
		expect(p.faster).toBeGreaterThan(0.05);
		expect(p.faster).toBeCloseTo(bought(s).train.div(r.trainRate).toNumber() - 1, 9);
	});

	it('is null while the power runs the whole fleet', () => {
		const s = newGame(1);
		expect(pastPowerBuy(s, garage, rates(s, garage), 'gaming-gpu', 1)).toBeNull();
		expect(pastPowerBuy(s, garage, rates(s, garage), 'gaming-gpu', 3)).not.toBeNull();
	});
});
