// The running game: owns the state and the clocks, runs the engine, catches up absences,
// publishes snapshots for the UI at 10 Hz, and saves. The UI never holds the engine state
// in a deep proxy.
import { eraContent, type AchievementDef, type EraContent } from '../content';
import {
	advance,
	awayReport,
	checkAchievements,
	recordSeries,
	cloneState,
	flow,
	newGame,
	offlineCapSteps,
	rates,
	startNewEra,
	type ActionResult,
	type AwayReport,
	type Flow,
	type GameState,
	type Rates
} from '../engine';
import { makeRecord } from '../save/record';
import {
	BEFORE_IMPORT,
	BEFORE_RESET,
	isQuotaError,
	keepCopy,
	loadGame,
	saveGame
} from '../save/storage';
import { exportText, previewImport, type ImportPreview } from '../save/transfer';
import { WrittenElsewhereError, type Claim } from '../save/claim';
import { prefs } from '../prefs/prefs.svelte';
import { catchUp } from './catchup';
import { SessionClock, absence, type Reading } from './session-clock';
import { REFUSALS } from './refusals';
import { TabLock } from './tab-lock';
import { askPersistence, type Persistence } from './persistence';

/** Absences longer than this are caught up off the main thread and reported. */
export const REPORT_AFTER_STEPS = 60;
const PUBLISH_MS = 100;

export interface Snapshot {
	/** The live state: read it during render, never keep it. */
	s: GameState;
	r: Rates;
	/** Demand, serving and income this step. */
	f: Flow;
	/** Progress into the next step (0…1), for smooth counters. */
	frac: number;
	seq: number;
}

export type Notice = { kind: 'error' | 'info'; text: string };

export type PlayResult = ActionResult | { ok: false; reason: 'catching-up' };

const reading = (): Reading => ({ wall: Date.now(), mono: performance.now() });

/**
 * Ends the current task so the page can render and handle input before the next piece of
 * work (no long tasks). A message, not a timer: timers can be throttled or paused.
 */
function nextTask(): Promise<void> {
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}

class Game {
	/** The content of the current era (reactive: it changes at a new era). */
	content: EraContent = $state.raw(eraContent('garage'));
	state: GameState = newGame(1);
	private clock = new SessionClock(reading());
	/** Rates and flow change only when a step runs or the player acts: derived once, reused. */
	private derived: { r: Rates; f: Flow } | null = null;
	snapshot: Snapshot = $state.raw(this.makeSnapshot(0));
	notice: Notice | null = $state(null);
	ready = $state(false);
	/** A catch-up in progress: steps done of total. The player cannot act meanwhile. */
	catching: { done: number; total: number } | null = $state(null);
	report: AwayReport | null = $state.raw(null);
	/** Achievements earned and not yet shown (the toast takes them in order). */
	earned: AchievementDef[] = $state.raw([]);
	private timer: ReturnType<typeof setInterval> | undefined;
	private lastSave = 0;
	/** Saves are failing (storage full, database gone): told once, and again when they work. */
	private saveFailing = false;

	/** Set when the save comes from a newer version: nothing runs or saves. */
	blocked: string | null = $state(null);
	/** Another tab is playing; this one waits ("Play here" takes over). */
	elsewhere = $state(false);
	/** Outcome of asking the browser to keep our storage. */
	persisted: Persistence = $state('not-asked');
	private askingPersist = false;
	private lock = new TabLock(() => this.stepAside());
	/** Without Web Locks: the save this tab loaded or wrote last, so it never overwrites another tab's. */
	private claim: Claim | null = null;
	private lastSeq = 0;
	private listening = false;

	/** The browser has no Web Locks: tabs are kept apart by checking the save before writing. */
	get lockless(): boolean {
		return !this.lock.supported;
	}

	async start(): Promise<void> {
		if (this.lockless)
			this.notify(
				'info',
				'This browser cannot keep two tabs of Frontier apart: play in one tab at a time. A tab stops rather than overwrite what another saved.'
			);
		if (await this.lock.tryAcquire()) await this.loadAndRun();
		else this.waitForTurn();
	}

	/** Another tab plays: queue for the lock, and play (from its save) once it is ours. */
	private waitForTurn(): void {
		this.elsewhere = true;
		void this.lock.waitFor().then(async () => {
			if (!this.elsewhere) return;
			this.elsewhere = false;
			await this.loadAndRun();
		});
	}

	/** "Play here": the other tab saves and lets go; this one then loads that save and plays. */
	async playHere(): Promise<void> {
		if (this.lockless) {
			// Load what the other tab saved; that tab stops at its next save.
			this.elsewhere = false;
			await this.loadAndRun();
			return;
		}
		const turn = this.lock.waitFor();
		this.lock.askToLetGo();
		await turn;
		while (this.elsewhere) await new Promise((r) => setTimeout(r, 20));
	}

