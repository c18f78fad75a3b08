// Where spare compute runs the researchers' experiments (Hyperscale:
// content EraDef.experiments), the split moves insight, and a run keeps the algorithms it started
// with: research during it goes into the next run. Elsewhere neither holds, as before.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	advance,
	apply,
	capabilityOf,
	cloneState,
	Decimal,
	experimentsUnstaffed,
	experimentsView,
	market,
	newGame,
	rates,
	recipeBehind,
	setTrainShare,
	step,
	type GameState
} from '../../../src/lib/engine';
import { multipliers } from '../../../src/lib/engine/effects';
import { badNumbers, fixtureState } from './helpers';

const hyper = eraContent('hyperscale');

/** The Hyperscale fixture (its fleet ×`fleet`: the era starts sold out) with a run under way at
 * `share`, without the data-curation project (it doubles capability per FLOP). */
function lab(share: number, fleet = 1): GameState {
	const s = fixtureState('hyperscale');
	for (const id in s.hardware) s.hardware[id] *= fleet;
	s.researchers = 5;
	s.research = s.research.filter((id) => id !== 'data-curation');
	expect(apply(s, hyper, { type: 'start-run', size: hyper.era.runSizes[0].id }).ok).toBe(true);
	expect(apply(s, hyper, { type: 'train-share', share }).ok).toBe(true);
	return s;
}

const algo = (s: GameState, c = hyper) => multipliers(s.research, c, s.meta.perks).algoEfficiency;

describe('experiments on spare compute', () => {
	it('insight follows the spare share of the fleet: base + gain × spare, in the era that has them', () => {
		const x = hyper.era.experiments!;
		expect(x).toBeDefined();
		// Sold out (the era's start), nothing is spare at any split.
		expect(rates(lab(0.1), hyper).spare).toBe(0);
		const low = rates(lab(0.1, 30), hyper);
		const high = rates(lab(0.9, 30), hyper);
		for (const r of [low, high]) {
			const own = r.fullCapacity.sub(r.swarm);
			const busy = Math.min(1, r.baseDemand.div(own).toNumber());
			expect(r.spare).toBeCloseTo(Math.max(0, 1 - r.trainShare - busy), 12);
			expect(r.experiments).toBeCloseTo(x.base + x.gain * r.spare, 12);
		}
		// Training less leaves the researchers more of the fleet: insight grows by the boosts' ratio.
		expect(low.spare).toBeGreaterThan(high.spare + 0.5);
		expect(low.insightRate.div(high.insightRate).toNumber()).toBeCloseTo(
			low.experiments / high.experiments,
			9
		);
		const view = experimentsView(hyper, low)!;
		expect(view).toMatchObject({
			spare: low.spare,
			boost: low.experiments,
			none: x.base,
			all: x.base + x.gain
		});
		// The figures the spare share weighs: the steady demand, and the own fleet's serving.
		expect(view.steady.eq(low.baseDemand)).toBe(true);
		expect(view.serving.eq(low.fullCapacity.sub(low.swarm).mul(0.9))).toBe(true);
		// No researcher at work: nothing runs the experiments, and the card does not speak of them.
		const nobody = lab(0.1, 30);
		nobody.researchers = 0;
		const r0 = rates(nobody, hyper);
		expect(r0.insightRate.eq(0)).toBe(true);
		expect(experimentsView(hyper, r0)).toBeNull();
		// What hiring would bring is said instead (playtest 16 found the line only after a hire).
		expect(experimentsUnstaffed(hyper, r0)).toBe(x.base + x.gain);
		expect(experimentsUnstaffed(hyper, rates(lab(0.1, 30), hyper))).toBeNull();
	});

	it('nothing is free exactly while the steady demand takes all the fleet serves with, customers away or not (playtest 23)', () => {
		// A run leaving the fleet's serving a tenth short of the steady demand, customers away
		// (hype −50 %): the Demand card has capacity spare, the experiments none.
		const s = lab(0.5, 10);
		const probe = rates(s, hyper);
		const busy = probe.baseDemand.div(probe.fullCapacity.sub(probe.swarm)).toNumber();
		expect(busy).toBeGreaterThan(0.3);
		expect(setTrainShare(s, 1.1 - busy).ok).toBe(true);
		s.hype = -0.5;
		const r = rates(s, hyper);
		expect(market(r, s.hype).spare.gt(0)).toBe(true);
		const held = experimentsView(hyper, r)!;
		expect(held.spare).toBe(0);
		expect(held.steady.gte(held.serving)).toBe(true);
		expect(held.steady.div(held.serving).toNumber()).toBeCloseTo(busy / (busy - 0.1), 9);
		// A fifth more serving than the steady demand: that fifth is free, as the figures say.
		expect(setTrainShare(s, 1 - 1.2 * busy).ok).toBe(true);
		const free = experimentsView(hyper, rates(s, hyper))!;
		expect(free.serving.div(free.steady).toNumber()).toBeCloseTo(1.2, 9);
		expect(free.spare).toBeCloseTo(0.2 * busy, 9);
	});

	it('the Garage has none: insight is the same at any split', () => {
		const garage = eraContent('garage');
		expect(garage.era.experiments).toBeUndefined();
		const s = fixtureState('garage');
		expect(s.run).not.toBeNull();
		const at = (share: number) => {
			const t = cloneState(s);
			apply(t, garage, { type: 'train-share', share });
			return rates(t, garage);
		};
		expect(at(0.1).insightRate.eq(at(0.9).insightRate)).toBe(true);
		expect(at(0.1).experiments).toBe(1);
		expect(experimentsView(garage, at(0.1))).toBeNull();
		expect(experimentsUnstaffed(garage, at(0.1))).toBeNull();
	});

	it('advance over the experiments equals the single steps', () => {
		const a = lab(0.2, 30);
		expect(rates(a, hyper).spare).toBeGreaterThan(0.3);
		const b = cloneState(a);
		advance(a, hyper, 900);
		for (let i = 0; i < 900; i++) step(b, hyper);
		expect(a.insight.toNumber()).toBeCloseTo(b.insight.toNumber(), 6);
		expect(a.insight.sub(b.insight).abs().div(a.insight).toNumber()).toBeLessThan(1e-9);
		expect(badNumbers(a)).toEqual([]);
	});
});

