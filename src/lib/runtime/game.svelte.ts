// The running game: the state and the rooms. The loop (loop.ts) runs due steps at 10 Hz, the catch-up
// (absence.ts) simulates time away, saving.ts loads and saves, session.svelte.ts picks the tab that
// plays. The UI reads an immutable snapshot (snapshot.ts) and acts only through `act` and the methods.
import { eraContent, type AchievementDef, type EraContent } from '../content';
import {
	advance,
	apply,
	checkAchievements,
	eraWelcome,
	newGame,
	offlineCapSteps,
	recordSeries,
	type Action,
	type ActionResult,
	type AwayReport,
	type GameState
} from '../engine';
import { previewImport, type ImportPreview, type ImportSource } from '../save/transfer';
import { prefs } from '../prefs/prefs.svelte';
import { catchUpAbsence, owed, reportable } from './absence';
import { catchUp } from './catchup';
import { HeldMoves } from './held-moves';
import { RepeatGuard } from './repeat-guard';
import { Loop, nextTask, watchVisibility } from './loop';
import { NOTICES, REFUSALS } from './refusals';
import { Saving } from './saving';
import { GameSwaps } from './swaps';
import { Session } from './session.svelte';
import { derive, takeSnapshot, type Snapshot } from './snapshot';

export type { Snapshot };
export type Notice = { kind: 'error' | 'info'; text: string };
export type PlayResult = ActionResult | { ok: false; reason: 'catching-up' | 'repeated' };
const freshSeed = () => (Date.now() ^ (Math.random() * 2 ** 32)) >>> 0;

class Game {
	/** The content of the current era (it changes at a new era). */
	content: EraContent = $state.raw(eraContent('garage'));
	private state: GameState = newGame(1);
	/** Set when the state changed since the last snapshot: the next publish takes a new one. */
	private changed = true;
	snapshot: Snapshot = $state.raw(takeSnapshot(this.state, this.content, 0, 0));
	/** Progress into the next step (0…1), moved at 10 Hz for the in-between counters only. */
	frac = $state(0);
	notice: Notice | null = $state.raw(null);
	ready = $state(false);
	/** A catch-up in progress: steps done of total. The player cannot act meanwhile. */
	catching: { done: number; total: number } | null = $state.raw(null);
	report: AwayReport | null = $state.raw(null);
	/** Achievements earned and not yet shown (the toast takes them in order). */
	earned: readonly AchievementDef[] = $state.raw([]);
	/** Set when the save comes from a newer version: nothing runs or saves. */
	blocked: string | null = $state(null);
	/** Saves written by this tab (the counters keep their face at each one). */
	saves = $state(0);
	/** Games taken up by an import, a reset or a swap with a kept game (the kept list rereads). */
	swaps = $state(0);
	/** The offline cap of the state as last published (it changes only with research and perks). */
	private capSteps = offlineCapSteps(this.state);
	private loop = new Loop(() => this.tick());
	private held = new HeldMoves();
	private repeats = new RepeatGuard();
	private saving = new Saving();
	readonly session = new Session(
		() => this.loadAndRun(),
		async () => {
			this.loop.stop();
			await this.save();
			this.ready = false;
		}
	);
	private listening = false;

	start(): Promise<void> {
		if (this.session.lockless) this.notify('info', NOTICES.lockless);
		return this.session.start();
	}

	private async loadAndRun(): Promise<void> {
		const loaded = await this.saving.load(Date.now(), this.session.lockless);
		if (loaded.kind === 'newer') {
			this.blocked = loaded.message;
			return;
		}
		if (loaded.kind === 'ok') {
			// Reading the save was one task, taking it up the next (npm run bench -- ui start).
			await nextTask();
			this.setState(loaded.save.state);
			this.notice = this.saving.loadNotice(loaded.restored, Date.now()) ?? this.notice;
			// The lab as saved is on screen (and takes taps) while its absence is caught up.
			this.snapshot = takeSnapshot(this.state, this.content, 0, this.snapshot.seq + 1);
			const away = owed(this.state, loaded.save.savedAt, Date.now());
			this.loop.resetClock(away.carryMs);
			this.ready = true;
			void this.session.askToPersist(); // a saved lab is progress (playtest 34: "Not asked yet")
			await nextTask(); // the first render gets its own task
			await this.catchUp(away.steps, away.overCap);
		} else {
			this.setState(newGame(freshSeed()));
			this.loop.resetClock();
			this.ready = true;
			if (loaded.kind === 'unreadable') this.notify('error', NOTICES.unreadable(loaded.because));
		}
		this.resume();
		if (!this.listening) {
			this.listening = true;
			watchVisibility(
				() => this.onHide(),
				() => this.resume()
			);
		}
	}

	private setState(state: GameState): void {
		this.state = state;
		this.content = eraContent(state.eraId);
		this.capSteps = offlineCapSteps(state);
		this.changed = true;
	}

	private get playing(): boolean {
		return this.ready && !this.session.elsewhere && !this.blocked && this.session.held;
	}

	private onHide(): void {
		this.loop.stop();
		if (!this.catching && this.playing) this.saving.leave(this.state, Date.now());
		void this.save();
	}

	private resume(): void {
		if (this.playing && !this.catching) this.loop.start();
	}

