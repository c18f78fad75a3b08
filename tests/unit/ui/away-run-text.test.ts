// The away report's lines on the runs (ui/away/away-run-text.ts). Playtest 23 read "1 training
// run finished. Tharsis-4 (capability 213.2) waits at the launch gate." of a Tharsis-4 that
// waited before it left: the run had made Tharsis-5, which the gate set aside.
import { describe, expect, it } from 'vitest';
import { Decimal, type Model } from '../../../src/lib/engine';
import {
	awayEpochsLine,
	awayRadiationLine,
	awayRentLine,
	awayRunLines,
	awayRunUnderWay
} from '../../../src/lib/ui/away/away-run-text';

const model = (name: string, capability: number): Model => ({
	name,
	capability,
	flop: new Decimal(1),
	params: new Decimal(1)
});

const served = model('Atlas-0', 66);

describe('the away report’s run lines', () => {
	it('names the set-aside model the run made, and the one that still waits', () => {
		const lines = awayRunLines({
			runsFinished: 1,
			lastMade: { name: 'Tharsis-5', setAside: true, disappointed: false },
			waiting: model('Tharsis-4', 213.2),
			waitedBefore: true,
			served,
			waitingWorse: false,
			held: null
		});
		expect(lines.finished).toBe(
			'1 training run finished: it made Tharsis-5, set aside: the launch gate kept the better model.'
		);
		expect(lines.waiting).toBe(
			'Tharsis-4 (capability 213.2) still waits at the launch gate, as when you left.'
		);
	});

	it('names the model the run made that waits now', () => {
		const lines = awayRunLines({
			runsFinished: 1,
			lastMade: { name: 'Tharsis-5', setAside: false, disappointed: false },
			waiting: model('Tharsis-5', 220.4),
			waitedBefore: false,
			served,
			waitingWorse: false,
			held: null
		});
		expect(lines.finished).toBe('1 training run finished: it made Tharsis-5.');
		expect(lines.waiting).toBe('Tharsis-5 (capability 220.4) waits at the launch gate.');
	});

	it('of several runs, names the last', () => {
		const lines = awayRunLines({
			runsFinished: 3,
			lastMade: { name: 'Ember-7', setAside: false, disappointed: false },
			waiting: null,
			waitedBefore: false,
			served,
			waitingWorse: false,
			held: null
		});
		expect(lines).toEqual({
			finished: '3 training runs finished; the last made Ember-7.',
			waiting: null
		});
	});

	it('says a worse model waiting is worse than the one served (playtest 29)', () => {
		const report = {
			runsFinished: 1,
			lastMade: { name: 'Atlas-1', setAside: false, disappointed: false },
			waiting: model('Atlas-1', 60.9),
			waitedBefore: false,
			served,
			waitingWorse: true,
			held: null
		};
		expect(awayRunLines(report).waiting).toBe(
			'Atlas-1 (capability 60.9) waits at the launch gate: worse than Atlas-0 (66.0), which you serve.'
		);
		expect(awayRunLines({ ...report, waitedBefore: true }).waiting).toBe(
			'Atlas-1 (capability 60.9) still waits at the launch gate: worse than Atlas-0 (66.0), which you serve.'
		);
	});

	it('says nothing of runs when none finished', () => {
		const lines = awayRunLines({
			runsFinished: 0,
			lastMade: null,
			waiting: model('Ember-2', 40),
			waitedBefore: true,
			served,
			waitingWorse: false,
			held: null
		});
		expect(lines.finished).toBeNull();
		expect(lines.waiting).toContain('still waits');
	});
});

// Playtest 27 came back from a night to a run at 81 % with three days left and a net cash line
// with the rent somewhere in it.
describe('the away report’s run under way and rent', () => {
	it('says how far the run came and what it has left, unless it is paused', () => {
		const run = { before: 0.4, after: 0.812, left: 3 * 86_400 + 17 * 3600 };
		expect(awayRunUnderWay({ run, runPaused: null })).toBe(
			'Your run trained from 40.0% to 81.2%, 3d 17h left at this pace.'
		);
		expect(awayRunUnderWay({ run: { ...run, left: Infinity }, runPaused: null })).toBe(
			'Your run trained from 40.0% to 81.2%.'
		);
		expect(awayRunUnderWay({ run: null, runPaused: null })).toBeNull();
	});

	it('says the rent paid, and whether racks are still rented', () => {
		expect(awayRentLine({ rent: { paid: new Decimal(2.6e12), racks: 0 } })).toBe(
			'Rent paid to the provider while away: $2.6T; no racks are rented now.'
		);
		expect(awayRentLine({ rent: { paid: new Decimal(4e11), racks: 1 } })).toBe(
			'Rent paid to the provider while away: $400B; 1 rack is still rented.'
		);
		expect(awayRentLine({ rent: null })).toBeNull();
	});
});

describe('the away report’s radiation line', () => {
	it('says the units radiation retired, and nothing when none', () => {
		expect(awayRadiationLine({ radiationLost: 1 })).toBe(
			'Radiation retired 1 unit while you were away (the Launch window card says what halves it).'
		);
		expect(awayRadiationLine({ radiationLost: 3 })).toContain('retired 3 units');
		expect(awayRadiationLine({ radiationLost: 0 })).toBeNull();
	});

	it('says why auto-release holds the waiting model, never at the rule’s own figure (playtest 31)', () => {
		const report = {
			runsFinished: 105,
			lastMade: { name: 'Cirrus-186', setAside: true, disappointed: false },
			waiting: model('Cirrus-81', 55.4),
			waitedBefore: true,
			served,
			waitingWorse: false
		};
		const memory = awayRunLines({
			...report,
			held: { reason: 'memory', fit: 0.4996, minFit: 0.5 }
		}).waiting!;
		expect(memory).toContain(
			'Auto-release holds it: your fleet’s memory would serve it at 49.9% speed, under the 50% its rule asks'
		);
		expect(memory).toContain('Memory card');
		// Where the rule's speed is set (playtest 42 could not tell the rule otherwise).
		expect(memory).toContain('the Era tab’s Auto-release sets the speed it asks');
		const swarm = awayRunLines({ ...report, held: { reason: 'swarm', fit: null, minFit: 0.5 } });
		expect(swarm.waiting).toContain('under half the speed of the model you serve');
		expect(awayRunLines({ ...report, held: null }).waiting).not.toContain('Auto-release');
	});

	it('says the last run disappointed, when luck let it down (playtest 31)', () => {
		const lines = awayRunLines({
			runsFinished: 1,
			lastMade: { name: 'Ember-5', setAside: false, disappointed: true },
			waiting: model('Ember-5', 37.2),
			waitedBefore: false,
			served,
			waitingWorse: true,
			held: null
		});
		expect(lines.finished).toBe(
			'1 training run finished: it made Ember-5, a disappointing run: luck left it below the band its run card showed.'
		);
	});

	it('says the epochs reached while away and the Moat they paid (playtest 42)', () => {
		expect(awayEpochsLine({ epochs: { reached: 4, now: 6, moat: new Decimal(743) } })).toBe(
			'4 epochs were reached while you were away (epoch 6 now): +743 Moat to spend on the Era tab.'
		);
		expect(awayEpochsLine({ epochs: { reached: 1, now: 3, moat: new Decimal(12.5) } })).toBe(
			'An epoch was reached while you were away (epoch 3 now): +12.5 Moat to spend on the Era tab.'
		);
		expect(awayEpochsLine({ epochs: null })).toBeNull();
	});
});
