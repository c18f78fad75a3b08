// The Campus card's income line (engine/buy-income.ts campusIncome): playtest 20 read the card
// with no word of what a campus does to the income, beside hardware cards that said theirs.
import { describe, expect, it } from 'vitest';
import { CAMPUSES, eraContent } from '../../../src/lib/content';
import {
	advance,
	applyHyperscale,
	apply,
	campusIncome,
	cloneState,
	cutPay,
	flow,
	type Decimal,
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
	return openAll(t);
}

/** The lab once every campus paid for has opened (no other step taken). */
function openAll(s: GameState): GameState {
	const t = cloneState(s);
	for (const campus of t.hyperscale.campuses)
		while (campus.phase !== ONLINE) {
			t.tick = Math.max(t.tick, campus.at);
			applyHyperscale(t, c);
		}
	return t;
}

const near = (a: Decimal, b: Decimal) => Math.abs(a.div(b).toNumber() - 1);

/** The peak premium the lab pays a second. */
const premium = (s: GameState) => {
	const r = rates(s, c);
	return cutPay(flow(s, r).served, r);
};

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

// Playtest 22 paid for a Metro edge campus, and the next card's "income from" was the income
// without it, as if it would never open.
describe('a campus after one is paid for and not yet open', () => {
	it('counts the one under way as open, before and after', () => {
		const s = fixtureState('hyperscale');
		expect(apply(s, c, { type: 'build-campus', site: 'metro-edge' }).ok).toBe(true);
		expect(s.hyperscale.campuses[0].phase).not.toBe(ONLINE);
		const r = rates(s, c);
		const income = campusIncome(s, c, r, 'river-valley')!;
		expect(income.underWay).toBe(1);
		const first = openAll(s);
		expect(near(income.now, netIncome(first, c, rates(first, c)))).toBeLessThan(1e-9);
		// Not the header's income: the campus under way more than triples it here.
		expect(income.now.gt(netIncome(s, c, r).mul(3))).toBe(true);
		const both = opened(s, 'river-valley');
		expect(both.hyperscale.campuses.every((x) => x.phase === ONLINE)).toBe(true);
		expect(near(income.after, netIncome(both, c, rates(both, c)))).toBeLessThan(1e-9);
		// Asking changes nothing.
		expect(s.hyperscale.campuses[0].phase).not.toBe(ONLINE);
	});
});

// Playtest 22 read a fall the card foretold (a second Metro edge campus) with no reason given.
describe('a campus that lowers the income says why', () => {
	/** The fixture with a campus open at `first`, at `hype`. */
	const lab = (first: string, hype: number) => {
		const s = opened(fixtureState('hyperscale'), first);
		s.hype = hype;
		return s;
	};

	it('the peak premium, when its rise on all the sales is most of the fall', () => {
		const s = lab('river-valley', 2);
		const income = campusIncome(s, c, rates(s, c), 'metro-edge')!;
		expect(income.after.lt(income.now)).toBe(true);
		expect(income.falls).toBe('peak-premium');
		expect(income.cutBefore).toBe(0);
		expect(income.cutAfter).toBeGreaterThan(0.05);
		const t = opened(s, 'metro-edge');
		const rise = premium(t).sub(premium(s));
		expect(rise.gt(income.now.sub(income.after).div(2))).toBe(true);
	});

	it('its power bill, when it adds no sales: every customer is served already', () => {
		const s = lab('metro-edge', 0);
		const income = campusIncome(s, c, rates(s, c), 'metro-edge')!;
		expect(income.after.lt(income.now)).toBe(true);
		expect(income.falls).toBe('power-bill');
		expect(income.addsSales).toBe(false);
		const t = opened(s, 'metro-edge');
		expect(flow(t, rates(t, c)).served.eq(flow(s, rates(s, c)).served)).toBe(true);
		const rise = premium(t).sub(premium(s));
		expect(rise.lt(income.now.sub(income.after).div(2))).toBe(true);
	});

	it('nothing, when it raises the income', () => {
		const s = fixtureState('hyperscale');
		const income = campusIncome(s, c, rates(s, c), 'metro-edge')!;
		expect(income.after.gt(income.now)).toBe(true);
		expect(income.falls).toBeNull();
		expect(income.addsSales).toBe(true);
	});
});

// Playtest 23 built a campus on "income from X to Y" and found most customers gone when it
// opened: while it is built the fleet stays short, and latency drives customers off.
describe('the customers who leave while a campus is built', () => {
	it('are those the lab has lost when it opens, and its income then is the opening one', () => {
		// The fixture sold out (its fleet serves a sliver of the demand), nothing else to come.
		const s = fixtureState('hyperscale');
		s.nextEventAt = 1e12;
		const r = rates(s, c);
		const metro = campusIncome(s, c, r, 'metro-edge')!;
		expect(metro.wait).toBe(CAMPUSES.hyperscale.sites.find((x) => x.id === 'metro-edge')!.build);
		// Build it for real and play on until the step before it opens.
		const t = cloneState(s);
		expect(apply(t, c, { type: 'build-campus', site: 'metro-edge' }).ok).toBe(true);
		advance(t, c, metro.wait - 1);
		expect(t.hyperscale.campuses[0].phase).not.toBe(ONLINE);
		// One step on it opens, with the customers and the income the card said.
		advance(t, c, 1);
		expect(t.hyperscale.campuses[0].phase).toBe(ONLINE);
		expect(metro.lost).toBeGreaterThan(0.2);
		expect(1 - metro.lost).toBeCloseTo((1 + t.hype) / (1 + s.hype), 9);
		expect(near(metro.opens, netIncome(t, c, rates(t, c)))).toBeLessThan(1e-9);
		// Less than the income with today's customers, which the card's "after" is.
		expect(metro.opens.lt(metro.after.mul(0.9))).toBe(true);
		// Not built, as many leave: the fleet is short either way (playtest 24 read the card's
		// "while it is built … they leave" as the building's doing).
		const unbuilt = cloneState(s);
		advance(unbuilt, c, metro.wait);
		expect(unbuilt.hype).toBeCloseTo(t.hype, 9);
		// The permits' site takes longer, and more of them leave meanwhile.
		const river = campusIncome(s, c, r, 'river-valley')!;
		expect(river.wait).toBeGreaterThan(metro.wait * 5);
		expect(river.lost).toBeGreaterThan(metro.lost);
		// Asking changes nothing.
		expect(s.hyperscale.campuses).toEqual([]);
	});

	it('are none while every customer is served', () => {
		const s = fixtureState('hyperscale');
		for (const id in s.hardware) s.hardware[id] *= 30;
		s.hype = 0;
		s.nextEventAt = 1e12;
		const r = rates(s, c);
		expect(flow(s, r).soldOut).toBe(false);
		const income = campusIncome(s, c, r, 'river-valley')!;
		expect(income.lost).toBe(0);
		expect(income.opens.eq(income.after)).toBe(true);
	});
});
