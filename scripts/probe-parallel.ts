// The decision probe with its seeds shared among processes, one per core: the seeds' games are
// independent, and one process took minutes (npm run probe; the probe-targets unit test).
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { runProbe, type EraFigures, type Figure, type ProbeOptions } from '../src/lib/sim/probe';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const NON_FINITE: Record<string, number> = { NaN, Infinity, '-Infinity': -Infinity };
const parse = <T>(json: string) =>
	JSON.parse(json, (_, v) => (typeof v === 'string' && v in NON_FINITE ? NON_FINITE[v] : v)) as T;

/**
 * `tsx <script> <JSON of args>` in one process per core, each handed the next seed (a line on
 * its stdin) when it has printed the last one's entry (a JSON line; NaN and Infinity as strings:
 * JSON has no word for them). Seeds differ in cost (the probe's 15 to 25 s of CPU each), so a
 * free process takes the next rather than each its fixed share (the seeds were split i % cores:
 * one process idled while the other finished its last seed). Returns the entries in the seeds'
 * order.
 */
export async function perSeedInProcesses<T>(
	script: string,
	args: unknown,
	seeds: readonly number[]
): Promise<T[]> {
	const processes = Math.max(1, Math.min(seeds.length, availableParallelism()));
	const entries = new Map<number, T>();
	let next = 0;
	const serve = () =>
		new Promise<void>((resolve, reject) => {
			const child = spawn(here('../node_modules/.bin/tsx'), [here(script), JSON.stringify(args)], {
				stdio: ['pipe', 'pipe', 'pipe']
			});
			let given = -1;
			const give = () => {
				if (next < seeds.length) {
					given = seeds[next++];
					child.stdin.write(`${given}\n`);
				} else child.stdin.end();
			};
			let stderr = '';
			child.stderr.on('data', (d) => (stderr += d));
			createInterface({ input: child.stdout }).on('line', (line) => {
				entries.set(given, parse<T>(line));
				give();
			});
			child.on('error', reject);
			child.on('close', (code) =>
				code === 0 ? resolve() : reject(new Error(`${script} exited with ${code}: ${stderr}`))
			);
			give();
		});
	await Promise.all(Array.from({ length: processes }, serve));
	return seeds.map((seed) => entries.get(seed)!);
}

/** Each seed's figures (`probeSeed`), in the seeds' order, computed in parallel processes. */
export async function probeSeedsParallel(options: ProbeOptions): Promise<EraFigures[][]> {
	const { seeds, ...rest } = options;
	return perSeedInProcesses<EraFigures[]>('./probe-seed.ts', rest, seeds);
}

export async function runProbeParallel(options: ProbeOptions): Promise<Figure[]> {
	return runProbe(options, await probeSeedsParallel(options));
}