describe("a run's recipe", () => {
	it('keeps the algorithms it started with; research during it goes into the next run', () => {
		const s = lab(0.5);
		const before = algo(s);
		expect(s.run!.recipe).toBe(before);
		// Research lands mid-run: capability per FLOP ×2.
		s.research.push('data-curation');
		const r = rates(s, hyper);
		expect(algo(s)).toBeCloseTo(2 * before, 9);
		const target = s.run!.target;
		const outcome = s.run!.outcome;
		const behind = recipeBehind(s, r);
		expect(behind).toBeCloseTo(
			capabilityOf(target.mul(2 * before), 1) - capabilityOf(target.mul(before), 1),
			9
		);
		expect(behind).toBeGreaterThan(1);
		// The run finishes with the recipe's algorithms, not the lab's now.
		s.trainShare = 1;
		advance(s, hyper, 7 * 86_400);
		expect(s.stats.runsFinished).toBeGreaterThan(0);
		const made = s.gate ?? s.model;
		expect(made.capability).toBeCloseTo(capabilityOf(target.mul(before), outcome), 9);
		// The next run starts with the lab's algorithms.
		if (s.run) apply(s, hyper, { type: 'stop-run' });
		expect(apply(s, hyper, { type: 'start-run', size: hyper.era.runSizes[0].id }).ok).toBe(true);
		expect(s.run!.recipe).toBe(algo(s));
		expect(recipeBehind(s, rates(s, hyper))).toBe(0);
	});

	it('the Garage keeps none: research during a run counts when it ends, as before', () => {
		const garage = eraContent('garage');
		const s = newGame(3);
		s.research = [];
		expect(apply(s, garage, { type: 'start-run', size: garage.era.runSizes[0].id }).ok).toBe(true);
		expect(s.run!.recipe).toBe(0);
		const target = s.run!.target;
		const outcome = s.run!.outcome;
		s.research.push('data-curation');
		expect(recipeBehind(s, rates(s, garage))).toBe(0);
		s.trainShare = 1;
		advance(s, garage, 86_400);
		expect(s.stats.runsFinished).toBeGreaterThan(0);
		const first = s.gate ?? s.model;
		expect(first.flop.eq(target)).toBe(true);
		expect(first.capability).toBeCloseTo(capabilityOf(target.mul(algo(s, garage)), outcome), 9);
		expect(new Decimal(algo(s, garage)).gt(1)).toBe(true);
	});
});
