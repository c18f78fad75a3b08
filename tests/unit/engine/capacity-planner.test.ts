// The Capacity planner (automation `match`, engine/capacity-planner.ts): while a run trains it
// keeps serving matched to demand as hype moves (a launch rush, customers fading), never
// training below its floor, and fast-forward ends exactly where the single steps end.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRecord } from '../../../src/lib/save/record';
import {
	advance,
	cloneState,
	market,
	MATCH_BAND,
	rates,
	setAutomation,
	step,
	type GameState
} from '../../../src/lib/engine';
import { fixtureState, garage, stateDiff } from './helpers';

/** The Garage fixture (a run going, sold out at 30 % training after a release) with the
 * Capacity planner owned; its rule on at `floor` unless `on` is false. `hype`: 0.87 puts the
 * demand at 90 % of what the whole fleet serves (sold out at 30 %, not at 10 %); the run made
 * ten times longer, so that demand moves while it trains. */
function plannedLab(floor: number, on = true, hype?: number): GameState {
	const s = fixtureState('garage');
	if (hype !== undefined) s.hype = hype;
	s.run!.target = s.run!.target.mul(10);
	s.meta.perks['capacity-planner'] = 1;
	expect(setAutomation(s, 'match', { on, floor }).ok).toBe(true);
	return s;
}

/** plannedLab with customers coming back (hype 0.3 below its resting level of 0), its run long
 * enough for half an hour and more, and the world quiet (no rival release, no event). */
function comingBack(): GameState {
	const s = plannedLab(0, true, -0.3);
	s.run!.target = s.run!.target.mul(10);
	for (const rival of s.rivals) rival.nextReleaseAt = 1e9;
	s.nextEventAt = 1e12;
	return s;
}

const soldOut = (s: GameState) => market(rates(s, garage), s.hype).soldOut;

describe('the Capacity planner', () => {
	it('starts sold out: the case it is for', () => {
		const s = plannedLab(0);
		expect(s.run).not.toBeNull();
		expect(soldOut(s)).toBe(true);
	});

	it('does nothing without its perk or with its rule off', () => {
		for (const s of [plannedLab(0, false), fixtureState('garage')]) {
			advance(s, garage, 5);
			expect(s.trainShare).toBe(0.3);
		}
		// A new game's rule is off (the player turns it on), and so is a save from before it.
		const s = fixtureState('garage');
		expect(s.meta.automation.match.on).toBe(false);
		const v13 = JSON.parse(readFileSync('tests/fixtures/saves/v13.json', 'utf8'));
		expect(readRecord(v13).state.meta.automation.match).toEqual({ on: false, floor: 0.3 });
	});

	it('serves the customers waiting, then trains more as the rush fades', () => {
		const s = plannedLab(0, true, 0.87);
		advance(s, garage, 1);
		const first = s.trainShare;
		expect(first).toBeLessThan(0.3);
		expect(soldOut(s)).toBe(false);
		// Each minute for half an hour: never sold out while it can serve, never more than the
		// band idle, and the share climbs as the spike relaxes.
		let shares = 0;
		let last = first;
		for (let i = 0; i < 60 && s.run; i++) {
			advance(s, garage, 60);
			if (!s.run) break;
			const r = rates(s, garage);
			const m = market(r, s.hype);
			expect(m.soldOut).toBe(false);
			expect(m.demand.mul(1 + MATCH_BAND).gte(r.capacity)).toBe(true);
			if (s.trainShare !== last) shares += 1;
			last = s.trainShare;
		}
		expect(shares).toBeGreaterThan(2);
		expect(last).toBeGreaterThan(first);
	});

	it('never trains below its floor: sold out at any share, it holds the floor', () => {
		// At the fixture's hype even the whole fleet serving would be sold out: Match demand
		// would stop the run (0 %); the floor keeps it training.
		const s = plannedLab(0.3);
		advance(s, garage, 10);
		expect(soldOut(s)).toBe(true);
		expect(s.trainShare).toBe(0.3);
		const higher = plannedLab(0.5);
		advance(higher, garage, 1);
		expect(higher.trainShare).toBe(0.5);
		const none = plannedLab(0);
		advance(none, garage, 1);
		expect(none.trainShare).toBe(0);
	});

	it('fast-forward equals the single steps, the share changing on the way', () => {
		const s = plannedLab(0, true, 0.87);
		const n = 1800;
		const fast = advance(cloneState(s), garage, n);
		const slow = cloneState(s);
		let changes = 0;
		for (let i = 0; i < n; i++) {
			const before = slow.trainShare;
			step(slow, garage);
			if (slow.trainShare !== before) changes += 1;
		}
		expect(changes).toBeGreaterThan(3);
		expect(stateDiff(fast, slow, 1e-9, { cash: Math.abs(s.cash.toNumber()) })).toEqual([]);
		const split = advance(advance(cloneState(s), garage, 777), garage, n - 777);
		expect(stateDiff(fast, split)).toEqual([]);
	});

	// Playtest 19: matched to today's demand, a lab whose customers were coming back sold out
	// again within a minute of each match (a sliver of tok/s unmet), and the planner stepped the
	// share down a percent each time. It leaves room for them: never sold out, few moves.
	it('with customers coming back, it keeps room for them: never sold out, the share moved seldom', () => {
		const s = comingBack();
		advance(s, garage, 1);
		expect(soldOut(s)).toBe(false);
		let moves = 0;
		for (let i = 0; i < 30 * 60 && s.run; i++) {
			const before = s.trainShare;
			step(s, garage);
			if (s.trainShare !== before) moves += 1;
			expect(soldOut(s)).toBe(false);
		}
		expect(s.run).not.toBeNull();
		expect(moves).toBeLessThanOrEqual(6);
		// Fast-forward ends where the single steps end, customers coming back all the way.
		const t = comingBack();
		const fast = advance(cloneState(t), garage, 1800);
		const slow = cloneState(t);
		for (let i = 0; i < 1800; i++) step(slow, garage);
		expect(stateDiff(fast, slow, 1e-9, { cash: Math.abs(t.cash.toNumber()) })).toEqual([]);
	});
});
