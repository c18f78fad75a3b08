// "Max" on the Fleet stops at what the spare power runs: cards past the power hold no model and
// give no compute (rates.ts), so a lab with the cash for many more is not sold dead cards.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	buy,
	farUnits,
	fleetMaxQuote,
	newGame,
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

	it('counts the orders on the way, and quotes what the cash pays once the power is full', () => {
		const s = newGame(1);
		s.cash = money(garage, 1e6);
		const r = rates(s, garage);
		const powered = unitsPowered(s, garage, r, 'gaming-gpu');
		s.orders.push({ id: 1, hardwareId: 'gaming-gpu', count: powered, arrivesAt: s.tick + 60 });
		expect(unitsPowered(s, garage, r, 'gaming-gpu')).toBe(0);
		const max = fleetMaxQuote(s, garage, r, 'gaming-gpu')!;
		expect(max.stopped).toBe(false);
		expect(max.count).toBe(max.affordable);
		expect(max.count).toBeGreaterThan(0);
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
