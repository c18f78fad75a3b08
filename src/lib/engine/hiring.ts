// Hiring researchers by the handful: ×1, ×10, ×100 or as many as the cash pays (the playtest
// hired one tap per researcher). Each hire costs more than the last, a geometric series like
// hardware's, so n at once cost what n single hires would.
import type { EraContent } from '../content';
import type { Decimal } from './decimal';
import { bulkCost, maxAffordable } from './formulas';
import { moneyScale } from './money';
import type { GameState } from './state';

export type HireAmount = number | 'max';

/** A valid amount to hire: a whole number from 1 to a million, or 'max'. */
export function validHireAmount(amount: unknown): amount is HireAmount {
	return (
		amount === 'max' || (Number.isInteger(amount) && Number(amount) > 0 && Number(amount) <= 1e6)
	);
}

/** How many researchers `amount` means now (for 'max', as many as the cash pays: 0 if none),
 * and what they cost together. */
export function quoteHire(
	state: GameState,
	content: EraContent,
	amount: HireAmount
): { count: number; cost: Decimal } {
	const { era } = content;
	const scale = moneyScale(content);
	const count =
		amount === 'max'
			? maxAffordable(
					era.researcherCost,
					era.researcherCostRatio,
					state.researchers,
					state.cash.div(scale)
				)
			: amount;
	return {
		count,
		cost: bulkCost(era.researcherCost, era.researcherCostRatio, state.researchers, count).mul(scale)
	};
}
