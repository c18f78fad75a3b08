// Dyson's beam: the star's own Train ↔ Serve. The panels' watts are beamed to the fleet (chips
// that train and serve) or kept at the star, where they train the run at the fleet's FLOP per
// watt, `keptGain` times as many (the beam loses the rest on the way), and serve nothing.
import { describe, expect, it } from 'vitest';
import { eraContent, STARS } from '../../../src/lib/content';
import {
	advance,
	apply,
	beamToPower,
	cloneState,
	market,
	netIncome,
	newGame,
	rates,
	runTimeLeft,
	spareBothWays,
	starView,
	step,
	type GameState
} from '../../../src/lib/engine';
import { decideBeam, KEEP_RUN } from '../../../src/lib/sim/dyson-strategy';
import { MIGRATIONS } from '../../../src/lib/save/migrations';
import { fixtureState, stateDiff } from './helpers';

const c = eraContent('dyson');
const star = STARS.dyson;

/** A Dyson lab with `panels` collecting, a fleet of statites and a run going. */
function lab(panels: number, statites = 40): GameState {
	const s = newGame(4, 'dyson');
	s.dyson.panels = panels;
	s.hardware.statite = statites;
	apply(s, c, { type: 'start-run', size: c.era.runSizes[4].id });
	return s;
}

describe('Dyson: the beam', () => {
	it('a new game beams every watt; the action sets the share, and only at the star', () => {
		const s = newGame(4, 'dyson');
		expect(s.dyson.beam).toBe(1);
		expect(apply(s, c, { type: 'beam', share: 0.25 }).ok).toBe(true);
		expect(s.dyson.beam).toBe(0.25);
		for (const share of [-0.1, 1.1, NaN, Infinity])
			expect(apply(s, c, { type: 'beam', share }).ok).toBe(false);
		expect(s.dyson.beam).toBe(0.25);
		expect(apply(newGame(1), eraContent('garage'), { type: 'beam', share: 0.5 }).ok).toBe(false);
	});

	it('watts kept at the star leave the fleet and train the run, keptGain times as many', () => {
		const s = lab(20);
		const all = rates(s, c);
		expect(all.far.eq(0)).toBe(true);
		apply(s, c, { type: 'beam', share: 0.6 });
		const r = rates(s, c);
		// The chips lose the kept share of the panels' watts (the power the lab could beam stays).
		expect(r.powerCapacity.eq(all.powerCapacity)).toBe(true);
		expect(all.powered.sub(r.powered).toNumber()).toBeCloseTo(0.4 * 20 * star.panelWatts, -12);
		// The kept watts train at the fleet's FLOP per watt (chips as built, before throttling),
		// keptGain times as many watts.
		const perWatt = all.unthrottledCompute.div(all.powerDraw).toNumber();
		expect(r.far.toNumber() / (perWatt * 0.4 * 20 * star.panelWatts * star.keptGain)).toBeCloseTo(
			1,
			9
		);
		// With the fleet still powered, the run trains faster by exactly those FLOP/s.
		expect(r.throttle).toBe(1);
		expect(
			r.trainRate.sub(all.trainRate).div(r.far.mul(r.mult.trainThroughput)).toNumber()
		).toBeCloseTo(1, 9);
		// Serving is unchanged while the chips are powered.
		expect(r.capacity.div(all.capacity).toNumber()).toBeCloseTo(1, 12);
		const v = starView(s, c, r)!;
		expect(v.kept).toBeCloseTo(0.4 * 20 * star.panelWatts * star.keptGain, -12);
		expect(v.atStar.eq(r.far)).toBe(true);
	});

	it('between runs the kept watts train nothing', () => {
		const s = lab(20);
		apply(s, c, { type: 'beam', share: 0 });
		apply(s, c, { type: 'stop-run' });
		expect(s.run).toBeNull();
		expect(rates(s, c).far.eq(0)).toBe(true);
	});

	it('keeping more than the chips can spare throttles the fleet: serving pays for it', () => {
		const s = lab(20, 150);
		const all = rates(s, c);
		const fits = beamToPower(s, c, all);
		expect(fits).toBeGreaterThan(0);
		expect(fits).toBeLessThan(1);
		apply(s, c, { type: 'beam', share: fits });
		expect(rates(s, c).throttle).toBeCloseTo(1, 9);
		apply(s, c, { type: 'beam', share: fits / 2 });
		const r = rates(s, c);
		expect(r.throttle).toBeLessThan(0.99);
		expect(r.capacity.lt(all.capacity)).toBe(true);
	});

	it('advance with watts kept at the star equals the single steps', () => {
		const s = lab(8, 200);
		s.cash = s.cash.mul(1e6);
		apply(s, c, { type: 'beam', share: 0.3 });
		for (let i = 0; i < 3; i++) apply(s, c, { type: 'panel' });
		const n = 5000;
		const fast = advance(cloneState(s), c, n);
		const split = advance(advance(cloneState(s), c, 1234), c, n - 1234);
		const slow = cloneState(s);
		for (let i = 0; i < n; i++) step(slow, c);
		const scale = { cash: Math.abs(s.cash.toNumber()) };
		expect(stateDiff(fast, slow, 1e-9, scale)).toEqual([]);
		expect(stateDiff(split, slow, 1e-9, scale)).toEqual([]);
	});

	it('save format 11 → 12: an old Dyson save beams every watt, as it did', () => {
		const before = {
			schema: 11,
			dyson: { panels: 7, building: [] },
			rental: { racks: 0, renewsAt: 0 }
		};
		expect(MIGRATIONS[11](before)).toEqual({
			schema: 11,
			dyson: { panels: 7, building: [], beam: 1 },
			rental: { racks: 0, renewsAt: 0, paid: '0' } // the Cloud's part of the same format
		});
	});
});

