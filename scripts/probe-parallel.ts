// The decision probe with its seeds shared among processes, one per core: the seeds' games are
// independent, and one process took minutes (npm run probe; the probe-targets unit test).
import { execFile } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { runProbe, type EraFigures, type Figure, type ProbeOptions } from '../src/lib/sim/probe';
import type { RaceFigures } from '../src/lib/sim/probe/constant';

const run = promisify(execFile);
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const NON_FINITE: Record<string, number> = { NaN, Infinity, '-Infinity': -Infinity };

/**
 * `tsx <script> <JSON of args> <seed>...` for the seeds shared among processes, one per core;
 * the script prints a JSON array, one entry per seed given (NaN and Infinity as strings: JSON
 * has no word for them). Returns the entries in the seeds' order.
 */
export async function perSeedInProcesses<T>(
	script: string,
	args: unknown,
	seeds: readonly number[]
): Promise<T[]> {
	const groups = Math.max(1, Math.min(seeds.length, availableParallelism()));
	const shares = Array.from({ length: groups }, (_, g) => seeds.filter((_, i) => i % groups === g));
	const outputs = await Promise.all(
		shares.map((share) =>
			run(
				here('../node_modules/.bin/tsx'),
				[here(script), JSON.stringify(args), ...share.map(String)],
				{
					maxBuffer: 64 * 1024 * 1024
				}
			)
		)
	);
	const perShare = outputs.map(
		({ stdout }) =>
			JSON.parse(stdout, (_, v) =>
				typeof v === 'string' && v in NON_FINITE ? NON_FINITE[v] : v
			) as T[]
	);
	const bySeed = new Map<number, T>();
	shares.forEach((share, g) => share.forEach((seed, i) => bySeed.set(seed, perShare[g][i])));
	return seeds.map((seed) => bySeed.get(seed)!);
}

/** Each seed's figures (`probeSeed`), in the seeds' order, computed in parallel processes. */
export async function probeSeedsParallel(options: ProbeOptions): Promise<EraFigures[][]> {
	const { seeds, ...rest } = options;
	return perSeedInProcesses<EraFigures[]>('./probe-seed.ts', rest, seeds);
}

/** Each seed's constant-share race (`constantRace`) through `eras` eras, in parallel processes:
 * era by era from era index `from` (the eras before it are played, not raced). */
export async function constantRaceParallel(
	seeds: readonly number[],
	eras: number,
	from = 0
): Promise<RaceFigures[][]> {
	return perSeedInProcesses<RaceFigures[]>('./constant-race-seed.ts', { eras, from }, seeds);
}

export async function runProbeParallel(options: ProbeOptions): Promise<Figure[]> {
	return runProbe(options, await probeSeedsParallel(options));
}
