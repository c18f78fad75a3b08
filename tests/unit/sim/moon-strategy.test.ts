// Moon and Mars's scripted player (moon-strategy.ts): it builds far (on Mars) while the run
// under way needs longer than the light delay, Mars's floor on a run (content/moon-mars.ts sync),
// not only while a run needs a quarter of an hour: era 6's runs are sized to the fleet's memory
// and mostly finish within minutes, so a bar of 15 minutes let it build far once an era.
import { describe, expect, it } from 'vitest';
import { eraContent, FAR_SITES } from '../../../src/lib/content';
import {
	apply,
	farUnits,
	moonMarsView,
	newGame,
	rates,
	runTimeLeft,
	type GameState
} from '../../../src/lib/engine';
import { decideFar } from '../../../src/lib/sim/moon-strategy';

const c = eraContent('moon-mars');
const sync = FAR_SITES['moon-mars'].sync;

/** A new Moon and Mars lab with cash to build, serving all its demand, training a `size` run. */
function training(size: string): GameState {
	const s = newGame(3, 'moon-mars');
	s.cash = s.cash.mul(1e6);
	s.hype = -0.99;
	expect(apply(s, c, { type: 'start-run', size }).ok).toBe(true);
	expect(moonMarsView(s, c, rates(s, c))!.servingShort).toBe(false);
	return s;
}

const built = (s: GameState) => c.era.hardware.reduce((n, hw) => n + farUnits(s, hw.id), 0);

describe('the Moon and Mars player', () => {
	it('builds far for a run that needs a few minutes more than the light delay', () => {
		const s = training('small');
		const left = runTimeLeft(s, rates(s, c));
		expect(left).toBeGreaterThan(sync);
		expect(left).toBeLessThan(900);
		expect(decideFar(s, c, (a) => apply(s, c, a))).toBe(true);
		expect(built(s)).toBeGreaterThan(0);
		expect(runTimeLeft(s, rates(s, c))).toBeLessThan(left);
	});

	it('builds near for a run that finishes within the light delay anyway', () => {
		const s = training('short');
		expect(runTimeLeft(s, rates(s, c))).toBeLessThan(sync);
		expect(decideFar(s, c, (a) => apply(s, c, a))).toBe(false);
		expect(built(s)).toBe(0);
		expect(s.moonMars.far).toBe(false);
	});
});
