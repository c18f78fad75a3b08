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
	// The contracts online (bit i: the i-th cheapest): with the draw and the price level they
	// make the bill. The last bill is kept (rates are derived at every event; most leave the
	// draw as it was).
	let online = 0;
	for (let i = 0; i < sorted.length; i++) {
		const id = sorted[i].def.id;
		const at = state.power[id];
		if (id === extra || !(at === undefined || at > state.tick)) online += 2 ** i;
	}
	const index = powerPriceIndex(state, content);
	const m = lastBill;
	if (
		m &&
		m.content === content &&
		m.online === online &&
		m.index === index &&
		m.draw.m === draw.m &&
		m.draw.e === draw.e
	)
		return m.bill;
	let left = draw;
	let bill = D0;
	for (let i = 0; i < sorted.length; i++) {
		if (!(online & (2 ** i))) continue;
		if (left.lte(0)) break;
		const { def: c, capacity } = sorted[i];
		const used = dmin(left, capacity);
		bill = bill.add(used.div(1000).mul(c.pricePerKwh / 3600));
		left = left.sub(used);
	}
	bill = bill.mul(moneyScale(content)).mul(index);
	lastBill = { content, online, index, draw, bill };
	return bill;
}
let lastBill: {
	content: EraContent;
	online: number;
	index: Decimal;
	draw: Decimal;
	bill: Decimal;
} | null = null;
