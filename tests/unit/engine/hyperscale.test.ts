// Hyperscale's decision: campuses at a cheap-but-slow or a dear-but-now site, and a
// custom-silicon program that pays later in FLOP/s per campus watt.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/lib/save/migrations';
import { readRecord } from '../../../src/lib/save/record';
import { CAMPUSES, eraContent } from '../../../src/lib/content';
import {
	advance,
	apply,
	campusCost,
	campusFleet,
	cloneState,
	Decimal,
	hyperscaleView,
	campusIncome,
	newGame,
	rates,
	step,
	type GameState
} from '../../../src/lib/engine';
import { stateDiff } from './helpers';

const c = eraContent('hyperscale');
const program = CAMPUSES.hyperscale;
const [cheap, dear] = program.sites;

function lab(seed = 3): GameState {
	const s = newGame(seed, 'hyperscale');
	s.cash = campusCost(s, c).mul(1e6);
	s.insight = new Decimal(program.silicon.insight * 10);
	return s;
}

const stepN = (s: GameState, n: number) => {
	const out = cloneState(s);
	for (let i = 0; i < n; i++) step(out, c);
	return out;
};

describe('campus sites', () => {
	it('a dear-site campus is paid now and opens after its build: compute, memory and its own bill', () => {
		const s = lab();
		const before = rates(s, c);
		const cash = s.cash;
		expect(apply(s, c, { type: 'build-campus', site: dear.id })).toEqual({ ok: true });
		expect(cash.sub(s.cash).eq(campusCost(newGame(3, 'hyperscale'), c))).toBe(true);
		advance(s, c, dear.build - 1);
		expect(rates(s, c).compute.eq(before.compute)).toBe(true); // not open yet
		advance(s, c, 1);
		const after = rates(s, c);
		expect(s.hyperscale.campuses[0].phase).toBe(2);
		expect(after.compute.div(before.compute).toNumber()).toBeGreaterThan(2);
		expect(after.memory.gt(before.memory)).toBe(true);
		expect(after.powerCapacity.eq(before.powerCapacity)).toBe(true); // it brings its own power
		expect(after.powerCost.gt(before.powerCost)).toBe(true);
	});

	it('a cheap-site campus waits for permits, and hearings may adjourn, drawn from its own stream', () => {
		const opened: number[] = [];
		let adjourned = 0;
		for (let seed = 1; seed <= 12; seed++) {
			const s = lab(seed);
			apply(s, c, { type: 'build-campus', site: cheap.id });
			for (let t = 0; t < 4 * 3600 && s.hyperscale.campuses[0].phase < 2; t += 30)
				advance(s, c, 30);
			const campus = s.hyperscale.campuses[0];
			expect(campus.phase).toBe(2);
			opened.push(campus.at);
			adjourned += campus.hearings;
			expect(campus.at).toBeGreaterThanOrEqual(cheap.permit + cheap.build);
			// The hearings never move the rivals' and runs' draws.
			const plain = lab(seed);
			advance(plain, c, s.tick);
			expect(s.rng).toBe(plain.rng);
			expect(s.eventRng).toBe(plain.eventRng);
			expect(s.rivals.map((r) => r.nextReleaseAt)).toEqual(
				plain.rivals.map((r) => r.nextReleaseAt)
			);
		}
		expect(adjourned).toBeGreaterThan(0); // some hearings adjourn …
		expect(opened).toContain(cheap.permit + cheap.build); // … and some permits come at once
	});

	it('the cheap site pays no peak premium and is slower; each campus is bigger and dearer than the last', () => {
		const s = lab();
		const v = hyperscaleView(s, c, rates(s, c))!;
		const [a, b] = v.sites;
		// Both sites' kWh cost the same: the dear one's premium is a share of the sales.
		expect(a.pricePerKwh.lte(b.pricePerKwh)).toBe(true);
		expect(campusIncome(s, c, rates(s, c), a.id)!.cutAfter).toBe(0);
		expect(campusIncome(s, c, rates(s, c), b.id)!.cutAfter).toBeGreaterThan(0.1);
		expect(a.expectedWait).toBeGreaterThan(b.expectedWait * 5);
		const first = v.nextCost;
		apply(s, c, { type: 'build-campus', site: dear.id });
		const next = hyperscaleView(s, c, rates(s, c))!;
		expect(next.nextCost.div(first).toNumber()).toBeCloseTo(program.dearer, 9);
		expect(next.nextWatts / v.nextWatts).toBeCloseTo(program.grow, 9);
	});

	// Playtest 20: both Build prices jumped ×8 after one campus, and nothing had said they would.
	it('quotes, before the tap, what the campus after the next costs at either site, and why it climbs', () => {
		for (const site of [cheap, dear]) {
			const s = lab();
			const v = hyperscaleView(s, c, rates(s, c))!;
			expect(v.dearer).toBe(program.dearer);
			expect(v.grow).toBe(program.grow);
			expect(v.afterCost!.div(v.nextCost).toNumber()).toBeCloseTo(program.dearer, 9);
			expect(apply(s, c, { type: 'build-campus', site: site.id })).toEqual({ ok: true });
			// The price quoted is what both sites then ask, permits or not.
			const next = hyperscaleView(s, c, rates(s, c))!;
			expect(next.nextCost.eq(v.afterCost!)).toBe(true);
		}
		// The era's last campus has none after it.
		const s = lab();
		s.hyperscale.campuses = Array.from({ length: program.maxCampuses - 1 }, (_, i) => ({
			id: i + 1,
			site: dear.id,
			size: i,
			phase: 1,
			at: 1e9,
			hearings: 0
		}));
		expect(hyperscaleView(s, c, rates(s, c))!.afterCost).toBeNull();
	});

	// Playtest 3: after one memory pool and the first release the dear site's bill (per kWh)
	// was under 2 % of revenue, so the dear site always won. Its peak premium is a share of the
	// sales, on the share of the lab's compute its campuses carry: it keeps its weight all era.
	it("the dear site's peak premium takes a share of the sales that a better model does not shrink", () => {
		const s = lab();
		expect(rates(s, c).salesCut).toBe(0);
		const quoted = (id: string) => campusIncome(s, c, rates(s, c), id)!.cutAfter;
		const [dearCut, cheapCut] = [quoted(dear.id), quoted(cheap.id)];
		apply(s, c, { type: 'build-campus', site: dear.id });
		advance(s, c, dear.build);
		const r = rates(s, c);
		const campus = campusFleet(s, c, r.mult)!;
		const carried = campus.flops.div(r.compute).toNumber();
		expect(carried).toBeGreaterThan(0.5);
		expect(r.salesCut).toBeCloseTo(dear.peakShare * carried, 9);
		expect(r.salesCut).toBeGreaterThan(0.1);
		expect(dearCut).toBeCloseTo(r.salesCut, 9);
		expect(cheapCut).toBe(0);
		// A model 40 points better: the sales' price climbs tenfold and more; the premium's share
		// of them does not move (a bill per kWh would have fallen by the price's climb).
		const better = cloneState(s);
		better.model = { ...s.model, capability: s.model.capability + 40 };
		expect(rates(better, c).salesCut).toBeCloseTo(r.salesCut, 9);
		// A cheap-site campus pays none, and dilutes the dear one's share of the compute.
		expect(cheap.peakShare).toBe(0);
		const both = lab();
		both.hyperscale.campuses.push(
			{ ...s.hyperscale.campuses[0], id: 1, site: cheap.id, size: 0 },
			{ ...s.hyperscale.campuses[0], id: 2, site: dear.id, size: 1 }
		);
		const rb = rates(both, c);
		const fb = campusFleet(both, c, rb.mult)!;
		expect(rb.salesCut).toBeLessThan(dear.peakShare * fb.flops.div(rb.compute).toNumber());
		expect(rb.salesCut).toBeGreaterThan(0);
	});

	it('refuses what it cannot pay, unknown sites, and eras without campuses', () => {
		const s = newGame(1, 'hyperscale');
		s.cash = new Decimal(0);
		expect(apply(s, c, { type: 'build-campus', site: dear.id })).toEqual({
			ok: false,
			reason: 'not-enough-cash'
		});
		expect(apply(lab(), c, { type: 'build-campus', site: 'moon' }).ok).toBe(false);
		const cloud = newGame(1, 'cloud');
		expect(apply(cloud, eraContent('cloud'), { type: 'build-campus', site: dear.id })).toEqual({
			ok: false,
			reason: 'unknown-id'
		});
		expect(apply(cloud, eraContent('cloud'), { type: 'fund-silicon', pay: 'cash' }).ok).toBe(false);
	});
});

