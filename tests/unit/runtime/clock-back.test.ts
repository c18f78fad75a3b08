// A clock set back, then forward again, is not paid the same absence twice (playtest 34: a
// clock set back an hour and a half, played, then set forward, caught up 2h 14m for 40 minutes
// away). A save never carries an earlier time than one this game's saves carried; the player is
// told that the clock reads behind, and nothing is lost.
import { describe, expect, it } from 'vitest';
import { newGame } from '../../../src/lib/engine';
import { owed } from '../../../src/lib/runtime/absence';
import { CLOCK_BEHIND_TOLD_MS, Saving, type SaveStore } from '../../../src/lib/runtime/saving';
import type { ReadSave } from '../../../src/lib/save/record';

const MIN = 60_000;

/** A store holding one save written at `savedAt`, recording the times later saves carry. */
function store(savedAt: number) {
	const saved: number[] = [];
	const left: number[] = [];
	const s: SaveStore = {
		load: async () => ({
			kind: 'ok',
			save: { state: newGame(1), savedAt, seq: 1, version: 19 } as ReadSave
		}),
		save: async (_state, at, prior) => {
			saved.push(at);
			return { seq: prior + 1, savedAt: at };
		},
		keepCopy: async () => {},
		leave: (_state, at) => {
			left.push(at);
			return true;
		}
	};
	return { s, saved, left };
}

describe('a clock set back', () => {
	const T1 = Date.UTC(2026, 11, 6, 12, 0, 0); // the last save, on a clock set forward
	const T0 = T1 - 94 * MIN; // the clock set back by 1h 34m

	it('saves carry the latest time a save carried, so the next absence counts from there', async () => {
		const { s, saved, left } = store(T1);
		const p = new Saving(s);
		await p.load(T0);
		// Twenty minutes of play on the clock set back: saves carry T1, not T0 + 20 min.
		await p.save(newGame(1), T0 + 20 * MIN);
		p.leave(newGame(1), T0 + 21 * MIN);
		expect(saved).toEqual([T1]);
		expect(left).toEqual([T1]);
		// The clock set right, 40 minutes after T1: 40 minutes are owed, not 2h 14m.
		const away = owed(newGame(1), saved[0], T1 + 40 * MIN);
		expect(away.steps).toBe(40 * 60);
		// On a clock that runs on past T1, saves carry the clock's time again.
		await p.save(newGame(1), T1 + 41 * MIN);
		expect(saved.at(-1)).toBe(T1 + 41 * MIN);
	});

	it('a game that replaces it (an import, a new lab) saves at the clock as it reads (playtest 36 lost 1h 55m of an absence after an import)', async () => {
		const { s, saved } = store(T1);
		const p = new Saving(s);
		await p.load(T0);
		await p.save(newGame(1), T0 + 5 * MIN);
		expect(saved).toEqual([T1]);
		// An import at T0 + 6 min: its saves carry the clock's time, the old game's T1 is not its.
		const imported = p.begin(newGame(2));
		await p.save(imported, T0 + 6 * MIN);
		expect(saved.at(-1)).toBe(T0 + 6 * MIN);
		// Away 2h 14m on that clock: all of it is owed.
		const away = owed(imported, saved.at(-1)!, T0 + 6 * MIN + 134 * MIN);
		expect(away.steps).toBe(134 * 60);
		expect(p.loadNotice(undefined, T0 + 7 * MIN)).toBeNull();
	});

	it('is told as the save is taken up, and a clock a few seconds behind is not', async () => {
		const p = new Saving(store(T1).s);
		await p.load(T0);
		const notice = p.loadNotice(undefined, T0)!;
		// A warning, said whole (an info notice is one line beside the title: playtest 35).
		expect(notice.kind).toBe('error');
		expect(notice.text).toBe(
			"Your device's clock reads 1h 34m earlier than your last save. Nothing is lost: time away counts again once the clock passes the save's time."
		);
		expect(p.loadNotice(undefined, T1 - CLOCK_BEHIND_TOLD_MS + 1000)).toBeNull();
		expect(p.loadNotice(undefined, T1 + MIN)).toBeNull();
		// A save restored from a backup is told first.
		expect(p.loadNotice({ from: 'backup from 1 minute before', because: 'x.' }, T0)!.kind).toBe(
			'error'
		);
	});
});