	/** Another tab asked to play: save, stop, and let it. */
	private async stepAside(): Promise<void> {
		this.pause();
		await this.save();
		this.ready = false;
		// Queue again only once the lock is let go (right after this returns), behind the
		// tab that asked: this tab resumes by itself when that one closes.
		setTimeout(() => this.waitForTurn(), 0);
	}

	private async loadAndRun(): Promise<void> {
		const loaded = await loadGame().catch((e): Awaited<ReturnType<typeof loadGame>> => ({
			kind: 'unreadable',
			because: String(e)
		}));
		const now = reading();
		this.claim = this.lockless
			? { seq: loaded.kind === 'ok' ? loaded.save.seq : 0, since: now.wall }
			: null;
		if (loaded.kind === 'newer') {
			this.blocked = loaded.message;
			return;
		}
		if (loaded.kind === 'ok') {
			this.setState(loaded.save.state);
			this.lastSeq = loaded.save.seq;
			if (loaded.restored) {
				this.notify(
					'error',
					`Your latest save could not be loaded (${loaded.restored.because}) The ${loaded.restored.from} was loaded instead.`
				);
			}
			const away = absence(loaded.save.savedAt, now.wall);
			this.clock = new SessionClock(now, away.carryMs);
			this.ready = true;
			await nextTask(); // the first render gets its own task
			const cap = offlineCapSteps(this.state);
			await this.catchUp(Math.min(away.steps, cap), Math.max(0, away.steps - cap));
		} else {
			this.setState(newGame((Date.now() ^ (Math.random() * 2 ** 32)) >>> 0));
			this.clock = new SessionClock(now);
			this.ready = true;
			if (loaded.kind === 'unreadable') {
				this.notify(
					'error',
					`Your save could not be read (${loaded.because}) It was kept aside, and a new game started.`
				);
			}
		}
		this.resume();
		if (!this.listening) {
			this.listening = true;
			document.addEventListener('visibilitychange', this.onVisibility);
			window.addEventListener('pagehide', this.onHide);
			window.addEventListener('pageshow', this.onShow);
		}
	}

	private setState(state: GameState): void {
		this.state = state;
		this.content = eraContent(state.eraId);
		this.derived = null;
	}

	private onVisibility = () => {
		if (document.visibilityState === 'hidden') this.onHide();
		else this.resume();
	};

	private onShow = () => this.resume();

	private get playing(): boolean {
		return this.ready && !this.elsewhere && !this.blocked && this.lock.held;
	}

	private onHide = () => {
		this.pause();
		void this.save();
	};

	private resume(): void {
		if (this.timer || !this.playing) return;
		this.timer = setInterval(() => this.tick(), PUBLISH_MS);
		this.tick();
	}

	private pause(): void {
		clearInterval(this.timer);
		this.timer = undefined;
	}

	/** Runs the steps that time has made due, then publishes. */
	tick(): void {
		if (this.catching || !this.playing) return;
		const due = this.clock.take(reading(), offlineCapSteps(this.state));
		if (due.steps >= REPORT_AFTER_STEPS) {
			void this.catchUp(due.steps, due.overCap);
			return;
		}
		if (due.steps > 0) {
			advance(this.state, this.content, due.steps);
			this.derived = null;
		}
		this.publish();
		if (Date.now() - this.lastSave >= prefs.autosaveSeconds * 1000) void this.save();
	}

	/**
	 * Simulates an absence. Long ones run off the main thread and end with a report. Nothing
	 * is saved until it is done, so a catch-up cut short (the app closed) simply runs again.
	 */
	private async catchUp(steps: number, overCap: number): Promise<void> {
		if (steps <= 0) {
			this.publish();
			return;
		}
		if (steps < REPORT_AFTER_STEPS && overCap === 0) {
			advance(this.state, this.content, steps);
			this.derived = null;
			this.publish();
			return;
		}
		this.pause();
		const before = cloneState(this.state);
		this.catching = { done: 0, total: steps };
		performance.mark('frontier:catchup:start');
		try {
			const result = await catchUp(this.state, steps, (done) => {
				if (this.catching) this.catching = { done, total: steps };
			});
			this.setState(result.state);
			this.publish();
			await nextTask(); // the screens update in one task, the report in the next
			this.report = awayReport(before, this.state, this.content, result.chart, overCap);
		} catch (e) {
			this.notify('error', `Catching up failed (${String(e)}); your progress is as it was.`);
		} finally {
			performance.mark('frontier:catchup:end');
			this.catching = null;
		}
		this.publish();
		await this.save();
		if (document.visibilityState !== 'hidden') this.resume();
	}

