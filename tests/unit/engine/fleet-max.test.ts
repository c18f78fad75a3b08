// "Max" on the Fleet stops at what the spare power runs: cards past the power hold no model and
// give no compute (rates.ts), so a lab with the cash for many more is not sold dead cards.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	advance,
	apply,
	buy,
	cloneState,
	contractBuilding,
	farUnits,
	fleetMaxQuote,
	newGame,
	nextContract,
	quoteHardware,
	rates,
	throttleAfter,
	unitsPowered
} from '../../../src/lib/engine';
import { money } from '../../../src/lib/engine/money';
import { fixtureState } from './helpers';

const garage = eraContent('garage');

describe('fleet max', () => {
	it('stops at what the spare power runs, and those cards all run', () => {
		const s = newGame(1);
		s.cash = money(garage, 1e6);
		const r = rates(s, garage);
		const cash = quoteHardware(s, garage, 'gaming-gpu', 'max')!;
		const powered = unitsPowered(s, garage, r, 'gaming-gpu');
		expect(powered).toBeGreaterThan(0);
		// The cash pays for more than the power runs (else this test proves nothing).
		expect(cash.count).toBeGreaterThan(powered);
		const max = fleetMaxQuote(s, garage, r, 'gaming-gpu')!;
		expect(max).toMatchObject({ count: powered, affordable: cash.count, stopped: true });
		expect(max.cost.lt(cash.cost)).toBe(true);
		expect(throttleAfter(s, garage, r, 'gaming-gpu', max.count)).toBe(1);
		expect(throttleAfter(s, garage, r, 'gaming-gpu', max.count + 1)).toBeLessThan(1);
		expect(buy(s, garage, 'gaming-gpu', max.count).ok).toBe(true);
		expect(rates(s, garage).throttle).toBe(1);
	});

	// Playtest 13, Dyson at "Keep 100%": Max said the spare power ran 29 more Statite clusters,
	// counting the panel watts kept at the star, which run no chip; the 12 lifts it then ordered
	// arrived throttled.
	it("Dyson: the star's kept watts run no chip, so Max does not count them", () => {
		const s = fixtureState('dyson');
		const c = eraContent(s.eraId);
		s.dyson.panels = 20; // built, their watts all kept at the star for the run (between runs
		// every watt is beamed: dyson.ts beamShare)
		expect(apply(s, c, { type: 'start-run', size: c.era.runSizes.at(-1)!.id }).ok).toBe(true);
		expect(apply(s, c, { type: 'beam', share: 0 }).ok).toBe(true);
		s.cash = s.cash.mul(1e6);
		const r = rates(s, c);
		// Kept watts the chips cannot draw: the case.
		expect(r.powerCapacity.gt(r.powered)).toBe(true);
		for (const hw of c.era.hardware) {
			const max = fleetMaxQuote(s, c, r, hw.id);
			if (!max || max.count === 0) continue;
			expect(throttleAfter(s, c, r, hw.id, max.count), hw.id).toBe(1);
			const after = fixtureLanded(cloneState(s), c, hw.id, max.count);
			expect(after, hw.id).toBe(1);
		}
	});

	// Playtest 8 tapped "Order ×46" beside "your spare power runs none of these" and ran throttled
	// to 24–31 % for ten minutes: with the power full, Max buys only what power being built runs.
	it('counts the orders on the way, and with the power full buys none while no power is being built', () => {
		const s = newGame(1);
		s.cash = money(garage, 1e6);
		const r = rates(s, garage);
		const powered = unitsPowered(s, garage, r, 'gaming-gpu');
		s.orders.push({ id: 1, hardwareId: 'gaming-gpu', count: powered, arrivesAt: s.tick + 60 });
		expect(unitsPowered(s, garage, r, 'gaming-gpu')).toBe(0);
		expect(contractBuilding(s)).toBe(false);
		const max = fleetMaxQuote(s, garage, r, 'gaming-gpu')!;
		expect(max.affordable).toBeGreaterThan(0);
		expect(max).toMatchObject({ count: 0, powered: 0, ahead: 0, stopped: true });
	});

	/** A Garage lab whose power is full (orders on the way draw the rest) with the next
	 * contract signed and being built. */
	function fullWithContractBuilding() {
		const s = newGame(1);
		s.cash = money(garage, 1e6);
		const powered = unitsPowered(s, garage, rates(s, garage), 'gaming-gpu');
		s.orders.push({ id: 1, hardwareId: 'gaming-gpu', count: powered, arrivesAt: s.tick + 60 });
		const id = nextContract(s, garage)!;
		expect(apply(s, garage, { type: 'sign', contract: id }).ok).toBe(true);
		expect(contractBuilding(s)).toBe(true);
		const r = rates(s, garage);
		expect(unitsPowered(s, garage, r, 'gaming-gpu')).toBe(0);
		return { s, r, id, lands: s.power[id] - s.tick };
	}

	it('with the power full, orders ahead of a contract that lands before the cards ship, as many as it will run', () => {
		const { s, r, id, lands } = fullWithContractBuilding();
		const hw = garage.hardware.get('garage-server')!;
		expect(hw.leadTime).toBeGreaterThanOrEqual(lands);
		const max = fleetMaxQuote(s, garage, r, hw.id)!;
		const each = hw.watts * r.mult.watts;
		const building = garage.power.get(id)!.capacity;
		expect(max.count).toBeGreaterThan(0);
		expect(max.count).toBe(Math.min(max.affordable, max.ahead));
		expect(max.powerIn).toBeNull();
		// What it orders fits the power being built, with what is on the way.
		const onTheWay = s.orders.reduce(
			(w, o) => w + garage.hardware.get(o.hardwareId)!.watts * o.count * r.mult.watts,
			0
		);
		expect(max.count * each).toBeLessThanOrEqual(
			r.powerCapacity.sub(r.powerDraw).toNumber() - onTheWay + building + 1e-9
		);
	});

	// Playtest 11 tapped Max on cards that arrive at once, ahead of contracts still being built,
	// and read "throttled 11%" for minutes: cards that would wait throttled are not Max's.
	it('with the power full, buys none of a card that arrives before the contract lands, and says when it lands', () => {
		const { s, r, lands } = fullWithContractBuilding();
		expect(garage.hardware.get('gaming-gpu')!.leadTime).toBeLessThan(lands);
		const max = fleetMaxQuote(s, garage, r, 'gaming-gpu')!;
		expect(max.affordable).toBeGreaterThan(0);
		expect(max).toMatchObject({ count: 0, powered: 0, ahead: 0, stopped: true, powerIn: lands });
		// Once it has landed, Max buys what it runs.
		advance(s, garage, lands);
		const then = fleetMaxQuote(s, garage, rates(s, garage), 'gaming-gpu')!;
		expect(then.count).toBeGreaterThan(0);
		expect(throttleAfter(s, garage, rates(s, garage), 'gaming-gpu', then.count)).toBe(1);
	});

	it('buys what the cash pays when that is within the power', () => {
		const s = newGame(1);
		const r = rates(s, garage);
		const max = fleetMaxQuote(s, garage, r, 'gaming-gpu')!;
		expect(max.stopped).toBe(false);
		expect(max.count).toBe(quoteHardware(s, garage, 'gaming-gpu', 'max')!.count);
		expect(max.count).toBeLessThanOrEqual(unitsPowered(s, garage, r, 'gaming-gpu'));
	});

	// Playtest 3: in the late-era save with Mars on, Max read "Buy ×1919138840", more than one
	// buy action takes (1e6), so the tap could not buy what it said.
	it('never quotes more than one buy action takes, and what it quotes is bought', () => {
		const s = fixtureState('late-era');
		const c = eraContent(s.eraId);
		s.moonMars.far = true;
		const hw = c.era.hardware[0].id;
		s.cash = quoteHardware(s, c, hw, 1)!.cost.mul(1e40);
		expect(quoteHardware(s, c, hw, 'max')!.count).toBeGreaterThan(1e6);
		const max = fleetMaxQuote(s, c, rates(s, c), hw)!;
		expect(max.count).toBe(1e6);
		const before = farUnits(s, hw);
		expect(buy(s, c, hw, max.count).ok).toBe(true);
		expect(farUnits(s, hw) - before).toBe(max.count);
	});
});

/** The throttle once `count` of a tier are bought and every order has landed. */
function fixtureLanded(
	s: ReturnType<typeof fixtureState>,
	c: ReturnType<typeof eraContent>,
	id: string,
	count: number
): number {
	expect(buy(s, c, id, count).ok).toBe(true);
	for (let i = 0; i < 100 && s.orders.length > 0; i++) advance(s, c, 600);
	expect(s.orders.length).toBe(0);
	return rates(s, c).throttle;
}
