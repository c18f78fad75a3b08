// Catching up time away: how many steps an absence is owed, and running them. Short gaps run
// at once; long ones run off the main thread (the runner is passed in) and end in a report.
import type { EraContent } from '../content';
import {
	awayReport,
	cloneState,
	offlineCapSteps,
	type AwayReport,
	type ChartPoint,
	type GameState
} from '../engine';
import { absence } from './session-clock';

/** Absences of at least this many steps are caught up off the main thread and reported. */
export const REPORT_AFTER_STEPS = 60;

/** Steps owed since a save written at `savedAt` (capped), the steps beyond the cap, and the
 * time that has not made a step yet. */
export function owed(
	state: GameState,
	savedAt: number,
	now: number
): { steps: number; overCap: number; carryMs: number } {
	const away = absence(savedAt, now);
	const cap = offlineCapSteps(state);
	return {
		steps: Math.min(away.steps, cap),
		overCap: Math.max(0, away.steps - cap),
		carryMs: away.carryMs
	};
}

/** Whether these steps are caught up with a report (and off the main thread). */
export function reportable(steps: number, overCap: number): boolean {
	return steps >= REPORT_AFTER_STEPS || overCap > 0;
}

export type Runner = (
	state: GameState,
	steps: number,
	onProgress: (done: number) => void
) => Promise<{ state: GameState; chart: ChartPoint[] }>;

/**
 * Simulates an absence of `steps` (plus `overCap` not simulated) with `run`, leaving `state`
 * as it was. Returns the state after it and the report for the player.
 */
export async function catchUpAbsence(
	state: GameState,
	content: EraContent,
	steps: number,
	overCap: number,
	run: Runner,
	onProgress: (done: number) => void = () => {}
): Promise<{ state: GameState; report: AwayReport }> {
	const before = cloneState(state);
	const result = await run(state, steps, onProgress);
	return {
		state: result.state,
		report: awayReport(before, result.state, content, result.chart, overCap)
	};
}
