// The power bill: the draw met by the cheapest contracts first, at the grid's price level.
import type { EraContent, PowerContractDef } from '../content';
import { D0, Decimal, dmin } from './decimal';
import { moneyScale } from './money';
import type { GameState } from './state';

/** Each era's contracts, cheapest first (sorted once). */
const byPrice = new WeakMap<EraContent, { def: PowerContractDef; capacity: Decimal }[]>();

/**
 * The grid's price level: utilities price a lab by its standing, so every contract's $/kWh
 * climbs with the capability of the lab's served model, from 1 at the era's starting model
 * (`powerPriceClimb` per point). It changes only at releases, so it is constant between events.
 */
export function powerPriceIndex(state: GameState, content: EraContent): Decimal {
	const { era } = content;
	const gain = Math.max(0, state.model.capability - era.starterModel.capability);
	const exp = era.powerPriceClimb * gain;
	// Read at every event: the last power of ten is remembered (it moves only at releases).
	if (exp !== lastIndex.exp) lastIndex = { exp, value: Decimal.pow(10, exp) };
	return lastIndex.value;
}
let lastIndex = { exp: NaN, value: new Decimal(1) };

/**
 * Power bill per second: the draw is met by the cheapest contracts first. `extra` counts one
 * more contract as online (what signing it would save).
 */
export function powerBill(
	state: GameState,
	content: EraContent,
	draw: Decimal,
	extra?: string
): Decimal {
	let sorted = byPrice.get(content);
	if (!sorted)
		byPrice.set(
			content,
			(sorted = [...content.era.power]
				.sort((a, b) => a.pricePerKwh - b.pricePerKwh)
				.map((def) => ({ def, capacity: new Decimal(def.capacity) })))
		);
	let left = draw;
	let bill = D0;
	for (const { def: c, capacity } of sorted) {
		const at = state.power[c.id];
		if (c.id !== extra && (at === undefined || at > state.tick)) continue;
		if (left.lte(0)) break;
		const used = dmin(left, capacity);
		bill = bill.add(used.div(1000).mul(c.pricePerKwh / 3600));
		left = left.sub(used);
	}
	return bill.mul(moneyScale(content)).mul(powerPriceIndex(state, content));
}
