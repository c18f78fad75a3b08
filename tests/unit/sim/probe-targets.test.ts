// The targets of DECISIONS.md (issues 16 and 17), asserted on the decision probe's output: one
// test per target of src/lib/sim/probe/targets.ts (where each target's history is told), read on
// fifteen seeds (PROBE_SEEDS: medians, option shares pooled). ONE probe run serves every test:
// add targets, not runs. The race against constant train shares (the slow part) is run in the
// eras whose figure is asserted (RACED_ERAS) only. The seeds' games run in processes of their
// own, one per core (scripts/probe-parallel.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { ERAS } from '../../../src/lib/content';
import type { Figure } from '../../../src/lib/sim/probe';
import { PROBE_SEEDS, RACED_ERAS, TARGETS } from '../../../src/lib/sim/probe/targets';
import { boundText, meets, targetValue } from '../../../src/lib/sim/probe/target';
import { runProbeParallel } from '../../../scripts/probe-parallel';

let figures: Figure[] = [];
beforeAll(async () => {
	figures = await runProbeParallel({
		seeds: [...PROBE_SEEDS],
		eras: ERAS.length,
		constant: RACED_ERAS
	});
}, 2_000_000);

describe('the decision probe meets the targets of DECISIONS.md', () => {
	it.each(TARGETS.map((t) => [t.claim, t] as const))('%s', (_, t) => {
		for (const name of [...t.figures, ...(t.over ? [t.over] : [])])
			expect(
				figures.map((f) => f.name),
				`the probe printed no ${name}`
			).toContain(name);
		const value = targetValue(t, figures);
		expect(meets(t, value), `${t.figures.join(' + ')} = ${value}, wanted ${boundText(t)}`).toBe(
			true
		);
	});
});
