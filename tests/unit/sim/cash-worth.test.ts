// What cash is worth to the scripted player (market-play.ts cashSeconds): a card it buys trains
// only for what is left of the run that should take the era goal, which the player trains flat
// out (issue 16: the Garage's race 4.1 -> 8.8 % on fifteen seeds, the Cloud's 18.9 -> 20.6 %).
import { describe, expect, it } from 'vitest';
import { apply, newGame, rates, type GameState } from '../../../src/lib/engine';
import {
	cashSeconds,
	lastRun,
	marketChoice,
	MAX_TRAIN_SHARE,
	restOfEra
} from '../../../src/lib/sim/market-play';
import { garage } from '../engine/helpers';

/** A Garage lab ten minutes in, four gaming GPUs, training a run of `size`, with cash to
 * spare. */
function lab(size: string): GameState {
	const s = newGame(5);
	s.tick = 600;
	s.cash = s.cash.add(1e9);
	apply(s, garage, { type: 'buy', hardware: 'gaming-gpu', count: 3 });
	apply(s, garage, { type: 'start-run', size });
	return s;
}

describe('the worth of cash to the scripted player', () => {
	it('trains the run that should take the era goal flat out as it nears its end', () => {
		// A huge run scores the Garage's goal at the usual luck; a sprint does not.
		const last = lab('huge');
		const early = lab('sprint');
		for (const s of [last, early]) {
			s.run!.progress = s.run!.target.mul(0.99999);
			s.hype = 10; // customers queue: serving sells all it can
		}
		expect(lastRun(last, garage, rates(last, garage))).toBe(true);
		expect(lastRun(early, garage, rates(early, garage))).toBe(false);
		const r = rates(last, garage);
		const flat = last
			.run!.target.sub(last.run!.progress)
			.div(r.compute.mul(MAX_TRAIN_SHARE * r.mult.trainThroughput));
		expect(cashSeconds(last, garage, r)).toBeCloseTo(flat.toNumber(), 6);
		expect(cashSeconds(early, garage, rates(early, garage))).toBe(restOfEra(early, garage));
		// Sold out, the last run trains at the most the player trains; another run serves.
		expect(marketChoice(last, garage, 0.2).share).toBe(MAX_TRAIN_SHARE);
		expect(marketChoice(early, garage, 0.2).share).toBe(0.2);
	});
});