describe("Dyson: the scripted player's beam", () => {
	const act = (s: GameState) => (a: Parameters<typeof apply>[2]) => apply(s, c, a);

	it('beams every watt between runs, and for the player who leaves the beam alone', () => {
		const s = lab(20);
		apply(s, c, { type: 'beam', share: 0.2 });
		decideBeam(s, c, act(s), true);
		expect(s.dyson.beam).toBe(1);
		apply(s, c, { type: 'beam', share: 0.2 });
		apply(s, c, { type: 'stop-run' });
		decideBeam(s, c, act(s));
		expect(s.dyson.beam).toBe(1);
	});

	it('while a long run trains, keeps at the star the watts the chips do not draw', () => {
		const s = lab(20);
		apply(s, c, { type: 'stop-run' });
		apply(s, c, { type: 'start-run', size: c.era.runSizes[c.era.runSizes.length - 1].id });
		expect(runTimeLeft(s, rates(s, c), c)).toBeGreaterThan(KEEP_RUN);
		decideBeam(s, c, act(s));
		const r = rates(s, c);
		expect(s.dyson.beam).toBeLessThan(1);
		// Every chip the customers need stays powered, and the run trains faster.
		expect(market(r, s.hype).spare.gte(0)).toBe(true);
		expect(r.far.gt(0)).toBe(true);
	});

	it('near the end of a run, beams every watt: Earth buys what the chips do not draw', () => {
		const s = lab(20);
		apply(s, c, { type: 'stop-run' });
		apply(s, c, { type: 'start-run', size: c.era.runSizes[0].id });
		expect(runTimeLeft(s, rates(s, c), c)).toBeLessThan(KEEP_RUN);
		apply(s, c, { type: 'beam', share: 0.2 });
		decideBeam(s, c, act(s));
		expect(s.dyson.beam).toBe(1);
		expect(rates(s, c).batch.gt(0)).toBe(true);
	});
});

describe("Dyson: Earth's grid buys the beamed watts the chips do not draw", () => {
	it('pays `sale` of what the spare watts would earn serving on the chips, and nothing for kept ones', () => {
		const s = lab(20);
		const r = rates(s, c);
		const spare = r.powered.sub(r.powerDraw);
		expect(spare.gt(0)).toBe(true);
		const perWatt = r.unthrottledCompute.div(r.powerDraw);
		const expected = spare.mul(perWatt).div(r.flopPerToken).mul(r.price).mul(star.sale);
		expect(r.batch.div(expected).toNumber()).toBeCloseTo(1, 9);
		expect(starView(s, c, r)!.salePerSec.div(expected).toNumber()).toBeCloseTo(1, 9);
		// Beam just what the chips draw: nothing is left to sell, and the rest trains the run.
		apply(s, c, { type: 'beam', share: beamToPower(s, c, r) });
		const fit = rates(s, c);
		expect(fit.batch.toNumber()).toBeLessThan(expected.toNumber() * 1e-9);
		expect(fit.far.gt(0)).toBe(true);
		// The star card says both ways before the tap, from the rule.
		const both = spareBothWays(s, c, fit)!;
		expect(both.soldPerSec.div(expected).toNumber()).toBeCloseTo(1, 9);
		expect(both.runSpeed).toBeCloseTo(fit.trainRate.div(rates(lab(20), c).trainRate).toNumber(), 9);
		expect(both.runSpeed).toBeGreaterThan(1);
		expect(both.keptFlops.div(fit.far).toNumber()).toBeCloseTo(1, 9);
	});

	it('advance with the spare watts sold equals the single steps', () => {
		const s = lab(20);
		s.cash = s.cash.mul(1e6);
		expect(rates(s, c).batch.gt(0)).toBe(true);
		const n = 3000;
		const fast = advance(cloneState(s), c, n);
		const split = advance(advance(cloneState(s), c, 777), c, n - 777);
		const slow = cloneState(s);
		for (let i = 0; i < n; i++) step(slow, c);
		const scale = { cash: Math.abs(s.cash.toNumber()) };
		expect(stateDiff(fast, slow, 1e-9, scale)).toEqual([]);
		expect(stateDiff(split, slow, 1e-9, scale)).toEqual([]);
	});
});

