// Test files in an order that keeps both cores busy to the end: the few files that take minutes
// (the probe's targets with its constant-share race, the advance laws) start first, one a worker,
// and the hundred short ones fill in beside them. In a clean clone vitest has no timings cached
// and ordered them by size: the probe's three minutes started late on a worker already busy
// (CI's unit step took 300 s of wall time for 396 s of tests on two workers).
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The long files, longest first (clean-clone CI of 223d9bd: 207 s, 102 s, 49 s). */
const HEAVY = ['sim/probe-targets.test.ts', 'engine/advance.test.ts'];

const rank = (f: TestSpecification) => {
	const i = HEAVY.findIndex((h) => f.moduleId.endsWith(h));
	return i < 0 ? HEAVY.length : i;
};

export class HeavyFirst extends BaseSequencer {
	async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const sorted = await super.sort(files);
		return sorted
			.map((f, i) => ({ f, i }))
			.sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
			.map(({ f }) => f);
	}
}
