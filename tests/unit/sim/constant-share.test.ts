// Train ↔ Serve (issue 16): the best constant train share reaches the era goal at least 15 % later
// than the scripted adaptive player. The race alone (probe/constant.ts), in the first two eras
// (about 30 s at load 2–3): the whole game's race is left to the probe (npm run probe, or
// scripts/constant-race.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { constantLater } from '../../../src/lib/sim/probe';
import { constantRace, type RaceFigures } from '../../../src/lib/sim/probe/constant';

let perSeed: RaceFigures[][] = [];
beforeAll(() => {
	perSeed = [1, 2, 3, 4, 5].map((seed) => constantRace(seed, 2));
}, 300_000);

describe('train ↔ serve: the adaptive player against a constant share', () => {
	// Five seeds, each scored at the share picked on the other four (constantLater), each race the
	// mean of ten starts (race steps 3, 7 and 11 pooled: constant.ts RACE_OFFSETS). 2026-12-03,
	// integ f859d98: the Garage 17.9 %, the Cloud 28.4 % (four starts at step 7 read 18 and 24; one
	// start a seed and the share picked on the same seeds read 7.7 and 12.2).
	it.each([1, 2])('era %i: the best constant share is at least 15 % later', (era) => {
		expect(constantLater(perSeed.map((eras) => eras[era - 1]))).toBeGreaterThanOrEqual(15);
	});
});
