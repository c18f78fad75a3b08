// The Research screen's words before a tap (ui/research/research-words.ts), playtest 22: Let one
// go refunded nothing and had not said so; screen readers heard "Research" ten times over.
import { describe, expect, it } from 'vitest';
import { fixtureState } from '../engine/helpers';
import { eraContent } from '../../../src/lib/content';
import {
	Decimal,
	flow,
	hire,
	hireCashShare,
	HIRE_CASH_WARN_SHARE,
	letGoQuote,
	newGame,
	PAYROLL_WARN_SHARE,
	payrollAfterHire,
	quoteHire,
	rates
} from '../../../src/lib/engine';
import { formatMoney, formatNumber, formatPercent } from '../../../src/lib/format/number';
import {
	effectsText,
	hireCashText,
	letGoText,
	payrollText,
	researchButtonName
} from '../../../src/lib/ui/research/research-words';

const c = eraContent('garage');

describe('the Let one go line', () => {
	it('says the salary it saves, the insight it loses and that the fee is not returned', () => {
		const s = newGame(1);
		s.cash = new Decimal(1e9);
		hire(s, c, 3);
		const quote = letGoQuote(s, c, rates(s, c))!;
		const text = letGoText(quote);
		expect(text).toContain(`saves ${formatMoney(quote.salary)}/s of salary`);
		expect(text).toContain(`loses ${formatNumber(quote.insight)} insight/s`);
		expect(text).toContain(`the ${formatMoney(quote.fee)} paid to hire them is not returned`);
	});

	it('names no insight lost when the team is idle', () => {
		const one = new Decimal(1);
		const text = letGoText({ salary: one, insight: new Decimal(0), fee: one });
		expect(text).not.toContain('insight');
		expect(text).toContain('not returned');
	});
});

describe("a project's Research button", () => {
	it('is named with the project, what the button says and its price', () => {
		const names = [...eraContent('hyperscale').research.values()].map((p) =>
			researchButtonName(p.name, false, '10 insight')
		);
		expect(new Set(names).size).toBe(names.length);
		expect(researchButtonName('Quantization', false, '12 insight')).toBe(
			'Research: Quantization, 12 insight'
		);
		expect(researchButtonName('Quantization', true, '12 insight')).toMatch(/^Locked: Quantization/);
	});
});

describe("a project's effects", () => {
	const dyson = eraContent('dyson');
	const perWatt = dyson.research.get('perf-per-watt')!.effects;

	it('at the star, says only the watts part does nothing (playtest 23)', () => {
		// Playtest 23 read "…watts per chip ×0.85 (nothing here: …)" as the whole project idle.
		expect(effectsText(perWatt, dyson)).toBe(
			'compute ×1.25, watts per chip ×0.85 (no effect at the star)'
		);
	});

	it('elsewhere, says nothing of it', () => {
		expect(effectsText(perWatt, c)).toBe('compute ×1.25, watts per chip ×0.85');
	});

	it('says capability per FLOP in points too', () => {
		const text = effectsText([{ target: 'algoEfficiency', op: 'mul', value: 2 }], c);
		expect(text).toMatch(/^capability per FLOP ×2 \(\+\d+\.\d capability a run\)$/);
	});
});

describe("the hire's payroll line (playtest 23: at Max's edge one salary took nearly all income)", () => {
	it("warns with the share at Max's edge, and says it plainly below the warning's share", () => {
		const s = fixtureState('garage');
		const cc = eraContent(s.eraId);
		s.cash = new Decimal(1e9);
		const r = rates(s, cc);
		const max = quoteHire(s, cc, 'max', flow(s, r)).count;
		const edge = payrollAfterHire(s, cc, r, max)!;
		const warned = payrollText(edge, max);
		expect(warned.warns).toBe(true);
		expect(warned.text).toBe(
			`After hiring ${max}, salaries would take ${formatPercent(edge.share)} of income: ${formatMoney(edge.incomeAfter)}/s left.`
		);
		// The fewest hires past the warning's share warn; one fewer says the share without alarm.
		let n = 0;
		while (payrollAfterHire(s, cc, r, n + 1)!.share <= PAYROLL_WARN_SHARE) n++;
		const calm = payrollAfterHire(s, cc, r, n)!;
		expect(payrollText(payrollAfterHire(s, cc, r, n + 1)!, n + 1).warns).toBe(true);
		expect(payrollText(calm, n)).toEqual({
			warns: false,
			text: `After ${n > 1 ? `hiring ${n}` : 'this hire'}, salaries take ${formatPercent(calm.share)} of income (${formatMoney(calm.incomeAfter)}/s left).`
		});
	});

	it('says when the salaries would take more than all income', () => {
		const text = payrollText({ share: 1.4, incomeAfter: new Decimal(-4.5) }, 1).text;
		expect(text).toBe('After this hire, salaries would take more than all income: −$4.50/s.');
	});
});

describe("the hire's cash line (playtest 24: Max spent 96 % of the cash, unsaid)", () => {
	it('says the share of the cash a hire spends past half, and nothing at or below it', () => {
		const s = fixtureState('edge');
		const cc = eraContent(s.eraId);
		const quote = quoteHire(s, cc, 'max', flow(s, rates(s, cc)));
		const share = hireCashShare(s, quote)!;
		expect(share).toBeGreaterThan(HIRE_CASH_WARN_SHARE);
		expect(hireCashText(share, quote.count)).toBe(
			`Hiring ${quote.count} spends ${formatPercent(share)} of your cash.`
		);
		expect(hireCashText(0.92, 1)).toBe('This hire spends 92% of your cash.');
		expect(hireCashText(HIRE_CASH_WARN_SHARE, 3)).toBeNull();
		expect(hireCashText(0.1, 1)).toBeNull();
		expect(hireCashText(null, 1)).toBeNull();
	});
});
