// A buy that would turn the income negative, told before the tap. Playtest 13 bought seven
// Gaming GPUs with Max on a Garage whose demand was below capacity and whose power had grown
// ×14 dearer with its models: the cash rate went from +1.02/s to −0.73/s, the cards adding a
// bill and no sales, and nothing on the card had said so.
import type { EraContent } from '../content';
import { netIncome } from './cash-trend';
import type { Decimal } from './decimal';
import { keptByRates } from './kept-by-rates';
import { landedWith } from './memory-buy';
import { rates, type Rates } from './rates';
import type { GameState } from './state';

export interface BuyIncome {
	/** The income now (the header's; with orders on the way, once they land), and once this buy
	 * has landed too. */
	now: Decimal;
	after: Decimal;
}

/**
 * The income before and after buying `count` of `hardwareId`, when the buy turns an income of
 * zero or more negative (null otherwise): the lab as it would stand with the cards landed, by
 * the same rates and income every screen reads. A buy that lowers a positive income is often
 * right (the cards train); one that makes the lab lose cash is worth a word.
 */
export function buyIncome(
	s: GameState,
	c: EraContent,
	r: Rates,
	hardwareId: string,
	count: number
): BuyIncome | null {
	if (count < 1 || !c.hardware.has(hardwareId)) return null;
	return memo(r, `${hardwareId}:${count}`, () => {
		// With orders on the way, the income once they land without this buy: theirs is not its.
		const base = s.orders.length ? landedWith(s, c, hardwareId, 0) : s;
		const now = netIncome(base, c, base === s ? r : rates(base, c));
		if (now.lt(0)) return null;
		const t = landedWith(s, c, hardwareId, count);
		const after = netIncome(t, c, rates(t, c));
		return after.lt(0) ? { now, after } : null;
	});
}
const memo = keptByRates<BuyIncome | null>();
