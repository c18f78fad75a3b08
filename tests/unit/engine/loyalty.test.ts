// Loyal customers (issue 16, engine/loyalty.ts): a launch's rush, served, stays for the era as a
// lasting rise of demand; made to wait, it leaves. Without the rule hype fades back to 0 either
// way, so serving right after a release and training later is no decision.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	addRush,
	advance,
	apply,
	loyaltyView,
	market,
	newGame,
	rates,
	LOYAL_MOST,
	RUSH_KEPT,
	type GameState
} from '../../../src/lib/engine';
import { HYPE_PER_POINT, HYPE_PER_RELEASE } from '../../../src/lib/engine/models';
import { SCHEMA_VERSION } from '../../../src/lib/engine/state';
import { MIGRATIONS, migrate } from '../../../src/lib/save/migrations';
import { readRecord } from '../../../src/lib/save/record';
import { garage } from './helpers';

/** A Garage lab with six workstation cards (within the home circuit) and a finished model at
 * the gate, a huge run going with `share` of the compute training. */
function launchingLab(share: number): { s: GameState; rush: number } {
	const s = newGame(21);
	apply(s, garage, { type: 'start-run', size: 'sprint' });
	apply(s, garage, { type: 'train-share', share: 0.9 });
	advance(s, garage, 600);
	s.hardware = { 'workstation-card': 6 };
	apply(s, garage, { type: 'start-run', size: 'huge' });
	apply(s, garage, { type: 'train-share', share });
	s.hype = 0;
	const spike = HYPE_PER_RELEASE + HYPE_PER_POINT * (s.gate!.capability - s.model.capability);
	expect(apply(s, garage, { type: 'release' }).ok).toBe(true);
	return { s, rush: Math.min(LOYAL_MOST, RUSH_KEPT * spike) };
}

const soldOut = (s: GameState) => market(rates(s, garage), s.hype).soldOut;

describe('loyal customers: a served launch rush stays, an unserved one is lost', () => {
	it('a launch brings a rush of RUSH_KEPT of its spike (LOYAL_MOST at most), still to win', () => {
		const { s, rush } = launchingLab(0);
		expect(s.loyalty.loyal).toBe(0);
		expect(s.loyalty.rush).toBeCloseTo(rush, 12);
		expect(rush).toBeGreaterThan(0);
		// Another launch adds only what room LOYAL_MOST leaves.
		expect(addRush({ loyal: 0.3, rush: 0.05 }, 1)).toEqual({ loyal: 0.3, rush: LOYAL_MOST - 0.3 });
	});

	it('served, the rush turns loyal: demand stays above its base for the era', () => {
		const { s, rush } = launchingLab(0); // everything serves, at the standard price
		expect(soldOut(s)).toBe(false);
		expect(rates(s, garage).reach).toBe(1);
		advance(s, garage, 20 * 60);
		expect(soldOut(s)).toBe(false);
		// Most of the rush is won within twenty minutes, and hype rests on it.
		expect(s.loyalty.loyal).toBeGreaterThan(0.95 * rush);
		expect(s.hype).toBeGreaterThan(0.95 * rush);
		advance(s, garage, 10 * 3600);
		expect(s.hype).toBeCloseTo(rush, 3); // lasting: the spike gone, they stay
		// The rush all won, the card speaks of the loyal customers alone.
		expect(loyaltyView(s, 1, false)).toEqual({ loyal: s.loyalty.loyal, rush: 0, losing: false });
	});

	it('sold out, the rush leaves as latency burns hype and next to none of it turns loyal', () => {
		const { s, rush } = launchingLab(0.99); // next to nothing serves
		expect(soldOut(s)).toBe(true);
		expect(loyaltyView(s, 1, true)?.losing).toBe(true);
		// Twenty minutes: rivals' releases let the lab serve now and then, briefly.
		advance(s, garage, 1200);
		expect(s.loyalty.loyal).toBeLessThan(0.05 * rush);
		expect(s.loyalty.rush).toBeLessThan(0.01 * rush);
	});

	it('made to wait later, loyal customers stay: hype falls back to them, no lower', () => {
		const { s } = launchingLab(0);
		advance(s, garage, 10 * 3600);
		const loyal = s.loyalty.loyal;
		const r = rates(s, garage);
		s.hype = r.capacity.mul(2).div(r.baseDemand).toNumber() - 1; // twice what the lab serves
		expect(soldOut(s)).toBe(true);
		advance(s, garage, 10 * 3600);
		expect(s.loyalty.loyal).toBeCloseTo(loyal, 6);
		expect(s.hype).toBeGreaterThanOrEqual(loyal - 1e-9);
		expect(s.hype).toBeCloseTo(loyal, 3);
	});

	it('a new game starts with none', () => {
		expect(newGame(3).loyalty).toEqual({ loyal: 0, rush: 0 });
		expect(loyaltyView(newGame(3), 1, false)).toBeNull();
	});
});

describe('a dear price reaches fewer of the rush: fewer stay', () => {
	it('at Premium the rush turns loyal in proportion to the demand it reaches; Cheap wins no more', () => {
		const { s, rush } = launchingLab(0);
		apply(s, garage, { type: 'price-tier', tier: 'premium' });
		const r = rates(s, garage);
		const standard = rates({ ...s, priceTier: 'standard' }, garage);
		expect(r.reach).toBeCloseTo((0.6 * r.share) / standard.share, 12);
		expect(r.reach).toBeLessThan(1);
		expect(soldOut(s)).toBe(false);
		advance(s, garage, 3 * 3600);
		// Rivals' releases move the share, and so the reach, a little on the way.
		expect(s.loyalty.loyal).toBeGreaterThan(0.8 * r.reach * rush);
		expect(s.loyalty.loyal).toBeLessThan(1.2 * r.reach * rush);
		apply(s, garage, { type: 'price-tier', tier: 'cheap' });
		expect(rates(s, garage).reach).toBe(1);
	});
});

describe('save format 12 → 13 (loyal customers)', () => {
	it('an old save has won none and has no rush to win, and nothing else changes', () => {
		const before = { schema: 12, hype: 0.4, cash: '3' };
		const after = MIGRATIONS[12](before);
		expect(after).toEqual({ ...before, loyalty: { loyal: 0, rush: 0 } });
		expect(migrate(before, 13)).toEqual({ ...after, schema: 13 });
	});

	it('the shipped format-12 save loads with none; the format-13 one keeps its own', () => {
		const v12 = readRecord(JSON.parse(readFileSync('tests/fixtures/saves/v12.json', 'utf8')));
		expect(v12.state.schema).toBe(SCHEMA_VERSION);
		expect(v12.state.loyalty).toEqual({ loyal: 0, rush: 0 });
		const v13 = readRecord(JSON.parse(readFileSync('tests/fixtures/saves/v13.json', 'utf8')));
		expect(v13.state.loyalty.loyal).toBeGreaterThan(0);
	});
});
