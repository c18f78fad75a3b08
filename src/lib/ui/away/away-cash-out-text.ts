// The away report's line on the cash running out while away (engine/away-cash-out.ts): how
// often, the power price's climb when a release made it, and sales against the costs now.
import type { AwayCashFell, AwayCashOut, Decimal } from '$lib/engine';
import { formatMoney, formatTimesInWords, lineNotation } from '$lib/format/number';
import { COST_REMEDY, costsText, remedyText } from '../shell/costs-text';

/** A figure a second in the notation of the sales and costs it stands beside. */
function perSecond(now: AwayCashOut['now']): (x: Decimal) => string {
	const style = lineNotation(now.sales, now.power, now.salaries, now.rent);
	return (x) => `${formatMoney(x, style)}/s`;
}

export function awayCashOutText(out: AwayCashOut): string {
	const { now } = out;
	const money = perSecond(now);
	const times = out.times > 1 ? ` ${out.times} times` : '';
	const cause = powerCause(out.powerDearer);
	const costs = costsText(now, money);
	// With no researchers there is no payroll to miss (playtest 44 read "Its payroll is still
	// missed" of a lab with none): the power bill is what the cash saves up for.
	const missed = now.salaries.gt(0)
		? 'Its payroll is still missed, the cash saving up to pay it'
		: 'Its power bill is still unpaid, the grid running part of the chips until the cash covers it';
	const state = out.brokeNow
		? `${out.emptyNow ? 'It is still out of cash' : missed}: sales ${money(now.sales)} against ${costs}. ${remedyText(out.switchTo, "The Lab's red card says the way back.", money)}`
		: out.covered
			? `Sales (${money(now.sales)}) cover the costs (${costs}) again.`
			: `It has cash again, but sales (${money(now.sales)}) still fall short of the costs (${costs}).${out.switchTo ? ` ${remedyText(out.switchTo, COST_REMEDY[now.largest], money)}` : ''}`;
	return `Cash ran out${times} while you were away${cause}. ${state}`;
}

/** The release that made power dearer while away, as a cause (': power became …'), or ''. */
function powerCause(dearer: AwayCashOut['powerDearer']): string {
	return dearer
		? `: power became ${formatTimesInWords(dearer.times)} dearer with ${dearer.model}'s release (utilities charge more the better the model you serve)`
		: '';
}

/** The away report's line on a lab that ran at a loss while away without running out of cash
 * (engine/away-cash-out.ts awayCashFell): how much the cash fell, why when a release made power
 * dearer, and sales against the costs now. */
export function awayCashFellText(fell: AwayCashFell): string {
	const { now } = fell;
	const money = perSecond(now);
	return `Your lab ran at a loss while you were away: the cash fell ${formatMoney(fell.lost)}${powerCause(fell.powerDearer)}. Sales (${money(now.sales)}) still fall short of the costs (${costsText(now, money)}). ${remedyText(fell.switchTo, COST_REMEDY[now.largest], money)}`;
}
