// A finished run meets a model still waiting at the launch gate: the gate keeps the better one,
// and the news says which was set aside (playtest 22: a waiting model was replaced silently).
import { describe, expect, it } from 'vitest';
import { advance, buy, money, newGame, setTrainShare, startRun } from '../../../src/lib/engine';
import { garage } from './helpers';

/** A Garage lab training a sprint flat out, with `waiting` (a capability) at the gate. */
function labWith(waiting: number) {
	const s = newGame(3);
	s.cash = money(garage, 1e6);
	buy(s, garage, 'gaming-gpu', 4);
	startRun(s, garage, 'sprint');
	setTrainShare(s, 1);
	s.gate = { ...s.model, name: 'Older-1', capability: waiting };
	return s;
}

/** Runs the lab until its run has finished, and returns the news it made meanwhile. */
function finish(s: ReturnType<typeof labWith>): string[] {
	const seen = new Set(s.news.map((n) => n.id));
	for (let i = 0; i < 100 && s.run; i++) advance(s, garage, 600);
	expect(s.run).toBeNull();
	return s.news.filter((n) => !seen.has(n.id)).map((n) => n.text);
}

describe('a run that finishes while a model waits at the gate', () => {
	it('takes the gate from a worse model and says the older one was set aside', () => {
		const s = labWith(0);
		const news = finish(s);
		const fresh = s.gate!;
		expect(fresh.name).not.toBe('Older-1');
		const aside = news.filter((t) => t.includes('set aside'));
		expect(aside).toEqual([
			`Older-1 (capability 0.0) is set aside: ${fresh.name} is better, and waits at the launch gate.`
		]);
	});

	it('is set aside itself when the waiting one is better, and is not said to wait', () => {
		const s = labWith(1000);
		const news = finish(s);
		expect(s.gate!.name).toBe('Older-1');
		const [line, ...rest] = news.filter((t) => t.includes('set aside'));
		expect(rest).toEqual([]);
		expect(line).toMatch(/^Ember-\d+ \(capability [\d.]+\) is set aside: Older-1 is better/);
		const name = line.split(' ')[0];
		// "Training of … is done. It waits at the launch gate." would be untrue of it.
		expect(news.filter((t) => t.includes(name) && t.includes('It waits'))).toEqual([]);
	});

	it('says nothing of a setting aside when the gate was empty', () => {
		const s = labWith(0);
		s.gate = null;
		expect(finish(s).filter((t) => t.includes('set aside'))).toEqual([]);
	});
});
