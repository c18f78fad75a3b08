// The Power card's share: what the power bill takes of the sales, the run's part set apart.
import { D0, type Decimal } from './decimal';
import { market, revenue } from './market';
import { busyDraw } from './power-cut';
import { cutPay } from './power-sources';
import type { Rates } from './rates';
import type { GameState } from './state';

/** The part of the power bill the training chips draw, at the bill's price per watt drawn: the
 * run's, not the sales' (0 with no run). */
export function trainingBill(r: Rates): Decimal {
	const { serve, train } = busyDraw(r.trainShare, r.memoryFit, r.powerCut, r.servingCut);
	return train > 0 ? r.powerCost.mul(train / (train + serve)) : D0;
}

/** The serving part of the power bill (the era's own source's cut included) as a share of what
 * the lab sells now (null when it sells nothing). Training's part is the run's (trainingBill):
 * over the sales it read "51 % of revenue" while a run trained just after a release (playtest
 * 7), the new model too big for the memory leaving the sales a sliver of what the whole fleet's
 * bill paid for. */
export function powerBillShare(s: GameState, r: Rates): number | null {
	const m = market(r, s.hype);
	const pay = cutPay(m.served, r);
	const income = revenue(m, r).add(pay);
	return income.gt(0) ? r.powerCost.sub(trainingBill(r)).add(pay).div(income).toNumber() : null;
}
