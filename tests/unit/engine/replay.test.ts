// Actions are data: a session of scripted play is logged as actions with the tick each was
// issued at, and replaying the log on the first save reaches the same state.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	advance,
	apply,
	newGame,
	type Action,
	type GameState,
	type LoggedAction
} from '../../../src/lib/engine';
import { makeRecord, readRecord } from '../../../src/lib/save/record';
import { playActive } from '../../../src/lib/sim/players';
import { stateDiff } from './helpers';

/** Plays a log on a state: advance to each action's tick, apply it; then on to `endTick`. */
function replay(s: GameState, log: readonly LoggedAction[], endTick: number): GameState {
	for (const { tick, action } of log) {
		if (tick > s.tick) advance(s, eraContent(s.eraId), tick - s.tick);
		apply(s, eraContent(s.eraId), action);
	}
	advance(s, eraContent(s.eraId), endTick - s.tick);
	return s;
}

describe('a recorded session', () => {
	// An hour of active play in each of two eras: the Garage's goal, a new era, Moat spent.
	const log: LoggedAction[] = [];
	const played = playActive(7, 3600, 5, 2, undefined, (entry) => log.push(entry));
	const firstSave = makeRecord(newGame(7), 0, 1);

	it('holds every kind of action a player issues, the new era included', () => {
		const kinds = new Set(log.map((e) => e.action.type));
		for (const kind of [
			'buy',
			'train-share',
			'price-tier',
			'start-run',
			'release',
			'hire',
			'research',
			'sign',
			'new-era',
			'buy-perk',
			'event-choice'
		] satisfies Action['type'][])
			expect(kinds).toContain(kind);
		expect(played.state.eraId).toBe('cloud');
		// An hour in the Cloud, or less if its goal came first.
		expect(played.state.tick >= 3600 || played.state.goalReached).toBe(true);
	});

	it('is plain data: it survives JSON', () => {
		expect(JSON.parse(JSON.stringify(log))).toEqual(log);
	});

	it('replayed on the first save, with advance between actions, ends in the same state', () => {
		const start = readRecord(JSON.parse(JSON.stringify(firstSave))).state;
		const log2 = JSON.parse(JSON.stringify(log)) as LoggedAction[];
		const replayed = replay(start, log2, played.state.tick);
		expect(stateDiff(replayed, played.state)).toEqual([]);
		// The discrete outcome is exact: every count, id and tick.
		expect(replayed.meta).toEqual(played.state.meta);
		expect(replayed.hardware).toEqual(played.state.hardware);
		expect(replayed.research).toEqual(played.state.research);
		expect(replayed.news).toEqual(played.state.news);
	});

	it('replayed without its answers to world events, ends elsewhere (the defaults differ)', () => {
		const cut = log.filter((e) => e.action.type !== 'event-choice');
		expect(cut.length).toBeLessThan(log.length);
		const replayed = replay(readRecord(firstSave).state, cut, played.state.tick);
		expect(stateDiff(replayed, played.state)).not.toEqual([]);
	});

	it('replayed without one of its actions, ends elsewhere (the log is what decides)', () => {
		const i = log.findIndex((e) => e.action.type === 'hire');
		const cut = [...log.slice(0, i), ...log.slice(i + 1)];
		const replayed = replay(readRecord(firstSave).state, cut, played.state.tick);
		expect(stateDiff(replayed, played.state)).not.toEqual([]);
	});
});
