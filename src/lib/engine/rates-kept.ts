// The rates of one state, remembered while the caller vouches that the state changes only through
// apply() and advance() (which forget them): the scripted player's round (sim/strategy.ts decide)
// derived the same state's rates up to a dozen times between its actions, 59 % of all the
// probe's derivations (seed 1), and rates() was 39 % of its time. Outside `keepingRates` nothing
// is remembered: every other caller derives afresh.
import type { EraContent } from '../content';
import type { GameState } from './state';

let keeping = false;
// The value is rates.ts's Rates (named there: this file imports nothing of it, no cycle).
let kept: { state: GameState; content: EraContent; rates: unknown } | null = null;

/** Runs `f` with the last state's rates remembered until the state changes. */
export function keepingRates<T>(f: () => T): T {
	const was = keeping;
	keeping = true;
	try {
		return f();
	} finally {
		keeping = was;
		kept = null;
	}
}

/** Runs `change`, a change to a state (apply, advance, step): nothing is remembered while it
 * runs, and what was remembered before is forgotten. */
export function changing<T>(change: () => T): T {
	const was = keeping;
	keeping = false;
	kept = null;
	try {
		return change();
	} finally {
		keeping = was;
		kept = null;
	}
}

/** The remembered rates of `state` in `content`, if any. */
export function keptRates<R>(state: GameState, content: EraContent): R | null {
	return kept !== null && kept.state === state && kept.content === content
		? (kept.rates as R)
		: null;
}

export function keepRates<R>(state: GameState, content: EraContent, rates: R): void {
	if (keeping) kept = { state, content, rates };
}
