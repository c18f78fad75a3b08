// A lab's costs a second as a line names them, largest first: "power $1.2M/s, salaries $40K/s".
// The Lab's cash card and the away report's cash lines both write it, and what lowers a loss.
import type { Decimal, PriceCover } from '$lib/engine';

export function costsText(
	costs: { power: Decimal; salaries: Decimal; rent: Decimal },
	money: (x: Decimal) => string
): string {
	return (
		[
			['salaries', costs.salaries],
			['power', costs.power],
			['rent', costs.rent]
		] as const
	)
		.filter(([, v]) => v.gt(0))
		.sort((a, b) => b[1].cmp(a[1]))
		.map(([name, v]) => `${name} ${money(v)}`)
		.join(', ');
}

/** What lowers a lab's loss, by its largest cost (the Lab's cash card, the away report). */
export const COST_REMEDY = {
	salaries: 'Earn more (a better model, the right price), or let a researcher go (Research).',
	power: 'Earn more, train less, or sign a cheaper contract (Fleet).',
	rent: 'Earn more, or rent fewer racks (Fleet).'
} as const;

/** The remedies of a lab at a loss, led by the switch to a price at which sales would cover the
 * costs now when there is one (engine/price-cover.ts: playtest 44 read "let a researcher go"
 * where one tap on the price made the lab pay its way); `rest`, the other remedies. */
export function remedyText(
	cover: PriceCover | null,
	rest: string,
	money: (x: Decimal) => string
): string {
	if (!cover) return rest;
	const lead = `Switch to ${cover.tier.name} price (Market tab): sales (${money(cover.sales)}) would cover the costs.`;
	return `${lead} Otherwise, ${rest.charAt(0).toLowerCase()}${rest.slice(1)}`;
}
