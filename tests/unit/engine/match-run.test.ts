// Playtest 20: Match demand set training to 1 % on a Large run, and the run card then read
// "15h 40m left" where it had read minutes, with no word at the tap. The engine says what the
// tap does to the run: its time left at the matched share, and whether that is minutes turned
// into hours (matchRun.slow), so the Train ↔ Serve card can say so before the tap.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	apply,
	matchDemand,
	matchRun,
	rates,
	runTimeLeft,
	SLOW_MATCH_LEFT,
	SLOW_MATCH_TIMES,
	type GameState
} from '../../../src/lib/engine';
import { fixtureState } from './helpers';

const c = eraContent('garage');

/** The Garage fixture on a Large run at 50 % (about ten minutes left), at `hype`. */
function largeRun(hype: number): GameState {
	const s = fixtureState('garage');
	s.run = null;
	expect(apply(s, c, { type: 'train-share', share: 0.5 }).ok).toBe(true);
	expect(apply(s, c, { type: 'start-run', size: 'large' }).ok).toBe(true);
	s.hype = hype;
	return s;
}

describe('what Match demand does to the run', () => {
	it('says the run at the matched share, as the tap leaves it: minutes turned into hours', () => {
		const s = largeRun(1);
		const r = rates(s, c);
		const m = matchRun(s, c, r)!;
		// The playtest's case: every share but the last percent serves customers.
		expect(m.share).toBe(matchDemand(r, s.hype, s.loyalty).share);
		expect(m.share).toBeLessThanOrEqual(0.02);
		expect(m.leftNow).toBe(runTimeLeft(s, r, c));
		expect(m.leftNow).toBeLessThan(15 * 60);
		// The tap: what the run card then says is what was said before it.
		expect(apply(s, c, { type: 'train-share', share: m.share }).ok).toBe(true);
		expect(m.left).toBeCloseTo(runTimeLeft(s, rates(s, c), c), 6);
		expect(m.left).toBeGreaterThan(3600);
		expect(m.slow).toBe(true);
		// Matched, the share now is the matched one: nothing more to warn of at the next tap.
		expect(matchRun(s, c, rates(s, c))!.slow).toBe(false);
	});

	it('says nothing of a run it slows by less, or speeds up', () => {
		// Half the training: twice the time, still minutes.
		const half = largeRun(0.5);
		const m = matchRun(half, c, rates(half, c))!;
		expect(m.share).toBeGreaterThan(0.1);
		expect(m.left / m.leftNow).toBeLessThan(SLOW_MATCH_TIMES);
		expect(m.slow).toBe(false);
		// Training less than the customers leave room for: the tap trains more.
		const room = largeRun(0);
		expect(apply(room, c, { type: 'train-share', share: 0.1 }).ok).toBe(true);
		const up = matchRun(room, c, rates(room, c))!;
		expect(up.share).toBeGreaterThan(0.1);
		expect(up.left).toBeLessThan(up.leftNow);
		expect(up.slow).toBe(false);
	});

	it('needs hours, not a few minutes more: a short run slowed to under half an hour is not slow', () => {
		const s = fixtureState('garage');
		s.run = null;
		apply(s, c, { type: 'train-share', share: 0.5 });
		apply(s, c, { type: 'start-run', size: 'short' });
		s.hype = 1;
		const m = matchRun(s, c, rates(s, c))!;
		expect(m.left / m.leftNow).toBeGreaterThan(SLOW_MATCH_TIMES);
		expect(m.left).toBeLessThan(SLOW_MATCH_LEFT);
		expect(m.slow).toBe(false);
	});

	it('is null with no run, and where no share serves every customer (no button)', () => {
		const idle = fixtureState('garage');
		idle.run = null;
		expect(matchRun(idle, c, rates(idle, c))).toBeNull();
		const soldOut = largeRun(3);
		expect(matchDemand(rates(soldOut, c), soldOut.hype, soldOut.loyalty).share).toBe(0);
		expect(matchRun(soldOut, c, rates(soldOut, c))).toBeNull();
	});
});
