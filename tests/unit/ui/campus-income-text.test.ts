// The Campus card's income line (ui/fleet/campus-income-text.ts), playtest 22: after paying for
// one campus the next card's "from" left it out, and a foretold fall gave no reason.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	apply,
	applyHyperscale,
	campusIncome,
	cloneState,
	ONLINE,
	rates,
	type CampusIncome,
	type GameState
} from '../../../src/lib/engine';
import { formatDuration } from '../../../src/lib/format/duration';
import { formatPercent, formatRate } from '../../../src/lib/format/number';
import { campusIncomeText, campusPremiumText } from '../../../src/lib/ui/fleet/campus-income-text';
import { fixtureState } from '../engine/helpers';

const c = eraContent('hyperscale');

function built(s: GameState, site: string, open: boolean): GameState {
	const t = cloneState(s);
	expect(apply(t, c, { type: 'build-campus', site }).ok).toBe(true);
	const campus = t.hyperscale.campuses.at(-1)!;
	while (open && campus.phase !== ONLINE) {
		t.tick = campus.at;
		applyHyperscale(t, c);
	}
	return t;
}

const income = (s: GameState, site: string): CampusIncome => campusIncome(s, c, rates(s, c), site)!;

describe("the Campus card's income line", () => {
	it('says from → to, with no word of campuses under way when there are none', () => {
		// Every customer served: none leave while it is built.
		const s = fixtureState('hyperscale');
		for (const id in s.hardware) s.hardware[id] *= 30;
		s.hype = 0;
		const i = income(s, 'river-valley');
		expect(i.lost).toBe(0);
		const text = campusIncomeText(i);
		expect(
			text.startsWith(`Once open: income from ${formatRate(i.now)} to ${formatRate(i.after)}.`)
		).toBe(true);
		expect(text).not.toContain('while it is built');
	});

	it('says how many customers leave while it is built, and the income it opens on (playtest 23)', () => {
		// Sold out: the fleet serves a sliver of the demand, and latency drives customers off.
		const i = income(fixtureState('hyperscale'), 'river-valley');
		expect(i.lost).toBeGreaterThan(0.5);
		expect(campusIncomeText(i)).toBe(
			`Once open: income from ${formatRate(i.now)} to ${formatRate(i.after)}. That counts the customers you have now: your fleet is short of them today, and by the time it opens (about ${formatDuration(i.wait)}) about ${formatPercent(i.lost)} of them have left, built or not. It opens on ${formatRate(i.opens)} and climbs as they come back.`
		);
	});

	it('counts the campus under way, and says so', () => {
		const s = built(fixtureState('hyperscale'), 'metro-edge', false);
		const text = campusIncomeText(income(s, 'river-valley'));
		expect(text).toMatch(/^Once open, with the campus under way: income from /);
	});

	it("says a fall is the peak premium's, with the shares before and after", () => {
		const s = built(fixtureState('hyperscale'), 'river-valley', true);
		s.hype = 2;
		const i = income(s, 'metro-edge');
		expect(i.falls).toBe('peak-premium');
		expect(campusIncomeText(i)).toContain(
			` Lower: with it, the grid's peak premium takes ${formatPercent(i.cutAfter)} of all your sales, not ${formatPercent(i.cutBefore)}; every customer is served already.`
		);
		// The premium's own line would say it again: none.
		expect(campusPremiumText(i)).toBe('');
	});

	it('says a fall with every customer served is its bill, not sales, and that its chips train', () => {
		const s = built(fixtureState('hyperscale'), 'metro-edge', true);
		const i = income(s, 'metro-edge');
		expect(i.falls).toBe('power-bill');
		const text = campusIncomeText(i);
		expect(text).toContain(
			' Lower: every customer is served already, so it adds no sales, only its power bill'
		);
		expect(text).toContain('its chips can still train.');
	});

	it('says "served" of the lab with the campus under way open, not "already" (playtest 37)', () => {
		// Playtest 37 read "every customer is served already, so it adds no sales … your fleet is
		// short" in one line: the fall counts the campus under way open, the loss today's lab.
		const s = built(built(fixtureState('hyperscale'), 'metro-edge', true), 'metro-edge', false);
		const i = income(s, 'metro-edge');
		expect(i.underWay).toBe(1);
		expect(i.addsSales).toBe(false);
		const text = campusIncomeText(i);
		expect(text).toMatch(/ Lower: with the campus under way open, every customer is served[,;]/);
		expect(text).not.toContain('served already');
	});

	it('says nothing of a fall when the income rises', () => {
		const i = income(fixtureState('hyperscale'), 'metro-edge');
		expect(campusIncomeText(i)).not.toContain('Lower');
	});
});

describe("the peak premium's line", () => {
	it('quotes the share once it opens and now, for the site that pays one', () => {
		const s = fixtureState('hyperscale');
		const metro = income(s, 'metro-edge');
		expect(campusPremiumText(metro)).toBe(
			`The grid's peak premium takes ${formatPercent(metro.cutAfter)} of your sales once it opens (0% now)`
		);
		expect(campusPremiumText(income(s, 'river-valley'))).toBe('');
	});

	it('is measured against the campuses under way: a River valley campus lowers it', () => {
		const s = built(fixtureState('hyperscale'), 'metro-edge', false);
		const river = income(s, 'river-valley');
		expect(river.cutAfter).toBeLessThan(river.cutBefore);
		expect(campusPremiumText(river)).toBe('');
		// A second Metro edge one: the same share, give or take a tenth, is not news.
		const metro = income(s, 'metro-edge');
		expect(formatPercent(metro.cutAfter)).toBe(formatPercent(metro.cutBefore));
		expect(campusPremiumText(metro)).toBe('');
	});
});