describe("Dyson: the star card's beamed figure is what beaming does to the income", () => {
	// Playtest 21: between runs the card read "beamed, $8.23e311/s from Earth" while beaming
	// lifted a 90 % throttle on the chips and added ~2,700 times that to the income.
	const income = (s: GameState) => netIncome(s, c, rates(s, c));
	const beamed = (s: GameState, beam: number) => ({ ...s, dyson: { ...s.dyson, beam } });

	it("counts the chips the beam powers, through the header's income, not only the sale", () => {
		// The browser fixture with a run started, 20 panels and chips drawing nearly all their
		// watts, a model that wants more serving than the fleet gives: 10 % kept, the chips are
		// throttled. (Between runs every watt is beamed: below.)
		const s = fixtureState('dyson');
		expect(apply(s, c, { type: 'start-run', size: c.era.runSizes[0].id }).ok).toBe(true);
		s.dyson.panels = 20;
		s.hardware.statite = 190;
		s.model.params = s.model.params.mul(100);
		s.dyson.beam = 0.9;
		const r = rates(s, c);
		expect(r.throttle).toBeLessThan(1);
		const both = spareBothWays(s, c, r)!;
		expect(both.powersChips).toBe(true);
		const gain = income(beamed(s, 1)).sub(income(s));
		expect(both.beamedGain.div(gain).toNumber()).toBeCloseTo(1, 9);
		// Far more than Earth pays: the chips it powers earn most of it.
		expect(both.beamedGain.div(both.soldPerSec).toNumber()).toBeGreaterThan(100);
	});

	it('with the chips powered, it is what keeping the spare would give up: the sale', () => {
		const s = lab(20, 150);
		const fits = beamToPower(s, c, rates(s, c));
		for (const beam of [fits, (fits + 1) / 2, 1]) {
			s.dyson.beam = beam;
			const both = spareBothWays(s, c, rates(s, c))!;
			expect(both.powersChips).toBe(false);
			const gain = income(beamed(s, 1)).sub(income(beamed(s, fits)));
			expect(both.beamedGain.div(gain).toNumber()).toBeCloseTo(1, 9);
			expect(both.beamedGain.div(both.soldPerSec).toNumber()).toBeCloseTo(1, 6);
		}
	});
});

describe('Dyson: between runs every watt is beamed', () => {
	// Playtest 22: a run ended while the player was away, the kept watts trained nothing and the
	// chips sat throttled for hours (income fell 99 % in an hour).
	it('kept watts beam to the fleet while no run trains, and the keep returns with the next run', () => {
		const s = lab(20, 190);
		s.dyson.beam = 0.3;
		const during = rates(s, c);
		expect(during.far.gt(0)).toBe(true);
		expect(starView(s, c, during)!.beamsAll).toBe(false);
		const idle = cloneState(s);
		idle.run = null;
		const all = cloneState(idle);
		all.dyson.beam = 1;
		const between = rates(idle, c);
		const beamed = rates(all, c);
		// The same lab as one beaming everything: powered, throttle, compute, income.
		expect(between.far.eq(0)).toBe(true);
		expect(between.powered.eq(beamed.powered)).toBe(true);
		expect(between.throttle).toBe(beamed.throttle);
		expect(between.compute.eq(beamed.compute)).toBe(true);
		expect(netIncome(idle, c, between).eq(netIncome(all, c, beamed))).toBe(true);
		// More than the keep leaves the chips (they drew more than 30 % of the panels' watts).
		expect(between.powered.gt(during.powered)).toBe(true);
		// The slider keeps its place; the card says so; no keep-or-beam choice is offered.
		expect(idle.dyson.beam).toBe(0.3);
		expect(starView(idle, c, between)!.beamsAll).toBe(true);
		expect(spareBothWays(idle, c, between)).toBeNull();
		// The next run keeps 70 % at the star again.
		apply(idle, c, { type: 'start-run', size: c.era.runSizes[4].id });
		expect(rates(idle, c).far.div(during.far).toNumber()).toBeCloseTo(1, 9);
	});

	it('advance across the end of a run (kept watts beamed from then) equals the single steps', () => {
		const s = lab(20, 190);
		s.dyson.beam = 0.3;
		s.cash = s.cash.mul(1e6);
		s.run = null;
		// A run that ends a few minutes to a few hours in.
		const size = c.era.runSizes.find((z) => {
			const t = cloneState(s);
			apply(t, c, { type: 'start-run', size: z.id });
			return runTimeLeft(t, rates(t, c)) > 600;
		})!;
		apply(s, c, { type: 'start-run', size: size.id });
		const n = Math.ceil(runTimeLeft(s, rates(s, c))) + 600;
		expect(n).toBeLessThan(40_000);
		const fast = advance(cloneState(s), c, n);
		const slow = cloneState(s);
		for (let i = 0; i < n; i++) step(slow, c);
		expect(slow.run).toBeNull();
		expect(slow.stats.runsFinished).toBeGreaterThan(s.stats.runsFinished);
		const scale = { cash: Math.abs(slow.cash.toNumber()) };
		expect(stateDiff(fast, slow, 1e-9, scale)).toEqual([]);
	});
});
