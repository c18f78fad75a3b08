// The away report's cash-out line: the lab ran out of cash while the player was away, and why.
// Playtest 32 came back to "Cash ran out (×6)" among the headlines and a lab gone broke overnight;
// nothing said that the release before it had made power ×1,300 dearer. Pure.
import type { EraContent } from '../content';
import { salesAndCosts, type CashLoss } from './cash-loss';
import type { Decimal } from './decimal';
import { powerPriceIndex } from './power-bill';
import type { Rates } from './rates';
import type { GameState, Headline } from './state';

export interface AwayCashOut {
	/** Times the cash ran out while away (told in the news only of a lab with researchers), at
	 * least 1. */
	times: number;
	/** Still broke on return: the payroll missed, researchers down tools until the cash pays
	 * them (the Lab's cash card says the way back). */
	brokeNow: boolean;
	/** Broke with no cash at all on return (playtest 35 read "It is still out of cash" beside
	 * $711 saved up towards the researchers' return). */
	emptyNow: boolean;
	/** Sales and costs a second on return, the largest cost named. */
	now: Pick<CashLoss, 'sales' | 'power' | 'salaries' | 'rent' | 'largest'>;
	/** Sales now cover every cost (the salaries counted, paid or owed). */
	covered: boolean;
	/** The power price climbed while away: the multiple (at least POWER_CLIMB_TOLD), and the
	 * model whose release made it (the served one). */
	powerDearer: { times: Decimal; model: string } | null;
}

/** A climb of the grid's price level worth naming as a cause. */
export const POWER_CLIMB_TOLD = 2;

export function awayCashOut(
	before: GameState,
	after: GameState,
	c: EraContent,
	rAfter: Rates,
	fresh: readonly Headline[]
): AwayCashOut | null {
	const told = fresh.filter((n) => n.kind === 'broke').length;
	const brokeNow = after.idle;
	if (told === 0 && !(brokeNow && !before.idle)) return null;
	const priceBefore = powerPriceIndex(before, c);
	const climb = powerPriceIndex(after, c).div(priceBefore);
	const now = salesAndCosts(after, c, rAfter);
	return {
		times: Math.max(1, told),
		brokeNow,
		emptyNow: brokeNow && after.cash.lte(0),
		now,
		covered: now.sales.gte(now.power.add(now.salaries).add(now.rent)),
		powerDearer: climb.gte(POWER_CLIMB_TOLD) ? { times: climb, model: after.model.name } : null
	};
}
