// One process's share of the decision probe (scripts/probe-parallel.ts starts one per core):
// `tsx scripts/probe-seed.ts <options JSON> <seed>...` prints each seed's figures, era by era,
// as JSON (NaN and Infinity as strings: JSON has no word for them); with no seed, it reads them
// from stdin, one a line, and prints a JSON line per seed.
import { probeSeed, type ProbeOptions } from '../src/lib/sim/probe';
import { servePerSeed } from './print-per-seed';

const [options, ...seeds] = process.argv.slice(2);
const o = JSON.parse(options) as Omit<ProbeOptions, 'seeds'>;
await servePerSeed(seeds, (seed) => probeSeed(seed, o));
