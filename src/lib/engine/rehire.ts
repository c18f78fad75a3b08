// Idle researchers come back (and a power cut lifts) once the lab can carry them again.
import type { Decimal } from './decimal';
import { REHIRE_SECONDS } from './formulas';

/** What the rehire rules read of the rates (rates.ts Rates). */
type Payroll = { salaries: Decimal; cutSaves: Decimal };

/** Cash the lab must hold before idle researchers come back (and a power cut lifts):
 * REHIRE_SECONDS of salaries and of the bill the cut saves. */
export function rehireCash(r: Payroll): Decimal {
	return (r.cutSaves.m === 0 ? r.salaries : r.salaries.add(r.cutSaves)).mul(REHIRE_SECONDS);
}

/**
 * Idle researchers come back once cash covers REHIRE_SECONDS of salaries and the lab's income
 * (with researchers idle) pays them: a lab that cannot pay its payroll stays idle rather than
 * rehiring, going broke and laying off again and again. `income`: this step's cash flow.
 */
export function rehireDue(r: Payroll, cash: Decimal, income: Decimal): boolean {
	return cash.gte(rehireCash(r)) && (r.salaries.lte(0) || income.gte(r.salaries));
}
