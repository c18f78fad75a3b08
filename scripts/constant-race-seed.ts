// One process's share of the constant-share race (scripts/probe-parallel.ts starts one per
// core): `tsx scripts/constant-race-seed.ts '{"eras":2,"from":1}' <seed>...` prints each seed's
// race figures, era by era from era index `from` (default 0) up to `eras`, as JSON (NaN and
// Infinity as strings); with no seed, it reads them from stdin, one a line, and prints a JSON
// line per seed.
import { constantRace } from '../src/lib/sim/probe/constant';
import { servePerSeed } from './print-per-seed';

const [options, ...seeds] = process.argv.slice(2);
const { eras, from } = JSON.parse(options) as { eras: number; from?: number };
await servePerSeed(seeds, (seed) => constantRace(seed, eras, from));