describe('custom silicon', () => {
	it('is paid in cash or insight, one generation at a time, and ships after its program', () => {
		const s = lab();
		apply(s, c, { type: 'build-campus', site: dear.id });
		advance(s, c, dear.build);
		const before = rates(s, c).compute;
		const insight = s.insight;
		expect(apply(s, c, { type: 'fund-silicon', pay: 'insight' })).toEqual({ ok: true });
		expect(insight.sub(s.insight).toNumber()).toBeCloseTo(program.silicon.insight, 6);
		expect(apply(s, c, { type: 'fund-silicon', pay: 'cash' })).toEqual({
			ok: false,
			reason: 'already-done'
		});
		advance(s, c, program.silicon.duration - 1);
		expect(rates(s, c).compute.eq(before)).toBe(true); // nothing before first silicon
		for (let t = 0; t < 10 && s.hyperscale.silicon.level === 0; t++)
			advance(s, c, program.silicon.respin);
		expect(s.hyperscale.silicon.level).toBe(1);
		expect(rates(s, c).compute.div(before).toNumber()).toBeGreaterThan(1.5);
		// The next generation costs more.
		const cash = s.cash;
		expect(apply(s, c, { type: 'fund-silicon', pay: 'cash' })).toEqual({ ok: true });
		expect(
			cash.sub(s.cash).div(Decimal.pow(10, c.era.moneyScale)).toNumber() / program.silicon.cash
		).toBeCloseTo(program.silicon.growth, 6);
	});
});

