// One process's share of the decision probe (scripts/probe-parallel.ts starts one per core):
// `tsx scripts/probe-seed.ts <options JSON> <seed>...` prints each seed's figures, era by era,
// as JSON (NaN and Infinity as strings: JSON has no word for them).
import { probeSeed, type ProbeOptions } from '../src/lib/sim/probe';
import { printPerSeed } from './print-per-seed';

const [options, ...seeds] = process.argv.slice(2);
const o = JSON.parse(options) as Omit<ProbeOptions, 'seeds'>;
const perSeed = seeds.map((seed) => probeSeed(Number(seed), o));
printPerSeed(perSeed);
