import { describe, expect, it } from 'vitest';
import { ERAS } from '../../../src/lib/content';
import { newGame, statistics } from '../../../src/lib/engine';

describe('statistics', () => {
	it('counts the eras reached up to the current one, in a save begun in a later era', () => {
		// Playtest 8 read "Eras reached 1 of 7" in a Dyson save with no times for the eras before.
		const dyson = newGame(1, 'dyson');
		expect(dyson.meta.eraTicks).toEqual([]);
		expect(statistics(dyson).all.eras).toBe(ERAS.length);
		expect(statistics(newGame(1, 'cloud')).all.eras).toBe(2);
		expect(statistics(newGame(1)).all.eras).toBe(1);
	});

	it('counts the eras played through, one past the last finished', () => {
		const s = newGame(1, 'cloud');
		s.meta.eraTicks = [600, 900];
		expect(statistics(s).all.eras).toBe(3);
	});
});
