// The memory hint's words (the Memory card and the launch gate): the buy that makes the model
// fit for the least cash, and how many (engine/memory-buy.ts memoryFix). Playtest 4 read "Buy
// memory" and saved 8 minutes for the $1.4K card, when six $24 GPUs made the model fit.
import { farOutOfReach, type Decimal, type MemoryFix } from '$lib/engine';
import { formatMoney, formatNumber, lineNotation } from '$lib/format/number';

export function memoryFixText(
	fix: MemoryFix,
	name: string,
	elsewhere: boolean,
	cash?: Decimal
): string {
	const where = elsewhere ? ' on the Fleet screen' : '';
	const price = cash ? priceInReach(fix.cost, cash) : formatMoney(fix.cost);
	const lot = `${formatNumber(fix.count)} × ${name}`;
	return fix.closes
		? !cash || !farOutOfReach(fix.cost, cash)
			? `The cheapest way to fit it: ${lot}, ${price}${where}.`
			: `The cheapest way to fit it: ${lot}${where}, ${price}.`
		: `No number of any one card makes it fit on this power; the most memory per dollar is the ${name} (${formatMoney(fix.cost)})${where}.`;
}

/** A price beside the cash it is measured against, in words when it is far out of reach
 * (playtest 5 read "It takes 2.55e4 of them, $1.34e1291" holding $4e35 as a plan): one
 * notation for both. */
export function priceInReach(cost: Decimal, cash: Decimal): string {
	const style = lineNotation(cost, cash);
	return farOutOfReach(cost, cash)
		? `${formatMoney(cost, style)}: far out of reach, with ${formatMoney(cash, style)} at hand`
		: formatMoney(cost);
}
