// A game loaded (a reload, an imported save) has already met some achievements: they are
// recorded without being announced, and the runtime's check then finds nothing new. The
// playtest saw "A million tokens" toast again on each reload and on an imported save.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	checkAchievements,
	cloneState,
	Decimal,
	flow,
	newGame,
	rates,
	recordMetAchievements,
	type GameState
} from '../../../src/lib/engine';

const check = (s: GameState) => {
	const c = eraContent(s.eraId);
	const r = rates(s, c);
	return checkAchievements(s, c, r, flow(s, r)).map((a) => a.id);
};

describe('achievements a loaded game had met', () => {
	it('are recorded without being announced: the next check finds nothing new', () => {
		const s = newGame(3);
		s.tokens = new Decimal(2e10);
		const copy = cloneState(s);
		// As before: the runtime's first check would announce it.
		expect(check(copy)).toContain('million-tokens');
		expect(recordMetAchievements(s, eraContent(s.eraId))).toBeGreaterThan(0);
		expect('million-tokens' in s.meta.achievements).toBe(true);
		expect(check(s)).toEqual([]);
	});

	it('leaves the ones not met to be announced when they are', () => {
		const s = newGame(3);
		expect(recordMetAchievements(s, eraContent(s.eraId))).toBe(0);
		s.tokens = new Decimal(2e10);
		expect(check(s)).toContain('million-tokens');
	});
});
