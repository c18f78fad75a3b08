// Playtest 44 came back after an hour in the Garage to a lab at a loss: the away report's cash
// line said to let a researcher go, where one tap on another price made sales cover the costs
// (price-cover.ts). The line now leads with the switch when there is one.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	advance,
	apply,
	awayReport,
	cloneState,
	priceCover,
	rates,
	type GameState
} from '../../../src/lib/engine';
import { salesAndCosts, salesCover } from '../../../src/lib/engine/cash-loss';
import { awayCashFellText, awayCashOutText } from '../../../src/lib/ui/away/away-cash-out-text';
import { COST_REMEDY } from '../../../src/lib/ui/shell/costs-text';
import { fixtureState } from './helpers';

/** The Garage fixture left on Premium with `researchers`, `cash` more in the bank, an hour away. */
function hourOnPremium(researchers: number, cash: number) {
	const before = fixtureState('garage');
	before.priceTier = 'premium';
	before.researchers = researchers;
	before.cash = before.cash.add(cash);
	const c = eraContent(before.eraId);
	const after = cloneState(before);
	advance(after, c, 3600);
	return { c, after, report: awayReport(before, after, c, [], 0) };
}

/** The lab switched to `tier`, at work (a broke lab's researchers back, its power cut lifted). */
function switched(s: GameState, tier: string): GameState {
	const c = eraContent(s.eraId);
	const t = cloneState(s);
	expect(apply(t, c, { type: 'price-tier', tier }).ok).toBe(true);
	t.idle = false;
	return t;
}

const covers = (s: GameState) => {
	const c = eraContent(s.eraId);
	return salesCover(salesAndCosts(s, c, rates(s, c)));
};

describe('the price that would make a lab at a loss pay its way', () => {
	it('leads the away report with the switch when another price covers the costs', () => {
		const { c, after, report } = hourOnPremium(3, 5e4);
		expect(after.idle).toBe(false);
		const fell = report.cashFell!;
		expect(fell).not.toBeNull();
		const to = fell.switchTo!;
		expect(to).not.toBeNull();
		expect(to.tier.id).not.toBe('premium');
		// Switched as told, sales cover the costs, and the cash grows from then on.
		const then = switched(after, to.tier.id);
		expect(covers(then)).toBe(true);
		expect(to.sales.eq(salesAndCosts(then, c, rates(then, c)).sales)).toBe(true);
		const later = cloneState(then);
		advance(later, c, 600);
		expect(later.cash.gt(then.cash)).toBe(true);
		// On Premium the same ten minutes lose cash.
		const stayed = cloneState(after);
		advance(stayed, c, 600);
		expect(stayed.cash.lt(after.cash)).toBe(true);
		// The switch first, then the other remedies.
		const text = awayCashFellText(fell);
		const lead = `Switch to ${to.tier.name} price (Market tab): sales (`;
		expect(text).toContain(lead);
		expect(text.indexOf(lead)).toBeLessThan(text.indexOf('Otherwise, earn more'));
	});

	it('says nothing of the price when no tier covers the costs', () => {
		const { c, after, report } = hourOnPremium(7, 5e4);
		const fell = report.cashFell!;
		expect(fell).not.toBeNull();
		for (const tier of c.priceTiers.keys()) expect(covers(switched(after, tier))).toBe(false);
		expect(fell.switchTo).toBeNull();
		const text = awayCashFellText(fell);
		expect(text).not.toContain('Switch to');
		expect(text.endsWith(COST_REMEDY[fell.now.largest])).toBe(true);
	});

	it('weighs a broke lab at work: its cut power bill is not what it pays once rehired', () => {
		const { c, after, report } = hourOnPremium(7, 0);
		expect(after.idle).toBe(true);
		const out = report.cashOut!;
		expect(out.brokeNow).toBe(true);
		// Against the cut bill Cheap's sales would cover the costs; at work they do not.
		const cheap = cloneState(after);
		apply(cheap, c, { type: 'price-tier', tier: 'cheap' });
		expect(salesCover(salesAndCosts(cheap, c, rates(cheap, c)))).toBe(true);
		expect(covers(switched(after, 'cheap'))).toBe(false);
		expect(out.switchTo).toBeNull();
		expect(awayCashOutText(out)).toContain("The Lab's red card says the way back.");
		expect(awayCashOutText(out)).not.toContain('Switch to');
	});

	it('names a switch for a broke lab whose payroll another price would pay', () => {
		const { after, report } = hourOnPremium(3, 0);
		const out = report.cashOut!;
		expect(out.brokeNow).toBe(true);
		const to = out.switchTo!;
		expect(to).not.toBeNull();
		expect(covers(switched(after, to.tier.id))).toBe(true);
		expect(awayCashOutText(out)).toMatch(
			new RegExp(
				`Switch to ${to.tier.name} price \\(Market tab\\): sales \\(.+\\) would cover the costs\\. Otherwise, the Lab's red card says the way back\\.$`
			)
		);
	});

	it('is null on a price that covers the costs already', () => {
		const s = fixtureState('hyperscale');
		expect(covers(s)).toBe(true);
		expect(priceCover(s, eraContent(s.eraId))).toBeNull();
	});
});
