// Train ↔ Serve (issue 16): the best constant train share reaches the era goal at least 15 % later
// than the scripted adaptive player. The race alone (probe/constant.ts) in the Garage, the Cloud
// and Hyperscale, the eras whose figures are asserted (the later eras' are open targets, printed
// by the probe), on the probe's fifteen seeds
// (PROBE_SEEDS), one process per core: the whole game's race is left to the probe (npm run
// probe, or scripts/constant-race.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { constantLater } from '../../../src/lib/sim/probe';
import type { RaceFigures } from '../../../src/lib/sim/probe/constant';
import { PROBE_SEEDS } from '../../../src/lib/sim/probe/targets';
import { constantRaceParallel } from '../../../scripts/probe-parallel';

let perSeed: RaceFigures[][] = [];
beforeAll(async () => {
	perSeed = await constantRaceParallel(PROBE_SEEDS, 3);
}, 900_000);

describe('train ↔ serve: the adaptive player against a constant share', () => {
	// Each seed scored at the share picked on the other fourteen (constantLater), each race the
	// mean of ten starts (race steps 3, 7 and 11 pooled: constant.ts RACE_OFFSETS). 2026-12-03,
	// main 36bd02e: the Cloud 17.6 % on fifteen seeds (blocks of five 28.4 / 25.4 / 25.3); with the
	// constant player priced for the share it holds (share6, 2026-12-03), 19.3 % (3.2 / 39.8 / 65).
	// The Garage is NOT asserted: it read 17.9 % on seeds 1–5 but 1.8 % on fifteen (blocks 17.9 /
	// 9.4 / 1.8), 1.4 % priced for the held share (28.4 / 9.9 / 1.4): a player holding 20 %
	// reaches its goal about as soon as the adaptive one on the median seed. The scripted player's
	// floor of 30 % (0.2: 9.8 %, 0.1: 6.0 %) and its worth of cash (TRAINED_SHARE 0.75–3 at a 20 %
	// floor: 9.1–11.8 %) do not lift it past the noise; training the run that should take the goal
	// flat out does (11 %; 22 % with the business tariff at 18 000) but misses era 1's cheap
	// price target (10 % of moments) and, with the dearer tariff, the pacing (seed 2: 63 min).
	// With loyal customers (engine/loyalty.ts, demand6 2026-12-04): the Garage 4.1 % (19.0 / 9.4 /
	// 4.1), the Cloud 17.2 % (28.2 / 9.2 / 39.5); with the last-run rule as well 12.9 % (27.2 /
	// 12.9 / 15.8) and the Cloud 21.7 %, but era 1's cheap price again 10 % and era 2 2.7× era 1
	// (not landed for that).
	// The Garage in phases (sim/strategy.ts GARAGE_PHASES: serve every customer and train little
	// until the run that should take the goal, then train it at 60 % or more): 74.6 % on the full
	// probe of 2026-12-05 (blocks of five 52.3 / 18.1 / 99.4); main before it −2.2 %.
	it('era 1: the best constant share is at least 15 % later', () => {
		expect(constantLater(perSeed.map(([garage]) => garage))).toBeGreaterThanOrEqual(15);
	});
	it('era 2: the best constant share is at least 15 % later', () => {
		expect(constantLater(perSeed.map(([, cloud]) => cloud))).toBeGreaterThanOrEqual(15);
	});
	// Hyperscale: its spare compute runs the researchers' experiments and a run keeps the recipe
	// it started with (engine/experiments.ts, recipe.ts), so research while the goal is far and a
	// last run flat out beats any one share. 2026-12-05, the probe on fifteen seeds: 17.5 % (blocks
	// of five 19.2 / 17.7 / 17.5); main before the rules 5.6 %. The Cloud read 16.2 % with release
	// spikes added (20.9 % while they multiplied).
	it('era 3: the best constant share is at least 15 % later', () => {
		expect(constantLater(perSeed.map(([, , hyper]) => hyper))).toBeGreaterThanOrEqual(15);
	});
});
