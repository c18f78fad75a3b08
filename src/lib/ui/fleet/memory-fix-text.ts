// The memory hint's words (the Memory card and the launch gate): the buy that makes the model
// fit for the least cash, and how many (engine/memory-fix.ts memoryFix). Playtest 4 read "Buy
// memory" and saved 8 minutes for the $1.4K card, when six $24 GPUs made the model fit.
import { FAR_OUT, farOutOfReach, type Decimal, type MemoryFix } from '$lib/engine';
import { formatCount, formatMoney, type Notation } from '$lib/format/number';

/** `names`: the card's, the power contract's when the fix signs one first, and the card with
 * the most memory per dollar now when the path is far out of reach (`fix.meanwhile`). `style`:
 * the notation of the screen it is on (the Fleet's: fleet-notation.ts). */
export function memoryFixText(
	fix: MemoryFix,
	names: { card: string; contract?: string; meanwhile?: string },
	elsewhere: boolean,
	cash?: Decimal,
	style?: Notation
): string {
	const where = elsewhere ? ' on the Fleet screen' : '';
	const name = names.card;
	const lot = `${formatCount(fix.count)} × ${name}`;
	const buy = fix.power
		? powerFirstText(fix, lot, names.contract ?? '', where, cash, style)
		: fix.closes
			? cash && farOutOfReach(fix.cost, cash)
				? `The cheapest way to fit it: ${lot}${where}, ${priceInReach(fix.cost, cash, style)}.`
				: `The cheapest way to fit it: ${lot}, ${formatMoney(fix.cost, style)}${where}.`
			: `No number of any one card makes it fit on this power; the most memory per dollar is the ${name} (${formatMoney(fix.cost, style)})${where}.`;
	// The Cloud's racks bring their memory at once (playtest 17 was pointed at pods it could not
	// afford when two racks made the model fit).
	const rent = fix.rent
		? ` Or rent ${formatCount(fix.rent.racks)} ${fix.rent.racks === 1 ? 'rack' : 'racks'} (Rent or buy${where}): ${formatMoney(fix.rent.hourly, style)} an hour, at once.`
		: '';
	// Far out of reach, the step within it (playtest 41 read "1,498 × Matrioshka shell, far out of
	// reach" while auto-buy bought Stellar lifts, the card with the most memory per dollar).
	const meanwhile =
		fix.meanwhile && names.meanwhile
			? ` For now, the ${names.meanwhile} adds the most memory per dollar${where}.`
			: '';
	return buy + meanwhile + rent;
}

/** The power first, then the chips (playtest 24 read only "Add power first" for half an hour,
 * when the $600 subpanel and 18 Gaming GPUs made the model fit). */
function powerFirstText(
	fix: MemoryFix,
	lot: string,
	contract: string,
	where: string,
	cash?: Decimal,
	style?: Notation
): string {
	const power = fix.power!;
	const far = cash !== undefined && farOutOfReach(fix.cost, cash);
	const total = far ? priceInReach(fix.cost, cash!, style) : formatMoney(fix.cost, style);
	if (power.building)
		return fix.count > 0
			? `Once the ${contract} being built is on, the cheapest way to fit it: ${lot}, ${total}${where}.`
			: `Once the ${contract} being built is on, your chips hold it.`;
	const sign = `sign the ${contract} (${formatMoney(power.cost, style)})`;
	if (fix.count === 0)
		return `Your power is full. The cheapest way to fit it: ${sign}${where}; your chips then hold it.`;
	return `Your power runs no more chips. The cheapest way to fit it: ${sign}, then ${lot} (${formatMoney(power.chips, style)})${where}: ${far ? total : `${total} in all`}.`;
}

/** A price measured against the cash: past FAR_OUT times it, the words say so and the price is
 * left out (playtest 5 read "It takes 2.55e4 of them, $1.34e1291" holding $4e35; playtest 6
 * still found "$1.34e1291: far out of reach" a meaningless price). */
export function priceInReach(cost: Decimal, cash: Decimal, style?: Notation): string {
	return farOutOfReach(cost, cash)
		? `far out of reach (over ${formatCount(FAR_OUT)}× your cash)`
		: formatMoney(cost, style);
}
