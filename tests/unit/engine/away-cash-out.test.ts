// The away report says the cash ran out while away, how often, and why (away-cash-out.ts):
// playtest 32 came back to "Cash ran out (×6)" and a broke lab, and nothing said that the release
// before it had made power ×1,300 dearer.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import { advance, awayReport, cloneState, rates, type GameState } from '../../../src/lib/engine';
import { POWER_CLIMB_TOLD } from '../../../src/lib/engine/away-cash-out';
import { pushNews } from '../../../src/lib/engine/news';
import { powerPriceIndex } from '../../../src/lib/engine/power-bill';
import { awayCashOutText } from '../../../src/lib/ui/away/away-cash-out-text';
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
