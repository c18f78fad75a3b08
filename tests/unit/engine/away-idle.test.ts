// The away report says how long the lab trained nothing at the end of an absence (engine/
// away-idle.ts): playtest 44 came back to Orbit after 2 h and 5 h whose runs had finished minutes
// in, and the report said only "1 training run finished".
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	advance,
	apply,
	awayReport,
	cloneState,
	runTimeLeft,
	rates,
	type GameState
} from '../../../src/lib/engine';
import { IDLE_TOLD } from '../../../src/lib/engine/away-idle';
import { awayIdleLine } from '../../../src/lib/ui/away/away-run-text';
import { fixtureState } from './helpers';

const c = eraContent('garage');

/** The Garage fixture, quiet, its smallest run started (or none), away `seconds`. */
function away(seconds: number, run: boolean, scheduler?: boolean) {
	const before = fixtureState('garage');
	before.nextEventAt = 1e12;
	for (const r of before.rivals) r.nextReleaseAt = 1e12;
	before.run = null;
	if (scheduler !== undefined) {
		before.meta.perks['run-scheduler'] = 1;
		before.meta.automation.run.on = scheduler;
	}
	if (run)
		expect(apply(before, c, { type: 'start-run', size: c.era.runSizes[0].id }).ok).toBe(true);
	const after: GameState = cloneState(before);
	advance(after, c, seconds);
	return { before, after, report: awayReport(before, after, c, [], 0) };
}

describe('the away report on the lab training nothing', () => {
	it('says how long, from the run that finished, and how to keep training', () => {
		const { before } = away(0, true);
		const left = runTimeLeft(before, rates(before, c), c);
		expect(left).toBeLessThan(3600);
		const { after, report } = away(2 * 3600, true);
		expect(after.run).toBeNull();
		expect(after.stats.runsFinished).toBe(before.stats.runsFinished + 1);
		const idle = report.idle!;
		expect(idle.finished).toBe(true);
		// From the run's end, as the clock ran it (a step or so of slack).
		expect(Math.abs(idle.seconds - (2 * 3600 - left))).toBeLessThanOrEqual(2);
		expect(awayIdleLine(report)).toMatch(
			/^Nothing trained for the last 1h \d\dm: your run finished and no next one started\. Start a run before you leave; the Run scheduler \(Era tab, for Moat\) starts each one for you\.$/
		);
	});

	it('says a lab left with no run trained nothing at all', () => {
		const { report } = away(3600, false);
		expect(report.idle).toEqual({ seconds: 3600, finished: false, schedulerOff: false });
		expect(awayIdleLine(report)).toMatch(/^Nothing trained while you were away: no run was going/);
	});

	it('says nothing of a short stretch, of a run still training, or with the Run scheduler on', () => {
		expect(away(IDLE_TOLD - 1, false).report.idle).toBeNull();
		expect(away(60, true).report.idle).toBeNull();
		// On, the scheduler started the next run itself.
		expect(away(2 * 3600, true, true).report.idle).toBeNull();
		// Owned and off: the line says to switch it on.
		const off = away(2 * 3600, true, false).report;
		expect(off.idle?.schedulerOff).toBe(true);
		expect(awayIdleLine(off)).toContain('switch the Run scheduler on (Era tab)');
	});
});
