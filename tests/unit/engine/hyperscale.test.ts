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
	cloneState,
	Decimal,
	hyperscaleView,
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

	it('the cheap site is cheaper per kWh and slower; each campus is bigger and dearer than the last', () => {
		const s = lab();
		const v = hyperscaleView(s, c, rates(s, c))!;
		const [a, b] = v.sites;
		expect(a.pricePerKwh.lt(b.pricePerKwh)).toBe(true);
		expect(a.expectedWait).toBeGreaterThan(b.expectedWait * 5);
		const first = v.nextCost;
		apply(s, c, { type: 'build-campus', site: dear.id });
		const next = hyperscaleView(s, c, rates(s, c))!;
		expect(next.nextCost.div(first).toNumber()).toBeCloseTo(program.dearer, 9);
		expect(next.nextWatts / v.nextWatts).toBeCloseTo(program.grow, 9);
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
