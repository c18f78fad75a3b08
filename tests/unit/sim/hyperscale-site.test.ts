// The scripted Hyperscale player weighs the Metro site's peak premium (a share of the sales on
// its campuses' part of the compute) against the head start it gives over the cheap site's
// permits, as a thoughtful player would (hyperscale-strategy.ts peakWorthIt); it no longer takes
// the dear site whenever a cheap campus waits on permits.
import { describe, expect, it } from 'vitest';
import { CAMPUSES, eraContent } from '../../../src/lib/content';
import {
	apply,
	campusCost,
	Decimal,
	hyperscaleView,
	newGame,
	rates,
	type GameState
} from '../../../src/lib/engine';
import { siteFor } from '../../../src/lib/sim/hyperscale-strategy';

const c = eraContent('hyperscale');
const [cheap, dear] = CAMPUSES.hyperscale.sites;

/** A Hyperscale lab with a cheap campus waiting on its permits, its demand moved by `hype`. */
function waiting(hype: number): GameState {
	const s = newGame(3, 'hyperscale');
	s.cash = campusCost(s, c).mul(1e6);
	apply(s, c, { type: 'build-campus', site: cheap.id });
	s.hype = hype;
	return s;
}

const pick = (s: GameState) => siteFor(s, c, rates(s, c), hyperscaleView(s, c, rates(s, c))!);

describe('the thoughtful player weighs the peak premium', () => {
	it('takes the dear site when its premium costs little: a lab that sells almost nothing', () => {
		expect(pick(waiting(-0.9999))).toBe(dear.id);
	});

	it('waits for permits when the premium on its sales outweighs the head start', () => {
		// Five hours in with the goal still far: the premium's share of the sales for the rest of
		// the era, its cash valued at what it would train, outweighs the FLOP the dear campus adds
		// over the permits' wait. The old rule took the dear site whenever a campus waited.
		const s = waiting(0);
		expect(pick(s)).toBe(dear.id); // at the era's start the head start wins
		s.tick = 5 * 3600;
		expect(s.hyperscale.campuses[0].phase).toBe(0); // still waiting on permits
		expect(pick(s)).toBe(cheap.id);
	});

	it('builds at the cheap site, as before, when its permits fit the horizon and none wait', () => {
		const s = newGame(3, 'hyperscale');
		s.tick = 3 * 3600;
		s.cash = new Decimal(campusCost(s, c)).mul(10);
		expect(pick(s)).toBe(cheap.id);
	});
});
