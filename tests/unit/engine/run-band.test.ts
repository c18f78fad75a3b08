// The word for a finished run (engine/run-band.ts). Playtest 44 read a 44.2 called
// "disappointing" whose band, shown before the run, had said 44–52: a poor draw that research
// finished during the run lifted into the band was judged by its draw alone.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	advance,
	apply,
	bandEdges,
	capabilityBand,
	Decimal,
	disappoints,
	rates,
	type GameState
} from '../../../src/lib/engine';
import { OUTCOME } from '../../../src/lib/engine/outcome';
import { capabilityPlan } from '../../../src/lib/engine/research-plan';
import { migrate } from '../../../src/lib/save/migrations';
import { quietBetweenRuns } from './lab-setups';

const c = eraContent('garage');
const POOR_BEST = OUTCOME.poor.lo + OUTCOME.poor.width;

/** The Garage between runs with nothing to disturb it, a run of its second size started on a
 * poor draw; returns the band the run card showed for it just before. */
function poorRun(): { s: GameState; low: number } {
	const s = quietBetweenRuns('garage');
	const size = c.era.runSizes[1];
	const shown = capabilityBand(s, c, rates(s, c), size);
	expect(apply(s, c, { type: 'start-run', size: size.id }).ok).toBe(true);
	// The run keeps the band's low edge the card showed.
	expect(s.run!.usualLow).toBe(shown.low);
	s.run!.outcome = POOR_BEST;
	return { s, low: shown.low };
}

/** Trains the run under way to its end; the model it made and the news kind said of it (by id:
 * the news keeps only its last headlines). */
function finish(s: GameState) {
	const since = Math.max(0, ...s.news.map((n) => n.id));
	while (!s.gate) advance(s, c, 60);
	const told = s.news.filter((n) => n.id > since && FINISHED.includes(n.kind));
	expect(told).toHaveLength(1);
	return { made: s.gate.capability, kind: told[0].kind };
}
const FINISHED = ['run-finished', 'disappointing-run'];

describe('a finished run is called disappointing only below the band its card showed', () => {
	it('a poor draw lifted into the band by research during the run is not (playtest 44)', () => {
		const { s, low } = poorRun();
		// Research in hand during the run: capability per FLOP, the cheapest first, until the poor
		// draw scores inside the band shown before the run.
		s.insight = new Decimal(1e30);
		const flop = s.run!.target;
		for (const p of capabilityPlan(s, c)) {
			expect(apply(s, c, { type: 'research', project: p.def.id }).ok).toBe(true);
			const then = capabilityBand(s, c, rates(s, c), c.era.runSizes[1]).expected;
			if (then * POOR_BEST >= low + 0.5) break;
		}
		expect(flop.eq(s.run!.target)).toBe(true);
		const { made, kind } = finish(s);
		expect(made).toBeGreaterThanOrEqual(bandEdges(low, low).low);
		expect(kind).toBe('run-finished');
	});

	it('the same draw with no research lands below it, and is', () => {
		const { s, low } = poorRun();
		const { made, kind } = finish(s);
		expect(made).toBeLessThan(bandEdges(low, low).low);
		expect(kind).toBe('disappointing-run');
	});

	it('is judged at the low edge as the card writes it, whole points', () => {
		const run = { usualLow: 44.6, outcome: 0.75 };
		expect(disappoints(run, 44)).toBe(false);
		expect(disappoints(run, 43.9)).toBe(true);
		expect(disappoints({ ...run, outcome: 1 }, 43.9)).toBe(true);
		// A run from a save before the band was kept: by its draw, as it was.
		expect(disappoints({ usualLow: 0, outcome: 0.8 }, 99)).toBe(true);
		expect(disappoints({ usualLow: 0, outcome: 0.95 }, 1)).toBe(false);
	});

	it('a save from before keeps its run under way, with no band recorded', () => {
		const run = { sizeId: 'solid', target: '1e17', progress: '0', outcome: 0.8, recipe: 0 };
		expect(migrate({ schema: 22, run }, 23).run).toEqual({ ...run, usualLow: 0 });
		expect(migrate({ schema: 22, run: null }, 23).run).toBeNull();
	});
});
