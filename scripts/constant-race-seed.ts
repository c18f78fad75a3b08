// One process's share of the constant-share race (scripts/probe-parallel.ts starts one per
// core): `tsx scripts/constant-race-seed.ts '{"eras":2}' <seed>...` prints each seed's race
// figures, era by era, as JSON (NaN and Infinity as strings).
import { constantRace } from '../src/lib/sim/probe/constant';
import { printPerSeed } from './print-per-seed';

const [options, ...seeds] = process.argv.slice(2);
const { eras } = JSON.parse(options) as { eras: number };
const perSeed = seeds.map((seed) => constantRace(Number(seed), eras));
printPerSeed(perSeed);
