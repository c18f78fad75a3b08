// The cash rate the player is shown: where cash is heading, not only this step's income.
// Two things move cash outside the step's flow (income − running costs):
// - rented racks are paid an hour ahead at each renewal: the bill is spread over its hour;
// - automation buys hardware as soon as the cash covers the next purchase: what comes in is
//   spent, so the cash itself does not grow (`reinvested`).
// A playtester saw "+0.44/s" while automation kept spending the cash; tests/unit/engine/
// cash-trend.test.ts holds the shown rate to the cash's change over a minute.
import type { EraContent } from '../content';
import { automationWaits } from './automation';
import { HOUR } from './cloud';
import { rentHourly } from './cloud-actions';
import { D0, type Decimal } from './decimal';
import { flow, type Flow } from './flow';
import type { Rates } from './rates';
import type { GameState } from './state';

/** Seconds of income within which automation's next purchase counts as spending the income. */
export const REINVEST_WITHIN = 600;

export interface CashTrend {
	perSec: Decimal;
	/** Automation spends the income on hardware as it arrives. */
	reinvested: boolean;
	/** The lab's income (netIncome): what `perSec` is unless the income is reinvested. */
	income: Decimal;
}

/**
 * The lab's income per second, the one figure every screen calls income: sales and spot
 * resale, less the running costs and the rented racks' bill spread over its hour. The
 * playtest read "Income $99.9M/s" at the gate beside "+22.5M/s" in the header: the gate left
 * out the rent.
 */
export function netIncome(s: GameState, c: EraContent, r: Rates, f: Flow = flow(s, r)): Decimal {
	return f.cashPerSec.sub(rentPerSec(s, c, r));
}

/** The rented racks' bill, paid an hour ahead at each renewal, spread over its hour. */
export function rentPerSec(s: GameState, c: EraContent, r: Rates): Decimal {
	return s.rental.racks > 0 ? rentHourly(s, c, r).mul(s.rental.racks / HOUR) : D0;
}

export function cashTrend(s: GameState, c: EraContent, r: Rates, f: Flow): CashTrend {
	const perSec = netIncome(s, c, r, f);
	const waits = perSec.gt(0) ? automationWaits(s, c, r).cash : null;
	// Reinvested only while the next purchase is near: a lot hours of income away leaves the
	// cash growing all that time (the late-era save: 2.8 h), and "+0/s ↻" would hide it.
	if (waits && waits.sub(s.cash).div(perSec).lte(REINVEST_WITHIN))
		return { perSec: D0, reinvested: true, income: perSec };
	const shown = s.cash.eq(0) && perSec.lt(0) ? D0 : perSec;
	return { perSec: shown, reinvested: false, income: shown };
}
