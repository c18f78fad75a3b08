// GAME.md's pacing targets, checked by the scripted players (npm run balance prints the figures).
import { describe, expect, it } from 'vitest';
import { playActive, playCheckIns } from '../../../src/lib/sim/players';
import { badNumbers } from '../engine/helpers';

const MIN = 60;

describe.each([1, 2, 3])('seed %i', (seed) => {
	it('the active player meets the early and era-1 pacing targets', () => {
		const { milestones: m, state, longestWait } = playActive(seed);
		expect(m.firstPurchase).toBeLessThanOrEqual(15);
		expect(m.firstRelease).toBeLessThanOrEqual(3 * MIN);
		expect(m.eraGoal).toBeGreaterThanOrEqual(30 * MIN);
		expect(m.eraGoal).toBeLessThanOrEqual(60 * MIN);
		expect(longestWait).toBeLessThanOrEqual(10 * MIN);
		expect(badNumbers(state)).toEqual([]);
	});

	it('a player who checks in four times a day reaches the goal in about a day', () => {
		const { milestones: m, state } = playCheckIns(seed);
		expect(m.eraGoal).toBeDefined();
		expect(m.eraGoal!).toBeLessThanOrEqual(36 * 3600);
		expect(badNumbers(state)).toEqual([]);
	});
});
