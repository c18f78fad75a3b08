// The memory hint's words (the Memory card and the launch gate): the buy that makes the model
// fit for the least cash, and how many (engine/memory-buy.ts memoryFix). Playtest 4 read "Buy
// memory" and saved 8 minutes for the $1.4K card, when six $24 GPUs made the model fit.
import type { MemoryFix } from '$lib/engine';
import { formatMoney, formatNumber } from '$lib/format/number';

export function memoryFixText(fix: MemoryFix, name: string, elsewhere: boolean): string {
	const where = elsewhere ? ' on the Fleet screen' : '';
	return fix.closes
		? `The cheapest way to fit it: ${formatNumber(fix.count)} × ${name}, ${formatMoney(fix.cost)}${where}.`
		: `No number of any one card makes it fit on this power; the most memory per dollar is the ${name} (${formatMoney(fix.cost)})${where}.`;
}