	private makeSnapshot(seq: number): Snapshot {
		if (!this.derived) {
			const r = rates(this.state, this.content);
			this.derived = { r, f: flow(this.state, r) };
		}
		return { s: this.state, ...this.derived, frac: this.clock.fraction, seq };
	}

	publish(): void {
		// Rates are derived again only after the state changed (a step or an action); only
		// then can the income sample or an achievement be due. Most 10 Hz publishes ran no step.
		const changed = this.derived === null;
		const snap = this.makeSnapshot(this.snapshot.seq + 1);
		if (changed) {
			recordSeries(this.state, snap.f.cashPerSec);
			const earned = checkAchievements(this.state, this.content, snap.r, snap.f);
			if (earned.length) this.earned = [...this.earned, ...earned];
		}
		this.snapshot = snap;
	}

	/** Applies a player action; a refusal becomes a notice the player can read. */
	act(action: (s: GameState, c: EraContent) => ActionResult, saveAfter = false): PlayResult {
		if (this.catching) {
			this.notify('info', 'Catching up on the time you were away…');
			return { ok: false, reason: 'catching-up' };
		}
		const result = action(this.state, this.content);
		this.derived = null;
		if (!result.ok) this.notify('error', REFUSALS[result.reason]);
		this.publish();
		if (result.ok && saveAfter) void this.save();
		if (result.ok) void this.askToPersist();
		return result;
	}

	/** After the first real progress, ask the browser not to evict our storage. */
	private async askToPersist(): Promise<void> {
		if (this.persisted !== 'not-asked' || this.askingPersist) return;
		this.askingPersist = true;
		this.persisted = await askPersistence(navigator.storage);
	}

	async exportSave(): Promise<string> {
		return exportText(makeRecord(this.state, Date.now(), this.lastSeq));
	}

	previewImport(text: unknown): Promise<ImportPreview> {
		return previewImport(text);
	}

	/** Replaces the game with an imported one, keeping the current game as a backup. */
	async applyImport(state: GameState): Promise<void> {
		await this.replaceGame(state, BEFORE_IMPORT);
		this.notify('info', 'Save imported. Your previous game is kept as a backup.');
	}

	/** Moves the lab into the next era (the goal must be reached). */
	async newEra(): Promise<boolean> {
		if (!this.playing) return false;
		const result = startNewEra(this.state);
		if (!result.ok) {
			this.notify(
				'error',
				result.reason === 'last-era' ? 'This is the last era.' : 'Reach the era goal first.'
			);
			return false;
		}
		this.setState(result.state);
		this.clock = new SessionClock(reading());
		this.report = null;
		this.publish();
		await this.save();
		this.notify('info', `Welcome to the ${this.content.era.name} era. ${this.content.era.idea}`);
		return true;
	}

	/** Starts over, keeping the current game as a backup. */
	async hardReset(): Promise<void> {
		await this.replaceGame(newGame((Date.now() ^ (Math.random() * 2 ** 32)) >>> 0), BEFORE_RESET);
		this.notify('info', 'A new lab. Your previous game is kept as a backup.');
	}

	private async replaceGame(next: GameState, backupKey: string): Promise<void> {
		if (!this.playing) return;
		await keepCopy(backupKey, this.state, Date.now()).catch(() => {});
		this.setState(next);
		this.clock = new SessionClock(reading());
		this.report = null;
		this.publish();
		await this.save();
	}

	dismissReport(): void {
		this.report = null;
	}

	notify(kind: Notice['kind'], text: string): void {
		this.notice = { kind, text };
	}

	async save(): Promise<void> {
		// During a catch-up the state on disk stays as it was: an interruption loses nothing.
		// Only the tab that plays writes.
		if (this.catching || !this.playing) return;
		this.lastSave = Date.now();
		performance.mark('frontier:save:start');
		try {
			const record = await saveGame(
				this.state,
				this.lastSave,
				this.lastSeq,
				this.claim ?? undefined
			);
			this.lastSeq = record.seq;
			if (this.claim) this.claim = { seq: record.seq, since: record.savedAt };
			performance.measure('frontier:save', 'frontier:save:start');
			if (this.saveFailing) {
				this.saveFailing = false;
				this.notify('info', 'Saving works again: your game is saved.');
			}
		} catch (e) {
			if (e instanceof WrittenElsewhereError) {
				// Another tab played and saved: stop here; its progress stays as it saved it.
				this.pause();
				this.elsewhere = true;
				return;
			}
			// Autosave keeps trying; the player hears of it once, not at every attempt.
			if (this.saveFailing) return;
			this.saveFailing = true;
			this.notify(
				'error',
				isQuotaError(e)
					? 'Storage is full: the game keeps running, and your last good save is kept. Free some space or export your save.'
					: `Saving failed (${e instanceof Error ? e.message : String(e)}). The game keeps running on your last good save.`
			);
		}
	}
}

export const game = new Game();
