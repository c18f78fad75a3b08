// The memory hints' prices: out of reach is said in words, and the price left out (playtest 5
// read "It takes 2.55e4 of them, $1.34e1291" holding $4e35 as a plan; playtest 6 still read
// "$1.34e1291: far out of reach" as a meaningless price).
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../src/lib/engine';
import { memoryFixText, priceInReach } from '../../../src/lib/ui/fleet/memory-fix-text';

describe('memory hints', () => {
	it('a price far past the cash says it is out of reach, without the price', () => {
		const text = priceInReach(new Decimal('1.34e1291'), new Decimal('4e35'));
		expect(text).toBe('far out of reach (over 1,000× your cash)');
		expect(priceInReach(new Decimal(16.8), new Decimal(100))).toBe('$16.8');
		// A few times the cash is minutes of income: a plan, not out of reach.
		expect(priceInReach(new Decimal(39.9), new Decimal(9.87))).toBe('$39.9');
	});

	it("the Memory card's fix says so too, and is unchanged within reach", () => {
		const fix = {
			hardwareId: 'memory-pool',
			count: 25_500,
			cost: new Decimal('1.34e1291'),
			closes: true,
			rent: null,
			power: null,
			meanwhile: null
		};
		expect(memoryFixText(fix, { card: 'Memory pool' }, true, new Decimal('4e35'))).toBe(
			'The cheapest way to fit it: 25,500 × Memory pool on the Fleet screen, far out of reach (over 1,000× your cash).'
		);
		// Playtest 41 read this beside auto-buy buying another card: the card with the most memory
		// per dollar now is said as the step for now.
		expect(
			memoryFixText(
				{ ...fix, meanwhile: 'stellar-lift' },
				{ card: 'Memory pool', meanwhile: 'Stellar lift' },
				false,
				new Decimal('4e35')
			)
		).toBe(
			'The cheapest way to fit it: 25,500 × Memory pool, far out of reach (over 1,000× your cash). For now, the Stellar lift adds the most memory per dollar.'
		);
		const cheap = { ...fix, count: 2, cost: new Decimal(48) };
		expect(memoryFixText(cheap, { card: 'Gaming GPU' }, false, new Decimal(100))).toBe(
			'The cheapest way to fit it: 2 × Gaming GPU, $48.'
		);
	});

	it('in the Cloud, says the racks that fit it at once beside the cheapest buy (playtest 17)', () => {
		const fix = {
			hardwareId: 'gpu-pod',
			count: 2,
			cost: new Decimal('9.03e12'),
			closes: true,
			rent: { racks: 2, hourly: new Decimal('3.9e11') },
			power: null,
			meanwhile: null
		};
		expect(memoryFixText(fix, { card: 'GPU pod' }, false, new Decimal('6.26e12'))).toBe(
			'The cheapest way to fit it: 2 × GPU pod, $9.03T. Or rent 2 racks (Rent or buy): $390B an hour, at once.'
		);
		expect(
			memoryFixText(
				{ ...fix, rent: { racks: 1, hourly: new Decimal(5) } },
				{ card: 'GPU pod' },
				true
			)
		).toBe(
			'The cheapest way to fit it: 2 × GPU pod, $9.03T on the Fleet screen. Or rent 1 rack (Rent or buy on the Fleet screen): $5 an hour, at once.'
		);
	});

	it('past the power, names the contract to sign first, then the chips, with the total (playtest 24)', () => {
		const fix = {
			hardwareId: 'gaming-gpu',
			count: 18,
			cost: new Decimal(1916),
			closes: true,
			rent: null,
			power: {
				contract: 'garage-subpanel',
				cost: new Decimal(600),
				building: false,
				chips: new Decimal(1316)
			},
			meanwhile: null
		};
		const names = { card: 'Gaming GPU', contract: 'Garage subpanel' };
		expect(memoryFixText(fix, names, false, new Decimal(1000))).toBe(
			'Your power runs no more chips. The cheapest way to fit it: sign the Garage subpanel ($600), then 18 × Gaming GPU ($1.32K): $1.92K in all.'
		);
		expect(memoryFixText(fix, names, true, new Decimal(1000))).toBe(
			'Your power runs no more chips. The cheapest way to fit it: sign the Garage subpanel ($600), then 18 × Gaming GPU ($1.32K) on the Fleet screen: $1.92K in all.'
		);
		// Signed and being built: wait for it, then the chips.
		const building = { ...fix, cost: new Decimal(1316), power: { ...fix.power, building: true } };
		expect(memoryFixText(building, names, false, new Decimal(1000))).toBe(
			'Once the Garage subpanel being built is on, the cheapest way to fit it: 18 × Gaming GPU, $1.32K.'
		);
		// The power alone lets the chips past it hold the model.
		expect(memoryFixText({ ...fix, count: 0, cost: new Decimal(600) }, names, false)).toBe(
			'Your power is full. The cheapest way to fit it: sign the Garage subpanel ($600); your chips then hold it.'
		);
	});
});
