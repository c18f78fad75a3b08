// Hiring researchers by the handful: ×1, ×10, ×100 or as many as the cash pays (the playtest
// hired one tap per researcher). Each hire costs more than the last, a geometric series like
// hardware's, so n at once cost what n single hires would.
import type { EraContent } from '../content';
import { D0, type Decimal } from './decimal';
import { bulkCost, maxAffordable } from './formulas';
import { market, revenue } from './market';
import { money, moneyScale } from './money';
import type { Flow } from './flow';
import type { Rates } from './rates';
import type { GameState } from './state';

export type HireAmount = number | 'max';

/** A valid amount to hire: a whole number from 1 to a million, or 'max'. */
export function validHireAmount(amount: unknown): amount is HireAmount {
	return (
		amount === 'max' || (Number.isInteger(amount) && Number(amount) > 0 && Number(amount) <= 1e6)
	);
}

/** How many researchers `amount` means now (for 'max', as many as the cash pays: 0 if none; with
 * `f`, the Research screen's Max, no more than what the lab earns pays the salaries of:
 * hiresPaid, and `byPay` when that, not the cash, stopped it), and what they cost together. */
export function quoteHire(
	state: GameState,
	content: EraContent,
	amount: HireAmount,
	f?: Pick<Flow, 'cashPerSec'>
): { count: number; cost: Decimal; byPay: boolean } {
	const { era } = content;
	const scale = moneyScale(content);
	const affordable = (): number =>
		maxAffordable(
			era.researcherCost,
			era.researcherCostRatio,
			state.researchers,
			state.cash.div(scale)
		);
	const cash = amount === 'max' ? affordable() : amount;
	const paid = amount === 'max' && f ? hiresPaid(content, f) : Infinity;
	const count = Math.min(cash, paid);
	return {
		count,
		byPay: paid < cash,
		cost: bulkCost(era.researcherCost, era.researcherCostRatio, state.researchers, count).mul(scale)
	};
}

/** Researchers whose salaries what the lab earns now pays (its cash a second over one salary):
 * the Research screen's Max stops there, as the Fleet's stops at the spare power (playtest 22:
 * Max hired 16 for nearly all the cash and took the income from +3.7 to −20.3 Sept/s). */
export function hiresPaid(content: EraContent, f: Pick<Flow, 'cashPerSec'>): number {
	if (!f.cashPerSec.gt(0)) return 0;
	return Math.floor(Math.min(1e6, f.cashPerSec.div(salaryPerResearcher(content)).toNumber()));
}

/** What one more researcher costs a second. */
export function salaryPerResearcher(content: EraContent): Decimal {
	return money(content, content.era.salary);
}

/** What `count` more researchers cost a second, together (a hire of ×10 is warned about with
 * ten salaries: playtest 11 read one salary beside a warning about ten). */
export function salariesOf(content: EraContent, count: number): Decimal {
	return salaryPerResearcher(content).mul(Math.max(1, count));
}

/** A hire that leaves cash for less than this many seconds of the salaries it cannot pay
 * is warned about. */
export const HIRE_RUNWAY = 3600;

/** Seconds until payroll would be missed once `hire` is made (its cost paid, its salaries
 * owed against what the lab earns now; Infinity when what it earns pays them). */
export function hireRunway(
	state: GameState,
	content: EraContent,
	f: Pick<Flow, 'cashPerSec'>,
	hire: { count: number; cost: Decimal }
): number {
	const short = salariesOf(content, hire.count).sub(f.cashPerSec);
	if (!short.gt(0)) return Infinity;
	const left = state.cash.sub(hire.cost);
	return left.gt(0) ? left.div(short).toNumber() : 0;
}

/** Hired now, payroll would be missed within HIRE_RUNWAY: the salaries outrun what the lab
 * earns and its cash would not carry them for long (the playtest: a $500 hire at $1.5/s
 * against $0.5/s of income, idle at once, no warning; but not a Cloud lab holding $4.8T, whose
 * cash pays the difference for days). */
export function hireOutruns(
	state: GameState,
	content: EraContent,
	f: Pick<Flow, 'cashPerSec'>,
	hire: { count: number; cost: Decimal }
): boolean {
	return hireRunway(state, content, f, hire) < HIRE_RUNWAY;
}

/** Past this share of the cash, what a hire spends is said before the tap. */
export const HIRE_CASH_WARN_SHARE = 0.5;

/** The share of the cash a hire's price takes (playtest 24: Max hired 22 for $21.5T of $22.5T,
 * and nothing said so before the tap); null with no cash, or a hire the cash does not pay. */
export function hireCashShare(state: GameState, hire: { cost: Decimal }): number | null {
	if (!state.cash.gt(0) || hire.cost.gt(state.cash)) return null;
	return hire.cost.div(state.cash).toNumber();
}

/** Past this share of what the lab earns before salaries, the salaries a hire leaves are
 * warned about before the tap. */
export const PAYROLL_WARN_SHARE = 0.5;

/** The lab's salaries once `count` more are hired, over what it earns a second before any
 * salary (its sales less power and its other costs), and its income (the header's) then. Null
 * when it earns nothing before salaries. Playtest 23: at Max's edge one salary took nearly all
 * the income, and nothing said so before the tap. */
export function payrollAfterHire(
	state: GameState,
	content: EraContent,
	r: Rates,
	count: number
): { share: number; incomeAfter: Decimal } | null {
	// r.costs holds the salaries only while they are paid (rates.ts staffed).
	const earns = revenue(market(r, state.hype), r)
		.sub(r.costs)
		.add(r.staffed ? r.salaries : D0);
	if (!earns.gt(0)) return null;
	const salaries = r.salaries.add(salaryPerResearcher(content).mul(count));
	return { share: salaries.div(earns).toNumber(), incomeAfter: earns.sub(salaries) };
}

/** What letting one researcher go does (actions.ts letGo), told before the tap: the salary it
 * saves a second, the insight a second it gives up (its share: none while payroll is missed),
 * and the fee paid to hire it, which is not returned (the next hire costs it again). Null with
 * no one to let go. Playtest 22 let one go, got nothing back and felt cheated. */
export function letGoQuote(
	state: GameState,
	content: EraContent,
	r: Pick<Rates, 'insightRate'>
): { salary: Decimal; insight: Decimal; fee: Decimal } | null {
	const n = state.researchers;
	if (n <= 0) return null;
	return {
		salary: salaryPerResearcher(content),
		insight: r.insightRate.div(n),
		fee: quoteHire({ ...state, researchers: n - 1 }, content, 1).cost
	};
}
