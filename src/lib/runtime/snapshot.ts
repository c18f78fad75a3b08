// What the UI reads: an immutable snapshot of the game, made when the state changes (a step
// ran, or the player acted); the runtime's `frac` moves the in-between counters at 10 Hz.
import type { EraContent } from '../content';
import {
	cashTrend,
	cloneState,
	Decimal,
	flow,
	rates,
	type CashTrend,
	type Flow,
	type GameState,
	type Rates
} from '../engine';

export interface Snapshot {
	/** A frozen copy of the state: read it freely; change the game only through actions. */
	s: Readonly<GameState>;
	r: Rates;
	/** Demand, serving and income this step. */
	f: Flow;
	/** Where cash is heading (the header's rate): the flow, less what is paid outside it. */
	t: CashTrend;
	/** Progress into the next step (0…1), for smooth counters. */
	frac: number;
	seq: number;
}

/** Freezes plain objects and arrays all the way down (Decimals are values: left as they are). */
function deepFreeze<T>(value: T): T {
	if (
		value &&
		typeof value === 'object' &&
		!(value instanceof Decimal) &&
		!Object.isFrozen(value)
	) {
		Object.freeze(value);
		for (const v of Object.values(value)) deepFreeze(v);
	}
	return value;
}

/** The rates and flow of a state: what a snapshot derives from it. */
export function derive(state: GameState, content: EraContent): { r: Rates; f: Flow; t: CashTrend } {
	const r = rates(state, content);
	const f = flow(state, r);
	return { r, f, t: cashTrend(state, content, r, f) };
}

/** A snapshot of `state` as it is now: a frozen copy, with its rates and flow (`derived`,
 * if the caller has them for this very state). */
export function takeSnapshot(
	state: GameState,
	content: EraContent,
	frac: number,
	seq: number,
	derived = derive(state, content)
): Snapshot {
	// Frozen in development and tests, where a screen writing to it throws at once; the
	// production build skips the walk (up to a millisecond a step on a phone) and relies on the
	// architecture test that no UI file writes game fields.
	const copy = cloneState(state);
	return { s: import.meta.env.DEV ? deepFreeze(copy) : copy, ...derived, frac, seq };
}
