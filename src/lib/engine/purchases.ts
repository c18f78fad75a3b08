// What to buy next: the best hardware within the power, and the next contract. Read by
// automation, the scripted players and the fleet screen.
import type { EraContent } from '../content';
import { quoteHardware } from './actions';
import { Decimal } from './decimal';
import { money } from './money';
import type { Rates } from './rates';
import type { GameState } from './state';

/**
 * The hardware with the most FLOP/s per dollar among the tiers the power can still take (and,
 * given `within`, that cost no more than it), with the price of one unit.
 */
export function bestPurchase(
	s: GameState,
	c: EraContent,
	r: Rates,
	within?: Decimal
): { id: string; cost: Decimal } | null {
	let best: { id: string; cost: Decimal; value: number } | null = null;
	for (const hw of c.era.hardware) {
		if (r.powerDraw.add(hw.watts * r.mult.watts).gt(r.powerCapacity)) continue;
		const cost = quoteHardware(s, c, hw.id, 1)!.cost;
		if (within && cost.gt(within)) continue;
		const value = new Decimal(hw.flops).div(cost).toNumber();
		if (!best || value > best.value) best = { id: hw.id, cost, value };
	}
	return best;
}

/** A signed contract still being built. */
export function contractBuilding(s: GameState): boolean {
	for (const id in s.power) if (s.power[id] > s.tick) return true;
	return false;
}

/** The next contract the era offers that is not signed yet (they come cheapest first). */
export function nextContract(s: GameState, c: EraContent): string | null {
	return c.era.power.find((p) => !(p.id in s.power))?.id ?? null;
}

/** Power drawn as a share of the capacity, at most 1 (1 with no capacity at all). */
export function powerUse(r: Rates): number {
	return r.powerCapacity.gt(0) ? Math.min(1, r.powerDraw.div(r.powerCapacity).toNumber()) : 1;
}

/** What a contract's power costs per kWh, in cash. */
export function contractPrice(c: EraContent, id: string): Decimal {
	return money(c, c.power.get(id)?.pricePerKwh ?? 0);
}
