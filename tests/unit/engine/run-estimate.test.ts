// The run card's time for a run not yet started is the time the engine takes to train it: one
// selector (plannedTrainRate) reads the rates the run would train at, Dyson's kept watts and
// the far sites' light-delay cap included (playtest 8: a Dyson run quoted "18m 04s" finished in
// about a minute).
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	apply,
	expectedRunTime,
	newGame,
	plannedTrainRate,
	rates,
	runTimeLeft,
	type GameState
} from '../../../src/lib/engine';
import { Decimal } from '../../../src/lib/engine/decimal';

/** The estimate before the start, and the time left the moment the run starts. */
function quotedAndTaken(s: GameState, sizeIndex: number): { quoted: number; taken: number } {
	const c = eraContent(s.eraId);
	const size = c.era.runSizes[sizeIndex];
	const quoted = expectedRunTime(s, c, rates(s, c), size);
	expect(apply(s, c, { type: 'start-run', size: size.id }).ok).toBe(true);
	const r = rates(s, c);
	expect(plannedTrainRate(s, c, size).div(r.trainRate).toNumber()).toBeCloseTo(1, 9);
	return { quoted, taken: runTimeLeft(s, r, c) };
}

describe('run time estimate', () => {
	it('Dyson: counts the watts kept at the star', () => {
		const s = newGame(4, 'dyson');
		s.dyson.panels = 20;
		s.hardware.statite = 40;
		s.dyson.beam = 0.25;
		s.trainShare = 0.5;
		const { quoted, taken } = quotedAndTaken(s, 6);
		expect(Number.isFinite(quoted)).toBe(true);
		expect(quoted / taken).toBeCloseTo(1, 6);
	});

	it('Moon and Mars: counts the light delay’s cap on what Mars gives the run', () => {
		const c = eraContent('moon-mars');
		const s = newGame(1, 'moon-mars');
		s.cash = new Decimal('1e300');
		apply(s, c, { type: 'build-far', on: true });
		expect(apply(s, c, { type: 'buy', hardware: 'mars-farm', count: 10 }).ok).toBe(true);
		s.trainShare = 0.2;
		const { quoted, taken } = quotedAndTaken(s, 0);
		expect(quoted / taken).toBeCloseTo(1, 6);
	});

	it('the Garage: the same figure as before, the slider’s share of compute', () => {
		const s = newGame(1);
		s.trainShare = 0.3;
		const { quoted, taken } = quotedAndTaken(s, 0);
		expect(quoted / taken).toBeCloseTo(1, 9);
	});
});
