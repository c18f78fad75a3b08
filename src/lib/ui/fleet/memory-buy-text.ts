// The memory note under a hardware card (engine/memory-buy.ts memoryBuy): what the buy does to
// the memory the model needs. Past the power, the note sits under the power warning's "the fleet
// runs at 26% power", and the memory it counts is that throttled memory: it says so (playtest 20
// read "serves at 97%" under "runs at 26%" as a contradiction; the one is the share of the model
// the throttled chips hold, the other the share of their power they get).
import { MEMORY_BUY_QUOTE_MAX, type Decimal, type MemoryBuy } from '$lib/engine';
import { formatCount, formatPercent, type Notation } from '$lib/format/number';
import { priceInReach } from './memory-fix-text';

export interface MemoryBuyWords {
	/** The model's name as the card names it ("Ember-3 (waiting at the gate)"). */
	model: string;
	/** The lot the button buys. */
	count: number;
	cash: Decimal;
	/** The notation of the screen's money (fleet-notation.ts). */
	style?: Notation;
}

export function memoryBuyText(m: MemoryBuy, w: MemoryBuyWords): string {
	const these = w.count > 1 ? 'these' : 'this';
	const now = `${formatPercent(m.fitBefore)} ${m.ordersMove ? 'once your orders land' : 'now'}`;
	const past = m.throttle < 1;
	const power = formatPercent(m.throttle);
	if (m.closes)
		return past
			? `Memory: with ${these}, ${w.model} fits, even at ${power} power (${now}).`
			: `Memory: with ${these}, ${w.model} fits (${now}).`;
	const held = past
		? `at ${power} power, the fleet's memory with ${these} holds ${formatPercent(m.fitAfter)} of ${w.model}`
		: `with ${these}, ${w.model} serves at ${formatPercent(m.fitAfter)}`;
	return `Memory: ${held} (${now}): not enough to fit. ${gap(m, w)}`;
}

/** How many of the card close the gap, or why none does. */
function gap(m: MemoryBuy, w: MemoryBuyWords): string {
	if (m.toClose !== null && m.toCloseCost)
		return `It takes ${formatCount(m.toClose)} of them, ${priceInReach(m.toCloseCost, w.cash, w.style)}.`;
	return m.shortBy === 'count'
		? `It takes more than ${formatCount(MEMORY_BUY_QUOTE_MAX)} of them.`
		: m.powerBuilding
			? 'No number of them makes it fit on today’s power: past it every chip holds less of the model. Wait for the power being built, or add more.'
			: 'No number of them makes it fit on your power: past it every chip holds less of the model. Add power first.';
}
