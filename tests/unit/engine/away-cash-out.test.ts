// The away report says the cash ran out while away, how often, and why (away-cash-out.ts):
// playtest 32 came back to "Cash ran out (×6)" and a broke lab, and nothing said that the release
// before it had made power ×1,300 dearer.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	Decimal,
	advance,
	awayReport,
	cloneState,
	rates,
	type GameState
} from '../../../src/lib/engine';
import { POWER_CLIMB_TOLD } from '../../../src/lib/engine/away-cash-out';
import { pushNews } from '../../../src/lib/engine/news';
import { powerPriceIndex } from '../../../src/lib/engine/power-bill';
import { awayCashFellText, awayCashOutText } from '../../../src/lib/ui/away/away-cash-out-text';
import { COST_REMEDY } from '../../../src/lib/ui/shell/costs-text';
import { fixtureState } from './helpers';

function away(before: GameState, seconds: number) {
	const c = eraContent(before.eraId);
	const after = cloneState(before);
	advance(after, c, seconds);
	return { c, after, report: awayReport(before, after, c, [], 0) };
}

describe('the away report on the cash running out', () => {
	it('says so, with sales against the costs now, in its own line and not among the headlines', () => {
		const before = fixtureState('garage');
		expect(before.idle).toBe(false);
		const { c, after, report } = away(before, 3 * 3600);
		expect(after.idle).toBe(true);
		const out = report.cashOut!;
		expect(out.brokeNow).toBe(true);
		expect(out.times).toBeGreaterThanOrEqual(1);
		// Sales and costs are the lab's on return, as the Lab's cash card reads them.
		expect(out.now.power.eq(rates(after, c).powerCost)).toBe(true);
		expect(report.headlines.some((h) => h.kind === 'broke')).toBe(false);
		const text = awayCashOutText(out);
		// Saved up since, short of the payroll (playtest 35 read "still out of cash" beside $711).
		expect(after.cash.gt(0)).toBe(true);
		expect(text).toMatch(
			/^Cash ran out( \d+ times)? while you were away\. Its payroll is still missed, the cash saving up to pay it: sales /
		);
		expect(text).toContain("The Lab's red card says the way back.");
		// No release while away: no word of the power price.
		expect(out.powerDearer).toBeNull();
	});

	it('says "still out of cash" only of a broke lab with none (playtest 35 read it beside $711)', () => {
		const before = fixtureState('garage');
		const { c, after } = away(before, 3 * 3600);
		expect(after.idle).toBe(true);
		const saved = awayReport(before, after, c, [], 0).cashOut!;
		expect(saved.emptyNow).toBe(false);
		expect(awayCashOutText(saved)).not.toContain('out of cash');
		after.cash = after.cash.mul(0);
		const out = awayReport(before, after, c, [], 0).cashOut!;
		expect(out.brokeNow).toBe(true);
		expect(out.emptyNow).toBe(true);
		expect(awayCashOutText(out)).toMatch(
			/^Cash ran out( \d+ times)? while you were away\. It is still out of cash: sales /
		);
	});

	it('is told of a lab with no researchers too (its news says nothing then: playtest 30)', () => {
		const before = fixtureState('endless');
		const { after, report } = away(before, 3 * 3600);
		expect(after.researchers).toBe(0);
		expect(after.news.some((n) => n.kind === 'broke' && n.tick > before.tick)).toBe(false);
		expect(report.cashOut?.brokeNow).toBe(true);
		// No payroll to miss (playtest 44 read "Its payroll is still missed" of such a lab).
		const text = awayCashOutText(report.cashOut!);
		expect(report.cashOut!.now.salaries.eq(0)).toBe(true);
		expect(text).not.toContain('payroll');
		expect(report.cashOut!.emptyNow).toBe(false);
		expect(text).toContain('Its power bill is still unpaid, the grid running part of the chips');
	});

	it('says nothing when the cash never ran out', () => {
		const before = fixtureState('hyperscale');
		const { after, report } = away(before, 600);
		expect(after.idle).toBe(false);
		expect(report.cashOut).toBeNull();
	});

	it('names the release that made power dearer, and how much dearer', () => {
		const before = fixtureState('garage');
		const c = eraContent(before.eraId);
		const after = cloneState(before);
		after.model = { ...after.model, name: 'Ember-9', capability: after.model.capability + 20 };
		after.tick += 60;
		pushNews(after, 'broke');
		pushNews(after, 'rehired');
		after.tick += 60;
		pushNews(after, 'broke');
		after.idle = false;
		const climb = powerPriceIndex(after, c).div(powerPriceIndex(before, c));
		expect(climb.gte(POWER_CLIMB_TOLD)).toBe(true);
		const out = awayReport(before, after, c, [], 0).cashOut!;
		expect(out.times).toBe(2);
		expect(out.powerDearer!.model).toBe('Ember-9');
		expect(out.powerDearer!.times.toNumber()).toBeCloseTo(climb.toNumber(), 6);
		const text = awayCashOutText(out);
		expect(text).toMatch(
			/^Cash ran out 2 times while you were away: power became [\d.,]+ times dearer with Ember-9's release \(utilities charge more the better the model you serve\)\. /
		);
		// Back in cash: whether sales now cover the costs, said as it is.
		const costs = out.now.power.add(out.now.salaries).add(out.now.rent);
		expect(out.covered).toBe(out.now.sales.gte(costs));
		expect(text).toMatch(
			out.covered
				? /Sales \(.+\) cover the costs \(.*power .+\) again\.$/
				: /It has cash again, but sales \(.+\) still fall short of the costs \(.*power .+\)\.$/
		);
		const covered = awayCashOutText({ ...out, covered: true });
		expect(covered).toMatch(/cover the costs .* again\.$/);
		const short = awayCashOutText({ ...out, covered: false });
		expect(short).toMatch(/still fall short of the costs/);
	});
});

