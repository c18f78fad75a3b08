// Dyson's decision: panels collect the star's watts with no contract bill (their station-keeping
// is a cut of the sales), each dearer than the last and
// built for a while before it collects,
// and at the star research no longer cuts the watts per chip.
import { describe, expect, it } from 'vitest';
import { eraContent, STARS } from '../../../src/lib/content';
import {
	advance,
	apply,
	cloneState,
	idleEffect,
	newGame,
	panelCost,
	rates,
	starView,
	step
} from '../../../src/lib/engine';
import { stationCut } from '../../../src/lib/engine/power-sources';
import { stateDiff } from './helpers';

const c = eraContent('dyson');
const star = STARS.dyson;

describe('Dyson', () => {
	it('each panel adds the same watts once built, for its station-keeping, at a climbing price', () => {
		const s = newGame(3, 'dyson');
		s.cash = s.cash.mul(1e9);
		const before = rates(s, c);
		const first = panelCost(s, c);
		expect(apply(s, c, { type: 'panel' }).ok).toBe(true);
		// Ordered, not collecting yet: the price counts it, the power does not.
		expect(panelCost(s, c).div(first).toNumber()).toBeCloseTo(star.panelRatio, 9);
		expect(rates(s, c).powerCapacity.eq(before.powerCapacity)).toBe(true);
		const ordered = starView(s, c, rates(s, c))!;
		expect(ordered).toMatchObject({ panels: 0, building: 1, landsIn: star.lead });
		expect(ordered.coming).toBe(star.panelWatts);
		// A second panel in the same tick joins the batch.
		apply(s, c, { type: 'panel' });
		expect(s.dyson.building).toEqual([{ count: 2, at: star.lead }]);
		advance(s, c, star.lead - 1);
		expect(s.dyson.panels).toBe(0);
		advance(s, c, 1);
		expect(s.dyson.panels).toBe(2);
		expect(s.dyson.building).toEqual([]);
		const after = rates(s, c);
		expect(after.powerCapacity.sub(before.powerCapacity).toNumber()).toBeCloseTo(
			2 * star.panelWatts,
			-10
		);
		// The rings are drawn first, and the starting fleet draws less than they give: the ring
		// bills as before and the panels carry nothing, so they cost no station-keeping (playtest 6
		// paid 12 % of its sales for panels its chips did not need); Earth's grid buys their watts.
		expect(before.powerCost.gt(0)).toBe(true);
		expect(after.powerCost.div(before.powerCost).toNumber()).toBeCloseTo(1, 9);
		expect(after.salesCut).toBe(0);
		expect(after.salesCut).toBe(stationCut(s, c, after.powerDraw, before.powerCapacity));
		expect(after.batch.gt(0)).toBe(true);
		expect(before.batch.eq(0)).toBe(true);
		expect(starView(s, c, after)!).toMatchObject({ panels: 2, building: 0, landsIn: null });
		expect(apply(newGame(1), eraContent('garage'), { type: 'panel' }).ok).toBe(false);
	});

	it('a batch ordered later lands later: batches land in order, each at its own tick', () => {
		const s = newGame(3, 'dyson');
		s.cash = s.cash.mul(1e9);
		apply(s, c, { type: 'panel' });
		advance(s, c, 100);
		apply(s, c, { type: 'panel' });
		apply(s, c, { type: 'panel' });
		expect(s.dyson.building).toEqual([
			{ count: 1, at: star.lead },
			{ count: 2, at: star.lead + 100 }
		]);
		advance(s, c, star.lead - 100);
		expect(s.dyson).toEqual({ panels: 1, beam: 1, building: [{ count: 2, at: star.lead + 100 }] });
		advance(s, c, 100);
		expect(s.dyson).toEqual({ panels: 3, beam: 1, building: [] });
	});

	it('a ring is watts sooner, panels the same watts cheaper', () => {
		const ring = c.era.power.find((p) => p.id === 'partial-shell')!;
		const panels = ring.capacity / star.panelWatts;
		const a = newGame(3, 'dyson');
		a.cash = a.cash.mul(1e9);
		const b = cloneState(a);
		const base = rates(a, c).powerCapacity;
		expect(apply(a, c, { type: 'sign', contract: ring.id }).ok).toBe(true);
		for (let i = 0; i < panels; i++) expect(apply(b, c, { type: 'panel' }).ok).toBe(true);
		// Cheaper to order: the panels cost less than the ring's price.
		expect(b.cash.gt(a.cash)).toBe(true);
		expect(ring.buildTime).toBeLessThan(star.lead);
		advance(a, c, ring.buildTime);
		advance(b, c, ring.buildTime);
		expect(rates(a, c).powerCapacity.gt(base)).toBe(true);
		expect(rates(b, c).powerCapacity.eq(base)).toBe(true);
		advance(a, c, star.lead - ring.buildTime);
		advance(b, c, star.lead - ring.buildTime);
		expect(rates(b, c).powerCapacity.div(rates(a, c).powerCapacity).toNumber()).toBeCloseTo(1, 9);
	});

	it('the first panels are the cheapest watts, the rings sooner; after a few panels a ring is the cheaper watt', () => {
		// Playtest 4: the Second ring was 3 panels' watts for 1.5 panels' price, and sooner: the
		// answer every time. Each ring is now dearer per watt than the first panel and lands
		// sooner; the panels' price climbs past each ring's within the era.
		const perPanel = (p: { cost: number; capacity: number }) =>
			(p.cost * star.panelWatts) / p.capacity;
		const rings = c.era.power.filter((p) => p.cost > 0);
		expect(rings.length).toBeGreaterThanOrEqual(3);
		for (const p of rings) {
			expect(perPanel(p)).toBeGreaterThan(star.panelCost);
			expect(p.buildTime).toBeLessThan(star.lead);
			const passed = Math.log(perPanel(p) / star.panelCost) / Math.log(star.panelRatio);
			expect(passed).toBeLessThan(40);
		}
	});

	it('the card prices the cheapest ring left against the next panel, for the same watts', () => {
		const s = newGame(3, 'dyson');
		s.cash = s.cash.mul(1e12);
		const rings = c.era.power
			.filter((p) => p.cost > 0 && !(p.id in s.power))
			.map((p) => ({ p, per: (p.cost * star.panelWatts) / p.capacity }))
			.sort((a, b) => a.per - b.per);
		const v = starView(s, c, rates(s, c))!;
		expect(v.ring!.name).toBe(rings[0].p.name);
		expect(v.ring!.build).toBe(rings[0].p.buildTime);
		expect(v.ring!.perPanel.div(v.nextCost).toNumber()).toBeCloseTo(
			rings[0].per / star.panelCost,
			9
		);
		expect(v.ratio).toBe(star.panelRatio);
		// Panels stay the cheaper watts for `panelsLeft` more; then the ring is.
		const left = v.ring!.panelsLeft;
		expect(left).toBeGreaterThan(0);
		for (let i = 0; i < left; i++) {
			const w = starView(s, c, rates(s, c))!;
			expect(w.nextCost.lt(w.ring!.perPanel)).toBe(true);
			expect(w.ring!.panelsLeft).toBe(left - i);
			expect(apply(s, c, { type: 'panel' }).ok).toBe(true);
		}
		const after = starView(s, c, rates(s, c))!;
		expect(after.ring!.panelsLeft).toBe(0);
		expect(after.nextCost.gte(after.ring!.perPanel)).toBe(true);
		// The ring's own contract is the Power card's: what signing it costs, and what the card's
		// price for a panel's watts is a share of (playtest 22 read the two as two prices).
		const cash = s.cash;
		expect(after.ring!.watts).toBe(rings[0].p.capacity);
		expect(after.ring!.perPanel.div(after.ring!.price).toNumber()).toBeCloseTo(
			star.panelWatts / rings[0].p.capacity,
			12
		);
		// Signed, a ring leaves the comparison: the next cheapest takes its place.
		expect(apply(s, c, { type: 'sign', contract: rings[0].p.id }).ok).toBe(true);
		expect(cash.sub(s.cash).div(after.ring!.price).toNumber()).toBeCloseTo(1, 12);
		expect(starView(s, c, rates(s, c))!.ring!.name).toBe(rings[1].p.name);
	});

	it('ten panels in one tap cost what ten taps would, and land as one batch (playtest 38)', () => {
		// Playtest 38 grew a ring of 627 panels a tap each.
		const s = newGame(3, 'dyson');
		s.cash = s.cash.mul(1e12);
		const taps = cloneState(s);
		for (let i = 0; i < 10; i++) expect(apply(taps, c, { type: 'panel' }).ok).toBe(true);
		const ten = panelCost(s, c, 10);
		expect(starView(s, c, rates(s, c))!.tenCost.eq(ten)).toBe(true);
		expect(apply(s, c, { type: 'panel', count: 10 }).ok).toBe(true);
		expect(s.cash.div(taps.cash).toNumber()).toBeCloseTo(1, 9);
		expect(s.dyson.building).toEqual([{ count: 10, at: star.lead }]);
		expect(s.dyson).toEqual(taps.dyson);
		// The next panel is priced past the ten.
		expect(panelCost(s, c).eq(panelCost(taps, c))).toBe(true);
		// Only a single panel or a lot of ten; ten the cash cannot pay for are refused whole.
		for (const count of [0, 2, 1.5, -10, 11])
			expect(apply(s, c, { type: 'panel', count })).toEqual({
				ok: false,
				reason: 'invalid-amount'
			});
		s.cash = panelCost(s, c, 10).mul(0.99);
		expect(starView(s, c, rates(s, c))!.canBuyTen).toBe(false);
		expect(apply(s, c, { type: 'panel', count: 10 })).toEqual({
			ok: false,
			reason: 'not-enough-cash'
		});
		expect(s.dyson.building).toEqual([{ count: 10, at: star.lead }]);
	});

	it('refuses a panel the cash cannot pay for', () => {
		const s = newGame(3, 'dyson');
		s.cash = panelCost(s, c).mul(0.5);
		expect(apply(s, c, { type: 'panel' })).toEqual({ ok: false, reason: 'not-enough-cash' });
		expect(s.dyson.panels).toBe(0);
	});

	it('research no longer cuts the watts per chip at the star', () => {
		const s = newGame(3, 'dyson');
		const draw = rates(s, c).powerDraw;
		s.meta.perks['power-broker'] = 3;
		s.research.push('stellar-foundries');
		expect(rates(s, c).powerDraw.eq(draw)).toBe(true);
	});

	it('the Research screen says which effects do nothing at the star: those rates ignore (playtest 22)', () => {
		// Liquid cooling cuts only the watts per chip: at the star it changes no draw, in the Moon
		// and Mars era it does, and idleEffect says the same of each era.
		for (const era of ['dyson', 'moon-mars']) {
			const e = eraContent(era);
			const s = newGame(3, era);
			const draw = rates(s, e).powerDraw;
			s.research.push('liquid-cooling');
			const unchanged = rates(s, e).powerDraw.eq(draw);
			expect(idleEffect(e, 'watts')).toBe(unchanged);
			expect(unchanged).toBe(era === 'dyson');
		}
		// Its other effects still work at the star.
		for (const target of ['compute', 'algoEfficiency', 'insightRate', 'footprint'] as const)
			expect(idleEffect(c, target)).toBe(false);
	});

	it('the slider sends the star’s watts to training and serving', () => {
		const s = newGame(3, 'dyson');
		apply(s, c, { type: 'start-run', size: c.era.runSizes[3].id });
		apply(s, c, { type: 'train-share', share: 0.7 });
		const v = starView(s, c, rates(s, c))!;
		expect(v.toTraining.div(v.toTraining.add(v.toServing)).toNumber()).toBeCloseTo(0.7, 9);
	});

	it('advance with panels equals the single steps', () => {
		const s = newGame(4, 'dyson');
		s.cash = s.cash.mul(1e6);
		for (let i = 0; i < 5; i++) apply(s, c, { type: 'panel' });
		apply(s, c, { type: 'buy', hardware: 'statite', count: 40 });
		apply(s, c, { type: 'start-run', size: c.era.runSizes[4].id });
		const n = 5000;
		const fast = advance(cloneState(s), c, n);
		const slow = cloneState(s);
		for (let i = 0; i < n; i++) step(slow, c);
		expect(stateDiff(fast, slow, 1e-9, { cash: Math.abs(s.cash.toNumber()) })).toEqual([]);
	});
});
