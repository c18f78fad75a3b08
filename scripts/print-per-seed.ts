// How the per-seed scripts (probe-seed.ts, constant-race-seed.ts) hand their figures back to
// scripts/probe-parallel.ts: JSON on stdout, NaN and Infinity as strings (JSON has no word for them).
export function printPerSeed(perSeed: unknown): void {
	process.stdout.write(
		JSON.stringify(perSeed, (_, v) =>
			typeof v === 'number' && !Number.isFinite(v) ? String(v) : v
		)
	);
}
