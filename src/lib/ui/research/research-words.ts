// The Research screen's words for what a tap does, before it is made.
import type { Decimal } from '$lib/engine';
import { formatMoney, formatNumber, type Notation } from '$lib/format/number';

/** Letting one researcher go (engine hiring.ts letGoQuote): what it saves, what it gives up, and
 * that the hiring fee stays spent (playtest 22 got nothing back and felt cheated). */
export function letGoText(
	quote: { salary: Decimal; insight: Decimal; fee: Decimal },
	style?: Notation
): string {
	const insight = quote.insight.gt(0)
		? ` and loses ${formatNumber(quote.insight, 3, style)} insight/s`
		: '';
	return `Letting one go saves ${formatMoney(quote.salary, style)}/s of salary${insight}; the ${formatMoney(quote.fee, style)} paid to hire them is not returned.`;
}

/** A project's Research button as a screen reader names it: what the button says, with the
 * project's name (playtest 22: "Research" ten times over). */
export function researchButtonName(project: string, locked: boolean, cost: string): string {
	return `${locked ? 'Locked' : 'Research'}: ${project}, ${cost}`;
}
