// The clock and the loop: a timer that runs the game at a fixed rate while it plays, and
// the session clock that turns the time between ticks into whole steps.
import { SessionClock, type Due, type Reading } from './session-clock';

export { nextTask } from './next-task';

export const TICK_MS = 100;

export interface Timers {
	now: () => Reading;
	every: (fn: () => void, ms: number) => unknown;
	cancel: (handle: unknown) => void;
}

const browserTimers: Timers = {
	now: () => ({ wall: Date.now(), mono: performance.now() }),
	every: (fn, ms) => setInterval(fn, ms),
	cancel: (handle) => clearInterval(handle as ReturnType<typeof setInterval>)
};

export class Loop {
	private clock: SessionClock;
	private handle: unknown = null;

	/** `tick` runs on every beat of the timer while the loop runs (and once at its start). */
	constructor(
		private readonly tick: () => void,
		private readonly timers: Timers = browserTimers
	) {
		this.clock = new SessionClock(timers.now());
	}

	get running(): boolean {
		return this.handle !== null;
	}

	start(): void {
		if (this.running) return;
		this.handle = this.timers.every(this.tick, TICK_MS);
		this.tick();
	}

	stop(): void {
		if (this.handle !== null) this.timers.cancel(this.handle);
		this.handle = null;
	}

	/** Starts the clock afresh now; `carryMs` is time already owed that has not made a step. */
	resetClock(carryMs = 0): void {
		this.clock = new SessionClock(this.timers.now(), carryMs);
	}

	/** Steps that time has made due since the last call (at most `capSteps`). */
	due(capSteps: number): Due {
		return this.clock.take(this.timers.now(), capSteps);
	}

	/** How far into the next step we are (0…1). */
	get fraction(): number {
		return this.clock.fraction;
	}
}

/** Calls `hidden` when the page is hidden or left, `shown` when it is back (browser only). */
export function watchVisibility(hidden: () => void, shown: () => void): void {
	document.addEventListener('visibilitychange', () =>
		document.visibilityState === 'hidden' ? hidden() : shown()
	);
	window.addEventListener('pagehide', hidden);
	window.addEventListener('pageshow', shown);
}