// Playtest 42 came back twice to a lab that ran at a loss for hours without running out of cash
// (the Premium price, power priced by the model served): only the cash figure said so.
describe('the away report on a lab that ran at a loss without running out', () => {
	it('says how much the cash fell and sales against the costs now, with what lowers the loss', () => {
		// The garage lab with forty researchers: their salaries outrun its sales, and its cash
		// lasts the ten minutes away.
		const before = fixtureState('garage');
		before.researchers = 40;
		before.cash = new Decimal(1e5);
		const { after, report } = away(before, 600);
		expect(after.idle).toBe(false);
		expect(after.cash.lt(before.cash)).toBe(true);
		expect(report.cashOut).toBeNull();
		const fell = report.cashFell!;
		expect(fell.lost.eq(before.cash.sub(after.cash))).toBe(true);
		expect(fell.now.sales.lt(fell.now.power.add(fell.now.salaries).add(fell.now.rent))).toBe(true);
		const text = awayCashFellText(fell);
		expect(text).toMatch(
			/^Your lab ran at a loss while you were away: the cash fell \$[\d.,]+[A-Za-z]*\. Sales \(/
		);
		expect(text).toContain(COST_REMEDY[fell.now.largest]);
	});

	it('says nothing of a lab whose cash grew, or that ran out (the cash-out line says that)', () => {
		const earning = fixtureState('hyperscale');
		const grew = away(earning, 600);
		expect(grew.after.cash.gt(earning.cash)).toBe(true);
		expect(grew.report.cashFell).toBeNull();
		const broke = away(fixtureState('garage'), 3 * 3600);
		expect(broke.report.cashOut).not.toBeNull();
		expect(broke.report.cashFell).toBeNull();
	});

	it('says nothing when sales cover the costs on return (the fall bought things)', () => {
		const before = fixtureState('garage');
		before.researchers = 40;
		before.cash = new Decimal(1e5);
		const { c, after, report } = away(before, 600);
		expect(report.cashFell).not.toBeNull();
		// The same lab back with its payroll gone: what fell was spent, and sales cover the rest.
		after.researchers = 0;
		expect(rates(after, c).salaries.eq(0)).toBe(true);
		expect(awayReport(before, after, c, [], 0).cashFell).toBeNull();
	});
});
