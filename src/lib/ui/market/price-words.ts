// The price verdict in words (PriceAdvice.svelte, engine/price-verdict.ts): the tier to be on
// now, and its one caveat. Every "more" names what it is more than: playtest 44 read "Standard
// earns $94.2/s more" after "Premium price earns the most now" and asked more than what.
import type { Decimal, PriceVerdict } from '$lib/engine';
import { formatMoney, formatPercent } from '$lib/format/number';

/** In cash a second, not a share of the income: playtest 35 read "would earn 1712% more" (and
 * "60876% more") beside an income of cents, where the Market tab said $11.40/s against $5.97/s. */
const more = (x: Decimal, than: string) => `${formatMoney(x)}/s more than ${than}`;

/** Where the verdict is read: `current`, the name of the lab's price tier; `away`, in the away
 * report, with the rivals' releases since the player left (playtest 43 came back to the line
 * each time, having followed the Lab's advice before leaving). */
export interface PriceWhere {
	current: string;
	away: boolean;
	rivals: number;
}

/** The verdict: the tier to be on now. */
export function priceLead(v: PriceVerdict, where: PriceWhere): string {
	if (!v.switch) return `${v.tier.name} price earns the most now`;
	const since =
		where.rivals > 0
			? `; rivals released ${where.rivals} model${where.rivals === 1 ? '' : 's'} since`
			: '';
	const left = where.away ? `You were away on ${where.current} price${since}. ` : '';
	return `${left}${v.tier.name} price would earn ${more(v.more, where.current)} now`;
}

/** The one caveat, as a clause after the verdict ('' with none). `current`: the id of the lab's
 * price tier. */
export function priceCaveat(v: PriceVerdict, current: string): string {
	const c = v.caveat;
	if (!c) return '';
	if (c.kind === 'sells-out')
		return `, but at ${v.tier.name} you would sell out: waits then drive customers off`;
	if (c.kind === 'rush-fades') {
		// What settles: the rush, customers coming back, the orders on the way (playtest 28).
		const land = 'the orders on the way land';
		const when = c.rush
			? `, in the rush; once it fades${c.cargo ? ` and ${land}` : ''}`
			: c.away
				? `, while customers are away; once they come back${c.cargo ? ` and ${land}` : ''}`
				: `; once ${land}`;
		return `${when}, ${c.tier.name} earns ${more(c.more, c.than.name)}: switch ${c.tier.id === current ? 'back ' : ''}before you leave for long`;
	}
	const here = c.training > 0 ? ` while training at ${formatPercent(c.training)}` : ' with no run';
	const there =
		c.otherTraining > 0 ? `once a run trains at ${formatPercent(c.otherTraining)}` : 'between runs';
	return `${here}; ${there}, ${c.tier.name} earns the most`;
}
