// The decision probe with its seeds shared among processes, one per core: the seeds' games are
// independent, and one process took minutes (npm run probe; the probe-targets unit test).
import { execFile } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { runProbe, type EraFigures, type Figure, type ProbeOptions } from '../src/lib/sim/probe';

const run = promisify(execFile);
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const NON_FINITE: Record<string, number> = { NaN, Infinity, '-Infinity': -Infinity };

/** Each seed's figures (`probeSeed`), in the seeds' order, computed in parallel processes. */
export async function probeSeedsParallel(options: ProbeOptions): Promise<EraFigures[][]> {
	const { seeds, ...rest } = options;
	const groups = Math.max(1, Math.min(seeds.length, availableParallelism()));
	const shares = Array.from({ length: groups }, (_, g) => seeds.filter((_, i) => i % groups === g));
	const outputs = await Promise.all(
		shares.map((share) =>
			run(
				here('../node_modules/.bin/tsx'),
				[here('./probe-seed.ts'), JSON.stringify(rest), ...share.map(String)],
				{ maxBuffer: 64 * 1024 * 1024 }
			)
		)
	);
	const perShare = outputs.map(
		({ stdout }) =>
			JSON.parse(stdout, (_, v) =>
				typeof v === 'string' && v in NON_FINITE ? NON_FINITE[v] : v
			) as EraFigures[][]
	);
	const bySeed = new Map<number, EraFigures[]>();
	shares.forEach((share, g) => share.forEach((seed, i) => bySeed.set(seed, perShare[g][i])));
	return seeds.map((seed) => bySeed.get(seed)!);
}

export async function runProbeParallel(options: ProbeOptions): Promise<Figure[]> {
	return runProbe(options, await probeSeedsParallel(options));
}
