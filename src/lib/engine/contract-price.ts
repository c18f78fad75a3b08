// What a power contract costs: per kWh at the grid's price level (power-bill.ts), per second
// with its watts drawn (the unit of the bill and of income), and how far the price has climbed.
import type { EraContent } from '../content';
import type { Decimal } from './decimal';
import { money } from './money';
import { powerPriceIndex } from './power-bill';
import type { GameState } from './state';

/** What a contract's power costs per kWh, in cash, at today's price level. */
export function contractPrice(s: GameState, c: EraContent, id: string): Decimal {
	return money(c, c.power.get(id)?.pricePerKwh ?? 0).mul(powerPriceIndex(s, c));
}

/**
 * What a contract costs per second with `watts` of it drawn (its whole capacity unless given),
 * at today's price level: the contract's price in the unit of the power bill and of income.
 * Playtest 8 read "$2.29K/kWh" for a home circuit as a bug: a price per kWh is in era money with
 * the grid's price level on it (×57 then), and a player knows a kWh costs cents; per second it
 * stands beside the bill ("Power bill $4.64/s") and the income it eats into. powerBill charges
 * the same rate.
 */
export function contractBill(s: GameState, c: EraContent, id: string, watts?: number): Decimal {
	const drawn = watts ?? c.power.get(id)?.capacity ?? 0;
	return contractPrice(s, c, id).mul(drawn / 1000 / 3600);
}

/**
 * How far the grid's price has climbed since the era's first model (powerPriceIndex), for the
 * line that says why prices rise; null while it has barely moved.
 */
export function gridPriceClimb(s: GameState, c: EraContent): Decimal | null {
	const index = powerPriceIndex(s, c);
	return index.gte(1.05) ? index : null;
}
