// Idle researchers come back (and a power cut lifts) once the lab can carry them again.
import type { Decimal } from './decimal';
import type { GameState } from './state';
import { REHIRE_SECONDS } from './formulas';

/** What the rehire rules read of the rates (rates.ts Rates). */
type Payroll = { salaries: Decimal; cutSaves: Decimal };

/** Cash the lab must hold before idle researchers come back (and a power cut lifts):
 * REHIRE_SECONDS of salaries and of the bill the cut saves. */
export function rehireCash(r: Payroll): Decimal {
	return (r.cutSaves.m === 0 ? r.salaries : r.salaries.add(r.cutSaves)).mul(REHIRE_SECONDS);
}

/** Seconds of salaries and of the bill the cut saves that bring idle researchers back though
 * sales do not pay them: the cash carries them that long (an hour, as the Lab's loss warning,
 * cash-loss.ts LOSS_WARN_WITHIN, which leaves a lab with an hour of cash in peace). */
export const REHIRE_RUNWAY = 3600;

/** Cash that brings idle researchers back (and lifts a power cut) whatever the sales:
 * REHIRE_RUNWAY of salaries and of the bill the cut saves. Playtest 31's Cloud lab held $7T, 1.6
 * hours of its $1.2B/s salaries, and its researchers stayed down tools for hours because sales
 * ($1.18B/s with them idle) fell $20M/s short of paying them. */
export function runwayCash(r: Payroll): Decimal {
	return rehireCash(r).mul(REHIRE_RUNWAY / REHIRE_SECONDS);
}

/**
 * Idle researchers come back once cash covers REHIRE_SECONDS of salaries and the lab's income
 * (with researchers idle) pays them: a lab that cannot pay its payroll stays idle rather than
 * rehiring, going broke and laying off again and again; or once cash covers REHIRE_RUNWAY of them
 * (runwayCash), which pays them for an hour whatever the sales. `income`: this step's cash flow.
 */
export function rehireDue(r: Payroll, cash: Decimal, income: Decimal): boolean {
	return (
		cash.gte(rehireCash(r)) &&
		(r.salaries.lte(0) || income.gte(r.salaries) || cash.gte(runwayCash(r)))
	);
}

/** What `n` let-go actions do (at most the researchers there are; actions.ts letGo is one): a lab
 * with none left has no payroll to miss. rehire-way.ts weighs the count by it. */
export function lettingGo(state: GameState, n: number): void {
	state.researchers -= Math.min(n, state.researchers);
	if (state.researchers === 0) state.idle = false;
}