	/** Runs the steps that time has made due, then publishes. */
	private tick(): void {
		if (this.catching || !this.playing) return;
		const due = this.loop.due(this.capSteps);
		if (reportable(due.steps, due.overCap)) {
			void this.catchUp(due.steps, due.overCap);
			return;
		}
		if (due.steps > 0) {
			advance(this.state, this.content, due.steps);
			this.changed = true;
		}
		this.publish();
		if (this.saving.due(Date.now(), prefs.autosaveSeconds)) void this.save();
	}

	/** Simulates an absence. Long ones run off the main thread and end with a report. Nothing
	 * is saved until it is done, so a catch-up cut short (the app closed) simply runs again. */
	private async catchUp(steps: number, overCap: number): Promise<void> {
		if (!reportable(steps, overCap)) {
			if (steps > 0) advance(this.state, this.content, steps);
			this.changed = true;
			this.publish();
			return;
		}
		this.loop.stop();
		this.catching = { done: 0, total: steps };
		performance.mark('frontier:catchup:start');
		try {
			const after = await catchUpAbsence(
				this.state,
				this.content,
				steps,
				overCap,
				catchUp,
				(done) => {
					if (this.catching) this.catching = { done, total: steps };
				}
			);
			this.setState(after.state);
			this.catching = null;
			// Moves made meanwhile, on the lab caught up; the screens update, the report a task later.
			for (const move of this.held.take()) this.act(move);
			this.publish();
			await nextTask();
			this.report = after.report;
		} catch (e) {
			this.notify('error', `Catching up failed (${String(e)}); your progress is as it was.`);
		} finally {
			performance.mark('frontier:catchup:end');
			this.catching = null;
			this.held.take();
		}
		await this.save();
		if (document.visibilityState !== 'hidden') this.resume();
	}

	/** Publishes the fraction into the step, and a new snapshot if the state changed (the income
	 * sample and any achievement with it). Most 10 Hz publishes ran no step. */
	private publish(): void {
		const seq = this.snapshot.seq + 1;
		this.frac = this.loop.fraction;
		if (!this.changed) return;
		this.changed = false;
		this.capSteps = offlineCapSteps(this.state);
		const derived = derive(this.state, this.content);
		recordSeries(this.state, derived.f.cashPerSec);
		const earned = checkAchievements(this.state, this.content, derived.r, derived.f);
		if (earned.length) this.earned = [...this.earned, ...earned];
		this.snapshot = takeSnapshot(this.state, this.content, this.loop.fraction, seq, derived);
	}

	/** Applies a player action; a refusal becomes a notice the player can read. A double tap on a
	 * one-off purchase whose price climbs makes it once (repeat-guard.ts). */
	act(action: Action, saveAfter = false): PlayResult {
		if (this.catching) {
			this.held.hold(action);
			this.notify('info', NOTICES.held);
			return { ok: false, reason: 'catching-up' };
		}
		if (!this.repeats.accept(action, performance.now())) return { ok: false, reason: 'repeated' };
		const result = apply(this.state, this.content, action);
		// A new era replaced the state in place: its content comes with it.
		if (this.state.eraId !== this.content.era.id) this.setState(this.state);
		this.changed = true;
		if (!result.ok) this.notify('error', REFUSALS[result.reason]);
		this.publish();
		if (result.ok) void (saveAfter ? this.save() : this.saving.moved(Date.now()));
		if (result.ok) void this.session.askToPersist();
		return result;
	}

	/** Moves the lab into the next era (the goal must be reached). */
	async newEra(): Promise<boolean> {
		if (!this.playing || !this.act({ type: 'new-era' }).ok) return false;
		this.loop.resetClock();
		this.report = null;
		this.publish();
		await this.save();
		this.notify('info', eraWelcome(this.state, this.content));
		return true;
	}

	exportSave(): Promise<string> {
		return this.saving.exportText(this.state, Date.now());
	}

	previewImport(text: unknown, from?: ImportSource): Promise<ImportPreview> {
		return previewImport(text, from);
	}

	/** Plays `next` from where it was saved (no time away played, as an import). */
	private async takeUp(next: GameState): Promise<void> {
		this.setState(this.saving.begin(next));
		this.swaps++;
		this.loop.resetClock();
		this.report = null;
		this.publish();
		await this.save();
	}

	/** An import, a reset, and the games they kept aside (swaps.ts). */
	readonly games = new GameSwaps(this.saving, {
		playing: () => this.playing,
		current: () => this.state,
		takeUp: (next) => this.takeUp(next),
		notify: (kind, text) => this.notify(kind, text),
		fresh: () => newGame(freshSeed())
	});

	dismissReport(): void {
		this.report = null;
	}

	notify(kind: Notice['kind'], text: string): void {
		this.notice = { kind, text };
	}

	dismissNotice(): void {
		this.notice = null;
	}

	/** Takes achievements to show (the oldest first), removing them from the queue. */
	takeEarned(count: number): readonly AchievementDef[] {
		const taken = this.earned.slice(0, count);
		this.earned = this.earned.slice(count);
		return taken;
	}

	async save(): Promise<void> {
		// During a catch-up the state on disk stays as it was; only the tab that plays writes.
		if (this.catching || !this.playing) return;
		const outcome = await this.saving.save(this.state, Date.now());
		if (outcome.kind === 'elsewhere') {
			// Another tab played and saved (no Web Locks): stop; its progress stays as it saved.
			this.loop.stop();
			this.session.elsewhere = true;
		} else {
			if (outcome.kind === 'saved') this.saves++;
			if (outcome.notice) this.notify(outcome.kind === 'failed' ? 'error' : 'info', outcome.notice);
		}
	}
}

export const game = new Game();
