// A contract's price on the Fleet screen is what the power bill charges for it, per second at
// full draw: playtest 8 read "$2.29K/kWh" for a home circuit (era money per kWh, the grid's
// price level ×57 on it) as a bug, where "$1.27/s" stands beside "Power bill $4.64/s".
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import { contractBill, newGame } from '../../../src/lib/engine';
import { powerBill } from '../../../src/lib/engine/power-bill';
import { Decimal } from '../../../src/lib/engine/decimal';

describe('a contract’s bill at full draw', () => {
	it('is what the power bill charges for its whole capacity, the grid’s price level included', () => {
		const c = eraContent('garage');
		const s = newGame(1);
		const home = c.power.get('home-circuit')!;
		expect(s.power).toHaveProperty('home-circuit');
		const full = new Decimal(home.capacity);
		expect(contractBill(s, c, 'home-circuit').toNumber()).toBeCloseTo(
			powerBill(s, c, full).toNumber(),
			12
		);
		// 2 kW at $64/kWh: 3.6 cents a second, not "$64/kWh".
		expect(home.pricePerKwh).toBe(64);
		const base = contractBill(s, c, 'home-circuit');
		expect(base.toNumber()).toBeCloseTo((2 * 64) / 3600, 12);
		// Playtest 8's Garage: the price level ×57 after about 29 points of capability.
		s.model = { ...s.model, capability: s.model.capability + 29.3 };
		const climbed = contractBill(s, c, 'home-circuit');
		expect(climbed.toNumber()).toBeCloseTo(powerBill(s, c, full).toNumber(), 12);
		expect(climbed.div(base).toNumber()).toBeGreaterThan(50);
		expect(climbed.div(base).toNumber()).toBeLessThan(65);
		// Part of its capacity: that share of the bill.
		expect(contractBill(s, c, 'home-circuit', 500).div(climbed).toNumber()).toBeCloseTo(0.25, 12);
	});
});
