// The memory hints' prices: out of reach is said in words, in one notation with the cash
// (playtest 5 read "It takes 2.55e4 of them, $1.34e1291" holding $4e35 as a plan).
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../src/lib/engine';
import { memoryFixText, priceInReach } from '../../../src/lib/ui/fleet/memory-fix-text';

describe('memory hints', () => {
	it('a price past the cash says it is out of reach, with the cash, in one notation', () => {
		const text = priceInReach(new Decimal('1.34e1291'), new Decimal('4e35'));
		expect(text).toBe('$1.34e1291: far out of reach, with $4.00e35 at hand');
		expect(priceInReach(new Decimal(16.8), new Decimal(100))).toBe('$16.8');
		// A few times the cash is minutes of income: a plan, not out of reach.
		expect(priceInReach(new Decimal(39.9), new Decimal(9.87))).toBe('$39.9');
	});

	it("the Memory card's fix says so too, and is unchanged within reach", () => {
		const fix = {
			hardwareId: 'memory-pool',
			count: 25_500,
			cost: new Decimal('1.34e1291'),
			closes: true
		};
		expect(memoryFixText(fix, 'Memory pool', true, new Decimal('4e35'))).toBe(
			'The cheapest way to fit it: 25.5K × Memory pool on the Fleet screen, $1.34e1291: far out of reach, with $4.00e35 at hand.'
		);
		const cheap = { ...fix, count: 2, cost: new Decimal(48) };
		expect(memoryFixText(cheap, 'Gaming GPU', false, new Decimal(100))).toBe(
			'The cheapest way to fit it: 2 × Gaming GPU, $48.'
		);
	});
});
