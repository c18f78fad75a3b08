// The Campus card's income line (engine/buy-income.ts campusIncome): playtest 20 read the card
// with no word of what a campus does to the income, beside hardware cards that said theirs.
import { describe, expect, it } from 'vitest';
import { CAMPUSES, eraContent } from '../../../src/lib/content';
import {
	applyHyperscale,
	apply,
	campusIncome,
	cloneState,
	netIncome,
	ONLINE,
	rates,
	type GameState
} from '../../../src/lib/engine';
import { fixtureState } from './helpers';

const c = eraContent('hyperscale');

/** The lab once the campus it just started has opened, by the era's own rules (hearings drawn,
 * the build done), with no other step taken: nothing else moves. */
function opened(s: GameState, site: string): GameState {
	const t = cloneState(s);
	expect(apply(t, c, { type: 'build-campus', site }).ok).toBe(true);
	const campus = t.hyperscale.campuses.at(-1)!;
	while (campus.phase !== ONLINE) {
		t.tick = campus.at;
		applyHyperscale(t, c);
	}
	return t;
}

describe("a campus's income", () => {
	it('is the income now and the income the lab has once that campus opens, at each site', () => {
		const s = fixtureState('hyperscale');
		const r = rates(s, c);
		const afters = [];
		for (const site of CAMPUSES.hyperscale.sites) {
			const income = campusIncome(s, c, r, site.id)!;
			expect(income.now.eq(netIncome(s, c, r))).toBe(true);
			const t = opened(s, site.id);
			const real = netIncome(t, c, rates(t, c));
			expect(Math.abs(income.after.div(real).toNumber() - 1), site.id).toBeLessThan(1e-9);
			// Here a campus adds far more sales than bill.
			expect(income.after.gt(income.now.mul(10))).toBe(true);
			afters.push(income.after);
		}
		// The sites differ: the dear one's power and peak premium take more of the sales.
		expect(afters[0].eq(afters[1])).toBe(false);
		// Asking changes nothing.
		expect(s.hyperscale.campuses).toEqual([]);
	});

	it('counts the campuses already open, and is none once every site is taken', () => {
		const s = fixtureState('hyperscale');
		const first = opened(s, 'metro-edge');
		const r = rates(first, c);
		const income = campusIncome(first, c, r, 'river-valley')!;
		expect(income.now.eq(netIncome(first, c, r))).toBe(true);
		const second = opened(first, 'river-valley');
		expect(
			Math.abs(income.after.div(netIncome(second, c, rates(second, c))).toNumber() - 1)
		).toBeLessThan(1e-9);
		const full = cloneState(first);
		while (full.hyperscale.campuses.length < CAMPUSES.hyperscale.maxCampuses)
			full.hyperscale.campuses.push({ ...full.hyperscale.campuses[0] });
		expect(campusIncome(full, c, rates(full, c), 'river-valley')).toBeNull();
		expect(campusIncome(s, c, r, 'no-such-site')).toBeNull();
		const garage = fixtureState('garage');
		const g = eraContent('garage');
		expect(campusIncome(garage, g, rates(garage, g), 'river-valley')).toBeNull();
	});
});
