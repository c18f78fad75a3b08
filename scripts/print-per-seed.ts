// How the per-seed scripts (probe-seed.ts) hand their figures back to
// scripts/probe-parallel.ts: JSON on stdout, NaN and Infinity as strings (JSON has no word for them).
import { createInterface } from 'node:readline';

const toJson = (value: unknown) =>
	JSON.stringify(value, (_, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));

export function printPerSeed(perSeed: unknown): void {
	process.stdout.write(toJson(perSeed));
}

/**
 * `seeds` given: prints their figures (`figures` of each) as one JSON array. None given: reads
 * seeds from stdin, one a line, and prints each seed's figures as one JSON line as soon as they
 * are done (probe-parallel.ts hands a process its next seed when it is free).
 */
export async function servePerSeed(
	seeds: readonly string[],
	figures: (seed: number) => unknown
): Promise<void> {
	if (seeds.length) return printPerSeed(seeds.map((seed) => figures(Number(seed))));
	for await (const line of createInterface({ input: process.stdin }))
		if (line.trim()) process.stdout.write(toJson(figures(Number(line))) + '\n');
}
