// The Research screen's words for what a tap does, before it is made.
import type { Effect, EraContent } from '$lib/content';
import {
	capabilityGain,
	HIRE_CASH_WARN_SHARE,
	idleEffect,
	PAYROLL_WARN_SHARE,
	type Decimal
} from '$lib/engine';
import {
	formatCount,
	formatMoney,
	formatNumber,
	formatPercent,
	type Notation
} from '$lib/format/number';

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

/** What the salaries would take of the lab's earnings after a hire of `count` (engine hiring.ts
 * payrollAfterHire), and the income left; `warns` past PAYROLL_WARN_SHARE (playtest 23: at Max's
 * edge one salary took nearly all the income, unsaid). */
export function payrollText(
	payroll: { share: number; incomeAfter: Decimal },
	count: number,
	style?: Notation
): { text: string; warns: boolean } {
	const hire = count > 1 ? `hiring ${formatCount(count)}` : 'this hire';
	const share = formatPercent(payroll.share);
	const left = `${formatMoney(payroll.incomeAfter, style)}/s`;
	const warns = payroll.share > PAYROLL_WARN_SHARE;
	if (!warns)
		return { warns, text: `After ${hire}, salaries take ${share} of income (${left} left).` };
	if (payroll.share >= 1)
		return { warns, text: `After ${hire}, salaries would take more than all income: ${left}.` };
	return { warns, text: `After ${hire}, salaries would take ${share} of income: ${left} left.` };
}

/** What a hire of `count` spends of the cash, said past HIRE_CASH_WARN_SHARE (engine hiring.ts
 * hireCashShare; playtest 24: Max hired 22 for $21.5T of $22.5T, unsaid); else null. */
export function hireCashText(share: number | null, count: number): string | null {
	if (share === null || !(share > HIRE_CASH_WARN_SHARE)) return null;
	const hire = count > 1 ? `Hiring ${formatCount(count)}` : 'This hire';
	return `${hire} spends ${formatPercent(share)} of your cash.`;
}

/** A project's Research button as a screen reader names it: what the button says, with the
 * project's name (playtest 22: "Research" ten times over). */
export function researchButtonName(project: string, locked: boolean, cost: string): string {
	return `${locked ? 'Locked' : 'Research'}: ${project}, ${cost}`;
}

const TARGETS: Record<Effect['target'], string> = {
	flopPerToken: 'FLOP per token',
	footprint: 'memory footprint',
	algoEfficiency: 'capability per FLOP',
	trainThroughput: 'training speed',
	watts: 'watts per chip',
	marketSize: 'market size',
	insightRate: 'insight per researcher',
	hypeSpike: 'hype per release',
	compute: 'compute',
	startCash: 'starting cash',
	offlineCap: 'offline cap',
	radiation: 'radiation losses'
};

/**
 * A project's effects, as its card lists them ("compute ×1.25, watts per chip ×0.85"). Capability
 * per FLOP in points too: playtest 13 read "×2" as double the capability, and four projects
 * (×56) took a run from 70 to 86 (engine/formulas.ts capabilityGain). An effect the era ignores
 * says so on that effect alone: playtest 22 researched watts at the star and nothing changed, and
 * playtest 23 read "(nothing here: …)" after the list as if the whole project did nothing.
 */
export function effectsText(effects: readonly Effect[], content: EraContent): string {
	return effects
		.map((e) => {
			const gain =
				e.target === 'algoEfficiency'
					? ` (+${capabilityGain(e.value).toFixed(1)} capability a run)`
					: '';
			const idle = idleEffect(content, e.target) ? ' (no effect at the star)' : '';
			return `${TARGETS[e.target]} ×${e.value}${gain}${idle}`;
		})
		.join(', ');
}
