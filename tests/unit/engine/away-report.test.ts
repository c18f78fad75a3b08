// The away report tells a returning player what the absence cost: customers who left over
// waits, and a lost place on the leaderboard (the playtest: an hour away lost 96 % of the
// customers, and nothing said so).
import { describe, expect, it } from 'vitest';
import {
	advance,
	awayReport,
	buy,
	cloneState,
	money,
	newGame,
	release,
	setTrainShare,
	startRun
} from '../../../src/lib/engine';
import { pushNews } from '../../../src/lib/engine/news';
import { garage, pausedLab } from './helpers';

/** A Garage lab serving a released model, with a long run under way. */
function lab() {
	const s = newGame(3);
	s.cash = money(garage, 1e6);
	buy(s, garage, 'gaming-gpu', 4);
	startRun(s, garage, 'sprint');
	setTrainShare(s, 1);
	advance(s, garage, 3600);
	release(s, garage);
	advance(s, garage, 3600); // the launch spike fades
	startRun(s, garage, 'massive');
	return s;
}

describe('the away report', () => {
	it('says how many customers left when the lab trained everything and served no one', () => {
		const before = lab();
		setTrainShare(before, 1);
		const after = cloneState(before);
		advance(after, garage, 3600);
		const report = awayReport(before, after, garage, [], 0);
		expect(after.hype).toBeLessThan(before.hype);
		expect(report.customersLost).toBeGreaterThan(0.5);
		expect(report.customersLost).toBeLessThanOrEqual(1);
	});

	it('says none left when the lab served them', () => {
		const before = lab();
		setTrainShare(before, 0);
		const after = cloneState(before);
		advance(after, garage, 3600);
		expect(awayReport(before, after, garage, [], 0).customersLost).toBe(0);
	});
});

describe('the away report on a paused run', () => {
	it('says the run is paused, how far it came, what it waits for and when (playtest 4)', () => {
		const before = pausedLab(37, 0.2);
		const after = cloneState(before);
		advance(after, garage, 600);
		const paused = awayReport(before, after, garage, [], 0).runPaused;
		expect(paused?.pause.reason).toBe('out-of-cash');
		expect(paused?.progress).toBeGreaterThan(0);
		expect(paused?.progress).toBeLessThan(1);
		const liftsIn = paused?.pause.reason === 'out-of-cash' ? paused.pause.liftsIn : NaN;
		expect(liftsIn).toBeGreaterThan(0);
		expect(liftsIn).toBeLessThan(2 * 3600);
		// Once the cut has lifted, nothing to say.
		advance(after, garage, liftsIn);
		expect(awayReport(before, after, garage, [], 0).runPaused).toBeNull();
	});
});

describe('the away report’s news', () => {
	it('leaves out news that is no longer true', () => {
		const before = newGame(3);
		const after = cloneState(before);
		after.tick += 8 * 3600;
		pushNews(after, 'run-finished', { model: 'Ember-9' });
		for (let i = 0; i < 2; i++) pushNews(after, 'world-event', { item: `Event ${i}` });
		pushNews(after, 'delivery', { item: 'A rack' });
		const report = awayReport(before, after, garage, [], 0);
		const texts = report.headlines.map((h) => h.text);
		// "…waits at the launch gate" was true when written: the report says what waits now.
		expect(texts.some((t) => t.includes('Ember-9'))).toBe(false);
		expect(texts.filter((t) => t.startsWith('Event '))).toEqual(['Event 0', 'Event 1']);
		expect(texts.some((t) => t.includes('A rack'))).toBe(false);
	});

	it('counts the deliveries once, in their own line, not again as headlines (playtest 22)', () => {
		const before = newGame(3);
		const after = cloneState(before);
		after.tick += 3600;
		pushNews(after, 'delivery', { item: '1 × Gaming GPU' });
		pushNews(after, 'research', { item: 'Quantization' });
		pushNews(after, 'delivery', { item: '1 × Gaming GPU' });
		const report = awayReport(before, after, garage, [], 0);
		expect(report.deliveries).toBe(2);
		expect(report.headlines.map((h) => h.kind)).toEqual(['research']);
	});
});
