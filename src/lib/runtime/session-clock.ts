// Turns clock readings into whole steps. Wall-clock time measures absences (the app closed,
// the tab hidden, the phone asleep); the monotonic clock keeps time honest in-session: a
// wall clock set backwards grants nothing and takes nothing, and play goes on from there.
import { STEP_SECONDS } from '../engine/state';

export const STEP_MS = STEP_SECONDS * 1000;

export interface Reading {
	wall: number;
	mono: number;
}

export interface Due {
	/** Steps to simulate now. */
	steps: number;
	/** Steps that were due but lie beyond the cap: reported, not simulated. */
	overCap: number;
}

export class SessionClock {
	private last: Reading;
	private carry: number;

	/** `carryMs`: time already owed (e.g. measured since the save) that has not made a step yet. */
	constructor(now: Reading, carryMs = 0) {
		this.last = now;
		this.carry = Math.max(0, carryMs);
	}

	/**
	 * Elapsed time is the wall-clock delta, unless the wall clock went backwards or moved
	 * less than the monotonic clock: then the monotonic delta. A forward jump of the wall
	 * clock is an absence like any other, and as capped.
	 */
	take(now: Reading, capSteps: number): Due {
		const wall = now.wall - this.last.wall;
		const mono = now.mono - this.last.mono;
		this.last = now;
		const elapsed = wall >= 0 ? Math.max(wall, mono) : mono;
		if (!(elapsed > 0)) return { steps: 0, overCap: 0 };
		this.carry += elapsed;
		const due = Math.floor(this.carry / STEP_MS);
		this.carry -= due * STEP_MS;
		return due > capSteps
			? { steps: capSteps, overCap: due - capSteps }
			: { steps: due, overCap: 0 };
	}

	/** How far into the next step we are (0…1), for smooth counters. */
	get fraction(): number {
		return this.carry / STEP_MS;
	}
}

/** Steps owed for an absence measured on the wall clock (never negative), and the rest in ms. */
export function absence(savedAt: number, now: number): { steps: number; carryMs: number } {
	const away = Math.max(0, now - savedAt);
	const steps = Math.floor(away / STEP_MS);
	return { steps, carryMs: away - steps * STEP_MS };
}
