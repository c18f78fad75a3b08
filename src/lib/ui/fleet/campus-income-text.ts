// The Campus card's income line (engine/campus-income.ts campusIncome): what the next campus does
// to the income once open, counting the campuses already paid for, and why when it falls
// (playtest 22 read a fall the card foretold as alarming, for want of a reason).
import type { CampusIncome } from '$lib/engine';
import { formatDuration } from '$lib/format/duration';
import { formatPercent, formatRate, type Notation } from '$lib/format/number';

/** Two shares that differ, in as few digits as tell them apart ("14.8%" and "14.9%"). */
function shares(before: number, after: number): [string, string] {
	const digits = formatPercent(before) === formatPercent(after) ? 1 : 0;
	return [formatPercent(before, digits), formatPercent(after, digits)];
}

/** Why the income falls, in a sentence (empty when it does not). */
function fallText(i: CampusIncome): string {
	const [before, after] = shares(i.cutBefore, i.cutAfter);
	// Counted with the campuses under way open: not "already" beside "your fleet is short" of
	// today's lab (playtest 37 read both in one line).
	const served =
		i.underWay > 0
			? `with ${i.underWay === 1 ? 'the campus' : 'the campuses'} under way open, every customer is served`
			: 'every customer is served already';
	const premiumGrows = i.cutAfter > i.cutBefore;
	if (i.falls === 'peak-premium')
		return ` Lower: with it, the grid's peak premium takes ${after} of all your sales, not ${before}${i.addsSales ? '' : `; ${served}`}.`;
	if (i.falls === 'power-bill')
		return i.addsSales
			? ' Lower: its power bill is more than the sales it adds.'
			: ` Lower: ${served}, so it adds no sales, only its power bill${premiumGrows ? ' and a larger peak premium' : ''}; its chips can still train.`;
	return '';
}

/** The whole line: from → to, counting what is under way, and why a fall falls. */
export function campusIncomeText(i: CampusIncome, style?: Notation): string {
	const [now, after] = [i.now, i.after].map((x) => formatRate(x, '/s', style));
	const counting =
		i.underWay === 0
			? ''
			: i.underWay === 1
				? ', with the campus under way'
				: `, with the ${i.underWay} campuses under way`;
	if (now === after)
		return `Once open${counting}, it leaves income at ${now}.${lossText(i, style)}`;
	return `Once open${counting}: income from ${now} to ${after}.${fallText(i)}${lossText(i, style)}`;
}

/** The customers who leave before it opens, when they cost income at the opening (empty
 * otherwise): playtest 23 built on "income from X to Y" and opened on most of them gone. */
function lossText(i: CampusIncome, style?: Notation): string {
	const [opens, after] = [i.opens, i.after].map((x) => formatRate(x, '/s', style));
	if (i.lost < 0.01 || opens === after) return '';
	// They leave whether or not it is built (playtest 24 read "while it is built … they leave" as
	// the building's doing): the fleet is short now, and stays so until it opens.
	return ` That counts the customers you have now: your fleet is short of them today, and by the time it opens (about ${formatDuration(i.wait)}) about ${formatPercent(i.lost)} of them have left, built or not. It opens on ${opens} and climbs as they come back.`;
}

/** The peak premium's line when this campus raises it by a whole percent or more, and the income
 * line does not already say it takes the income down (empty otherwise). Against the lab with the
 * campuses under way open: a River valley campus beside a Metro edge one under way lowers it. */
export function campusPremiumText(i: CampusIncome): string {
	const [before, after] = [formatPercent(i.cutBefore), formatPercent(i.cutAfter)];
	if (i.falls === 'peak-premium' || !(i.cutAfter > i.cutBefore) || before === after) return '';
	return `The grid's peak premium takes ${after} of your sales once it opens (${before} ${i.underWay ? 'without it' : 'now'})`;
}
