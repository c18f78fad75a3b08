// The Research screen's words before a tap (ui/research/research-words.ts), playtest 22: Let one
// go refunded nothing and had not said so; screen readers heard "Research" ten times over.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import { Decimal, hire, letGoQuote, newGame, rates } from '../../../src/lib/engine';
import { formatMoney, formatNumber } from '../../../src/lib/format/number';
import {
	effectsText,
	letGoText,
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
