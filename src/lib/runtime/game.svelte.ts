// The running game: owns the state and the clock, runs the engine, publishes snapshots
// for the UI at 10 Hz, and saves. The UI never holds the engine state in a deep proxy.
import { eraContent, type EraContent } from '../content';
import {
	advance,
	flow,
	newGame,
	rates,
	type ActionResult,
	type Flow,
	type GameState,
	type Rates
} from '../engine';
import { loadGame, saveGame } from '../save/storage';
import { StepClock } from './step-clock';

/** Time away is caught up to this many steps (24 h; perks will raise it). */
export const OFFLINE_CAP_STEPS = 24 * 3600;
const PUBLISH_MS = 100;
const AUTOSAVE_MS = 10_000;

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

class Game {
	content: EraContent = eraContent('garage');
	state: GameState = newGame(1);
	private clock = new StepClock(Date.now());
	/** Rates and flow change only when a step runs or the player acts: derived once, reused. */
	private derived: { r: Rates; f: Flow } | null = null;
	snapshot: Snapshot = $state.raw(this.makeSnapshot(0));
	notice: Notice | null = $state(null);
	ready = $state(false);
	private timer: ReturnType<typeof setInterval> | undefined;
	private lastSave = 0;

	async start(): Promise<void> {
		const loaded = await loadGame().catch((e) => ({
			kind: 'unreadable' as const,
			error: String(e)
		}));
		if (loaded.kind === 'ok') {
			this.state = loaded.state;
			this.content = eraContent(this.state.eraId);
			this.derived = null;
			this.clock = new StepClock(loaded.savedAt);
		} else {
			this.state = newGame((Date.now() ^ (Math.random() * 2 ** 32)) >>> 0);
			this.derived = null;
			this.clock = new StepClock(Date.now());
			if (loaded.kind === 'unreadable') {
				this.notify(
					'error',
					'Your save could not be read. It was kept aside and a new game started.'
				);
			}
		}
		this.ready = true;
		this.tick();
		this.resume();
		document.addEventListener('visibilitychange', this.onVisibility);
		window.addEventListener('pagehide', this.onHide);
	}

	private onVisibility = () => {
		if (document.visibilityState === 'hidden') this.onHide();
		else this.resume();
	};

	private onHide = () => {
		this.pause();
		void this.save();
	};

	private resume(): void {
		if (this.timer) return;
		this.tick();
		this.timer = setInterval(() => this.tick(), PUBLISH_MS);
	}

	private pause(): void {
		clearInterval(this.timer);
		this.timer = undefined;
	}

	/** Runs the steps that wall-clock time has made due, then publishes. */
	tick(): void {
		const now = Date.now();
		const steps = this.clock.take(now, OFFLINE_CAP_STEPS);
		if (steps > 0) {
			advance(this.state, this.content, steps);
			this.derived = null;
		}
		this.publish();
		if (now - this.lastSave >= AUTOSAVE_MS) void this.save();
	}

	private makeSnapshot(seq: number): Snapshot {
		if (!this.derived) {
			const r = rates(this.state, this.content);
			this.derived = { r, f: flow(this.state, r) };
		}
		return { s: this.state, ...this.derived, frac: this.clock.fraction, seq };
	}

	publish(): void {
		this.snapshot = this.makeSnapshot(this.snapshot.seq + 1);
	}

	/** Applies a player action; a refusal becomes a notice the player can read. */
	act(action: (s: GameState, c: EraContent) => ActionResult, saveAfter = false): ActionResult {
		const result = action(this.state, this.content);
		this.derived = null;
		if (!result.ok) this.notify('error', REFUSALS[result.reason]);
		this.publish();
		if (result.ok && saveAfter) void this.save();
		return result;
	}

	notify(kind: Notice['kind'], text: string): void {
		this.notice = { kind, text };
	}

	async save(): Promise<void> {
		this.lastSave = Date.now();
		try {
			await saveGame(this.state, this.lastSave);
		} catch (e) {
			this.notify('error', `Saving failed (${String(e)}). The game keeps running.`);
		}
	}
}

const REFUSALS: Record<string, string> = {
	'unknown-id': 'That is not something this era offers.',
	'not-enough-cash': 'Not enough cash yet.',
	'not-enough-insight': 'Not enough insight yet: hire researchers.',
	'invalid-amount': 'That amount is not valid.',
	'run-in-progress': 'A training run is already in progress.',
	'no-model-waiting': 'No model is waiting at the launch gate.',
	'already-done': 'Already done.',
	locked: 'Research its prerequisites first.'
};

export const game = new Game();
