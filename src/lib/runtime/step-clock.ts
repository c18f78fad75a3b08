// A fixed-step accumulator over wall-clock time. The clock measures; the engine steps.
import { STEP_SECONDS } from '../engine/state';

export const STEP_MS = STEP_SECONDS * 1000;

export class StepClock {
	private last: number;
	private carry = 0;

	constructor(now: number) {
		this.last = now;
	}

	/**
	 * Whole steps due since the last call, at most `maxSteps`. A clock that moved backwards
	 * grants nothing and restarts from `now`, so progress goes on from there.
	 */
	take(now: number, maxSteps: number): number {
		const elapsed = now - this.last;
		this.last = now;
		if (!(elapsed > 0)) return 0;
		this.carry += elapsed;
		const due = Math.floor(this.carry / STEP_MS);
		const steps = Math.min(due, maxSteps);
		this.carry = due > maxSteps ? 0 : this.carry - steps * STEP_MS;
		return steps;
	}

	/** How far into the next step we are (0…1), for smooth counters. */
	get fraction(): number {
		return this.carry / STEP_MS;
	}
}