describe('fast-forward across hearings, openings and first silicon', () => {
	it('ends where stepping ends', () => {
		for (const seed of [1, 2, 5]) {
			const s = lab(seed);
			apply(s, c, { type: 'build-campus', site: cheap.id });
			apply(s, c, { type: 'build-campus', site: dear.id });
			apply(s, c, { type: 'fund-silicon', pay: 'cash' });
			const n = 2 * 3600 + 17;
			const fast = advance(cloneState(s), c, n);
			const slow = stepN(s, n);
			expect(fast.hyperscale).toEqual(slow.hyperscale);
			expect(stateDiff(fast, slow, 1e-9, { cash: Math.abs(s.cash.toNumber()) })).toEqual([]);
		}
	});
});

describe('saves from before campuses (format 6)', () => {
	it('gain an empty program whose stream starts from the main one', () => {
		const record = JSON.parse(readFileSync('tests/fixtures/saves/v6.json', 'utf8'));
		const v6 = JSON.parse(record.state) as Record<string, unknown>;
		const out = migrate(v6, 7);
		expect(out.schema).toBe(7);
		expect(out.hyperscale).toEqual({
			rng: ((v6.rng as number) ^ 0x85ebca6b) >>> 0,
			campuses: [],
			silicon: { level: 0, readyAt: 0, respins: 0 }
		});
		expect(readRecord(record).state.hyperscale.campuses).toEqual([]);
	});
});
