// The run card says why a run makes no progress (run-pause.ts runPause): out of cash (the
// grid powers only the serving chips customers keep busy), a slider at Serve 100%, or no compute
// at all.
import { describe, expect, it } from 'vitest';
import { runPauseText } from '../../../src/lib/ui/lab/run-pause-text';
import {
	advance,
	apply,
	cloneState,
	CUT_LIFT_HORIZON,
	newGame,
	rates,
	powerCutLine,
	rehireCash,
	runPause,
	runwayCash,
	step
} from '../../../src/lib/engine';
import { fixtureState, garage, overBilledLab, pausedLab } from './helpers';

describe('why a run is paused', () => {
	it('out of cash: the cut stops training, and the cash that lifts it is told', () => {
		const s = overBilledLab();
		expect(runPause(s, rates(s, garage))).toBeNull();
		advance(s, garage, 1);
		expect(s.idle).toBe(true);
		const r = rates(s, garage);
		expect(r.powerCut).toBeLessThan(1);
		// This lab's cut leaves training a trickle: it still trains.
		expect(runPause(s, r)).toBeNull();
		// A model whose tokens' power is more than half of what they sell for: what serving
		// earns pays its own chips and nothing more, so the cut leaves training nothing.
		const t = pausedLab(40, 0.5);
		const stopped = rates(t, garage);
		expect(stopped.powerCut).toBe(0);
		expect(stopped.trainRate.eq(0)).toBe(true);
		const pause = runPause(t, stopped);
		expect(pause?.reason).toBe('out-of-cash');
		expect(pause?.reason === 'out-of-cash' && pause.needs.eq(rehireCash(stopped))).toBe(true);
		expect(rehireCash(stopped).gt(0)).toBe(true);
		// Not broke: a stop is the slider's or the fleet's, never the cash's.
		t.idle = false;
		expect(runPause(t, { ...stopped, powerCut: 1 })?.reason).toBe('no-compute');
	});

	it('a slider at Serve 100%, or no compute, is said as such; no run, no pause', () => {
		const s = newGame(2);
		expect(runPause(s, rates(s, garage))).toBeNull();
		s.cash = s.cash.add(1e6);
		apply(s, garage, { type: 'start-run', size: 'small' });
		apply(s, garage, { type: 'train-share', share: 0 });
		expect(runPause(s, rates(s, garage))).toEqual({ reason: 'serving-only' });
		apply(s, garage, { type: 'train-share', share: 0.5 });
		expect(runPause(s, rates(s, garage))).toBeNull();
		s.hardware = {};
		expect(runPause(s, rates(s, garage))).toEqual({ reason: 'no-compute' });
	});

	it('out of cash: says when the cut lifts, to the second (playtest 4: 18 min unsaid at 99.9 %)', () => {
		const s = pausedLab(37, 0.2);
		const pause = runPause(s, rates(s, garage));
		expect(pause?.reason).toBe('out-of-cash');
		const n = pause?.reason === 'out-of-cash' ? pause.liftsIn : NaN;
		// An hour and more of saving at this lab's income.
		expect(n).toBeGreaterThan(3600);
		expect(n).toBeLessThan(2 * 3600);
		// Saving towards it, the run card does not say "out of cash" (playtest 37): the cash ran out.
		// Just broke, it holds nothing: "out of cash".
		expect(s.cash.eq(0)).toBe(true);
		expect(pause).toMatchObject({ saving: false });
		expect(runPauseText(pause!)).toMatch(/^out of cash, so the power/);
		advance(s, garage, n - 1);
		expect(s.idle).toBe(true);
		expect(s.cash.gt(0)).toBe(true);
		const late = runPause(s, rates(s, garage))!;
		expect(late).toMatchObject({ reason: 'out-of-cash', liftsIn: 1, saving: true });
		expect(runPauseText(late)).toMatch(
			/^the cash ran out, so the power to training is cut until you hold \$[\d.,]+K?: about 1s away at this income$/
		);
		advance(s, garage, 1);
		expect(s.idle).toBe(false);
		expect(runPause(s, rates(s, garage))).toBeNull();
		expect(rates(s, garage).trainRate.gt(0)).toBe(true);
	});

	it("sales short of the payroll: the cash it names is the hour's runway, not the rehire's (playtest 43)", () => {
		// Playtest 43 read "It lifts once you have $4.58K, about 8h 09m away" beside $5.45K: the
		// sales did not pay the salaries, so the cut waited for an hour of them. The garage lab
		// runs out of cash within half an hour (away-cash-out.test) and its sales fall short.
		const s = fixtureState('garage');
		advance(s, garage, 1800);
		expect(s.idle).toBe(true);
		const r = rates(s, garage);
		const line = powerCutLine(s, r)!;
		expect(line.needs.eq(runwayCash(r))).toBe(true);
		expect(Number.isFinite(line.liftsIn)).toBe(true);
		// The run card, with a run under way, names the same cash and time.
		const pause = runPause(s, r);
		if (pause?.reason === 'out-of-cash') {
			expect(pause.needs.eq(line.needs)).toBe(true);
			expect(pause.liftsIn).toBe(line.liftsIn);
		}
		// With the rehire's cash and more in hand (the player's $5.45K beside "$4.58K"), a step
		// leaves the cut on; with the runway's, it lifts.
		const above = cloneState(s);
		above.cash = rehireCash(r).mul(1.2);
		step(above, garage);
		expect(above.idle).toBe(true);
		expect(powerCutLine(above, rates(above, garage))!.needs.gt(above.cash)).toBe(true);
		const runway = cloneState(s);
		runway.cash = runwayCash(r);
		step(runway, garage);
		expect(runway.idle).toBe(false);
	});

	it('out of cash with an income that never gets there: Infinity, not a figure', () => {
		// Each token's power costs more than it sells for: no cut mends that.
		const s = pausedLab(75, 0.5);
		const pause = runPause(s, rates(s, garage));
		expect(pause).toMatchObject({ reason: 'out-of-cash', liftsIn: Infinity });
		advance(s, garage, CUT_LIFT_HORIZON);
		expect(s.idle).toBe(true);
	});
});
