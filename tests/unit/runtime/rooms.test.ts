// The runtime's rooms that run outside a browser: the loop, the snapshot, saving,
// catching up an absence, and the session (with a fake lock).
import { describe, expect, it, vi } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	advance,
	cloneState,
	Decimal,
	newGame,
	offlineCapSteps,
	type GameState
} from '../../../src/lib/engine';
import {
	catchUpAbsence,
	owed,
	REPORT_AFTER_STEPS,
	reportable,
	type Runner
} from '../../../src/lib/runtime/absence';
import { Loop, TICK_MS, type Timers } from '../../../src/lib/runtime/loop';
import { Saving, type SaveStore } from '../../../src/lib/runtime/saving';
import { Session, type PlayLock } from '../../../src/lib/runtime/session.svelte';
import { takeSnapshot } from '../../../src/lib/runtime/snapshot';
import type { ReadSave } from '../../../src/lib/save/record';
import { WrittenElsewhereError, type Claim } from '../../../src/lib/save/claim';

const garage = eraContent('garage');

describe('the loop', () => {
	function fakeTimers() {
		let now = 0;
		let beat: (() => void) | null = null;
		const timers: Timers = {
			now: () => ({ wall: now, mono: now }),
			every: (fn, ms) => {
				expect(ms).toBe(TICK_MS);
				beat = fn;
				return 1;
			},
			cancel: () => (beat = null)
		};
		return { timers, pass: (ms: number) => (now += ms), beat: () => beat?.() };
	}

	it('ticks once on start and on every beat until stopped', () => {
		const t = fakeTimers();
		const tick = vi.fn();
		const loop = new Loop(tick, t.timers);
		loop.start();
		loop.start(); // already running: no second timer, no extra tick
		expect(tick).toHaveBeenCalledTimes(1);
		t.beat();
		expect(tick).toHaveBeenCalledTimes(2);
		loop.stop();
		expect(loop.running).toBe(false);
		t.beat();
		expect(tick).toHaveBeenCalledTimes(2);
	});

	it('turns time into whole due steps, capped, and keeps the fraction', () => {
		const t = fakeTimers();
		const loop = new Loop(() => {}, t.timers);
		t.pass(2500);
		expect(loop.due(100)).toEqual({ steps: 2, overCap: 0 });
		expect(loop.fraction).toBeCloseTo(0.5);
		t.pass(200_000);
		expect(loop.due(100)).toEqual({ steps: 100, overCap: 100 });
		loop.resetClock(1500); // time owed from before (since the save)
		t.pass(600);
		expect(loop.due(100)).toEqual({ steps: 2, overCap: 0 });
		expect(loop.fraction).toBeCloseTo(0.1);
	});
});

describe('the snapshot', () => {
	it('is a frozen copy: the live state moves on, the snapshot does not', () => {
		const live = newGame(3);
		const snap = takeSnapshot(live, garage, 0.25, 7);
		const cash = snap.s.cash;
		advance(live, garage, 60);
		live.hardware['gaming-gpu'] = 99;
		live.meta.perks['x'] = 1;
		expect(snap.s.cash).toBe(cash);
		expect(snap.s.hardware['gaming-gpu']).not.toBe(99);
		expect(snap.s.meta.perks).toEqual({});
		expect(Object.isFrozen(snap.s)).toBe(true);
		expect(Object.isFrozen(snap.s.meta.automation.buy)).toBe(true);
		expect(() => {
			(snap.s as GameState).cash = new Decimal(1);
		}).toThrow(TypeError);
		expect(() => ((snap.s.hardware as Record<string, number>)['x'] = 1)).toThrow(TypeError);
	});

	it('carries the rates and flow of the state', () => {
		const snap = takeSnapshot(newGame(3), garage, 0, 1);
		expect(snap.r.compute.gt(0)).toBe(true);
		expect(snap.f.served.gt(0)).toBe(true);
	});
});

