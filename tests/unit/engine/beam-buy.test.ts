// What a chip bought in Dyson does to the beamed watts Earth was buying (engine/beam-buy.ts),
// told before the tap. Playtest 23 bought ten Stellar lifts and the income fell 84 %: their chips
// drew the watts Earth had paid for.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	advance,
	apply,
	beamBuy,
	cloneState,
	netIncome,
	rates,
	type GameState
} from '../../../src/lib/engine';
import { fixtureState } from './helpers';

const dyson = eraContent('dyson');

/** The Dyson fixture between runs (every watt beamed) with 20 panels and 100 statites: half the
 * beam powers the chips, Earth buys the rest. Cash for any buy. */
function beamingLab(): GameState {
	const s = fixtureState('dyson');
	expect(s.run).toBeNull();
	s.dyson.panels = 20;
	s.hardware.statite = 100;
	s.cash = s.cash.mul(1e6);
	// No world event while an order flies (its multipliers are not the buy's).
	s.nextEventAt = 1e12;
	return s;
}

/** The beamed watts Earth buys, as the rates stand: those the chips do not draw. */
const sold = (s: GameState) => {
	const r = rates(s, dyson);
	return r.powered.sub(r.powerDraw);
};

describe("a Dyson buy's draw on the beamed watts", () => {
	it('says the watts it takes from Earth and the income after, as the lab then runs (playtest 23)', () => {
		const s = beamingLab();
		const r = rates(s, dyson);
		const before = netIncome(s, dyson, r);
		const spare = sold(s);
		expect(spare.gt(0)).toBe(true);
		for (const [id, count] of [
			['stellar-lift', 10],
			['stellar-lift', 1],
			['swarm-tile', 10],
			['matrioshka-shell', 10]
		] as const) {
			const quote = beamBuy(s, dyson, r, id, count)!;
			expect(quote, `${id} ×${count}`).not.toBeNull();
			expect(quote.now.eq(before)).toBe(true);
			// The buy made: the income and the watts Earth buys are what the card said.
			const t = cloneState(s);
			expect(apply(t, dyson, { type: 'buy', hardware: id, count }).ok).toBe(true);
			// Stellar lifts are ordered: the lab once they have landed.
			const lead = dyson.hardware.get(id)!.leadTime;
			if (lead) advance(t, dyson, lead);
			expect(t.orders).toEqual([]);
			const after = netIncome(t, dyson, rates(t, dyson));
			expect(quote.after.div(after).toNumber()).toBeCloseTo(1, 9);
			expect(quote.change!).toBeCloseTo(after.div(before).toNumber() - 1, 9);
			const left = sold(t).gt(0) ? sold(t) : spare.mul(0);
			expect(quote.watts.div(spare.sub(left)).toNumber()).toBeCloseTo(1, 9);
			expect(quote.all, `${id} ×${count}`).toBe(!sold(t).gt(0));
		}
		// Ten Stellar lifts draw every watt Earth bought, and take most of the income with them.
		const lifts = beamBuy(s, dyson, r, 'stellar-lift', 10)!;
		expect(lifts.watts.div(spare).toNumber()).toBeCloseTo(1, 9);
		expect(lifts.change!).toBeLessThan(-0.5);
		// Matrioshka shells serve more than Earth paid for the watts: the income rises.
		expect(beamBuy(s, dyson, r, 'matrioshka-shell', 10)!.change!).toBeGreaterThan(0);
	});

	it('says nothing where Earth buys no beamed watt, or outside Dyson', () => {
		const s = beamingLab();
		s.dyson.panels = 0;
		expect(beamBuy(s, dyson, rates(s, dyson), 'stellar-lift', 10)).toBeNull();
		const garage = eraContent('garage');
		const g = fixtureState('garage');
		expect(beamBuy(g, garage, rates(g, garage), garage.era.hardware[0].id, 1)).toBeNull();
	});
});