describe('saving', () => {
	function store(overrides: Partial<SaveStore> = {}) {
		const saved: { seq: number; at: number; claim?: Claim }[] = [];
		const s: SaveStore = {
			load: async () => ({
				kind: 'ok',
				save: { state: newGame(1), savedAt: 0, seq: 41, version: 5 } as ReadSave
			}),
			save: async (_state, at, prior, claim) => {
				saved.push({ seq: prior + 1, at, ...(claim ? { claim } : {}) });
				return { seq: prior + 1, savedAt: at };
			},
			keepCopy: async () => {},
			...overrides
		};
		return { s, saved };
	}

	it('continues the loaded save’s sequence and saves on the autosave period', async () => {
		const { s, saved } = store();
		const p = new Saving(s);
		expect((await p.load(0)).kind).toBe('ok');
		expect(p.due(10_000, 10)).toBe(true);
		expect(await p.save(newGame(1), 5000)).toEqual({ kind: 'saved' });
		expect(saved).toEqual([{ seq: 42, at: 5000 }]);
		expect(p.due(14_999, 10)).toBe(false);
		expect(p.due(15_000, 10)).toBe(true);
	});

	it('saves a move within a second, whatever the autosave period (the playtest lost three GPUs bought just before the tab was killed)', async () => {
		const { s, saved } = store();
		const p = new Saving(s);
		await p.load(0);
		await p.save(newGame(1), 1000);
		// Autosave every 60 s; a burst of taps from 2 s on is due a second after the first tap.
		p.moved(2000);
		p.moved(2500);
		expect(p.due(2999, 60)).toBe(false);
		expect(p.due(3000, 60)).toBe(true);
		await p.save(newGame(1), 3000);
		expect(saved.map((x) => x.at)).toEqual([1000, 3000]);
		// Saved: no move waits, the period rules again.
		expect(p.due(10_000, 60)).toBe(false);
		expect(p.due(63_000, 60)).toBe(true);
	});

	it('tells a failure once, however often autosave tries, and tells when saving works again', async () => {
		const quota = new DOMException('full', 'QuotaExceededError');
		let full = true;
		const { s } = store({
			save: async (_state, at, prior) => {
				if (full) throw quota;
				return { seq: prior + 1, savedAt: at };
			}
		});
		const p = new Saving(s);
		await p.load(0);
		const first = await p.save(newGame(1), 1);
		expect(first.kind).toBe('failed');
		expect(first.kind === 'failed' && first.notice).toMatch(/Storage is full/);
		expect(await p.save(newGame(1), 2)).toEqual({ kind: 'failed' });
		expect(await p.save(newGame(1), 3)).toEqual({ kind: 'failed' });
		full = false;
		const back = await p.save(newGame(1), 4);
		expect(back.kind === 'saved' && back.notice).toMatch(/works again/);
		expect(await p.save(newGame(1), 5)).toEqual({ kind: 'saved' });
	});

	it('a broken store reads as an unreadable save, and a copy never fails', async () => {
		const p = new Saving(
			store({
				load: () => Promise.reject(new Error('no database')),
				keepCopy: () => Promise.reject(new Error('nope'))
			}).s
		);
		expect(await p.load(0)).toEqual({ kind: 'unreadable', because: 'Error: no database' });
		await expect(p.keepCopy('k', newGame(1), 1)).resolves.toBeUndefined();
	});

	it('without Web Locks it claims what it loaded and stops when another tab saved since', async () => {
		const { s, saved } = store();
		const p = new Saving(s);
		await p.load(100, true);
		await p.save(newGame(1), 200);
		expect(saved[0].claim).toEqual({ seq: 41, since: 100 });
		await p.save(newGame(1), 300); // the claim follows this tab's own saves
		expect(saved[1].claim).toEqual({ seq: 42, since: 200 });
		const refused = new Saving(
			store({
				save: () => Promise.reject(new WrittenElsewhereError())
			}).s
		);
		await refused.load(0, true);
		expect(await refused.save(newGame(1), 1)).toEqual({ kind: 'elsewhere' });
	});
});

describe('catching up an absence', () => {
	it('owes the steps since the save, up to the offline cap', () => {
		const s = newGame(1);
		const cap = offlineCapSteps(s);
		expect(owed(s, 0, 90_500)).toEqual({ steps: 90, overCap: 0, carryMs: 500 });
		expect(owed(s, 0, (cap + 10) * 1000)).toEqual({ steps: cap, overCap: 10, carryMs: 0 });
		expect(owed(s, 5000, 0).steps).toBe(0); // a clock set back owes nothing
	});

	it('reports long absences and those past the cap only', () => {
		expect(reportable(REPORT_AFTER_STEPS - 1, 0)).toBe(false);
		expect(reportable(REPORT_AFTER_STEPS, 0)).toBe(true);
		expect(reportable(5, 1)).toBe(true);
	});

	it('runs the steps with the runner given, leaves the state as it was, and reports', async () => {
		const s = newGame(2);
		const before = cloneState(s);
		const runner: Runner = async (state, steps, onProgress) => {
			const next = cloneState(state);
			advance(next, garage, steps);
			onProgress(steps);
			return { state: next, chart: [{ tick: next.tick, cash: next.cash }] };
		};
		const progress: number[] = [];
		const after = await catchUpAbsence(s, garage, 3600, 60, runner, (d) => progress.push(d));
		expect(s).toEqual(before);
		expect(after.state.tick).toBe(3600);
		expect(after.report.seconds).toBe(3600);
		expect(after.report.overCapSeconds).toBe(60);
		expect(after.report.cashGained.eq(after.state.cash.sub(s.cash))).toBe(true);
		expect(progress).toEqual([3600]);
	});
});

describe('the session', () => {
	function lock(free: boolean) {
		let grant: () => void = () => {};
		const turn = new Promise<void>((r) => (grant = r));
		const l: PlayLock & { grant: () => void; asked: number } = {
			held: free,
			supported: true,
			asked: 0,
			tryAcquire: async () => free,
			waitFor: () => turn,
			askToLetGo: () => l.asked++,
			grant: () => grant()
		};
		return l;
	}

	it('plays at once when no other tab holds the lock', async () => {
		const play = vi.fn(async () => {});
		const session = new Session(play, async () => {}, lock(true));
		await session.start();
		expect(play).toHaveBeenCalledTimes(1);
		expect(session.elsewhere).toBe(false);
	});

	it('waits while another tab plays, and plays once the lock is its turn', async () => {
		const play = vi.fn(async () => {});
		const l = lock(false);
		const session = new Session(play, async () => {}, l);
		await session.start();
		expect(session.elsewhere).toBe(true);
		expect(play).not.toHaveBeenCalled();
		const here = session.playHere();
		expect(l.asked).toBe(1);
		l.grant();
		await here;
		expect(session.elsewhere).toBe(false);
		expect(play).toHaveBeenCalledTimes(1);
	});

	it('asks the browser once to keep storage, and says when it cannot', async () => {
		const session = new Session(
			async () => {},
			async () => {},
			lock(true)
		);
		await session.askToPersist();
		const answer = session.persisted;
		expect(['granted', 'denied', 'unsupported']).toContain(answer); // Node has no storage
		await session.askToPersist();
		expect(session.persisted).toBe(answer);
	});
});
