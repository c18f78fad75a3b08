// The away report's cash-out line: the lab ran out of cash while the player was away, and why.
// Playtest 32 came back to "Cash ran out (×6)" among the headlines and a lab gone broke overnight;
// nothing said that the release before it had made power ×1,300 dearer. Pure.
import type { EraContent } from '../content';
import { salesAndCosts, salesCover, type CashLoss } from './cash-loss';
import type { Decimal } from './decimal';
import { powerPriceIndex } from './power-bill';
import { priceCover, type PriceCover } from './price-cover';
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
	/** Short of the costs: another price at which sales would cover them now, the lab at work
	 * (price-cover.ts), the remedy the line leads with; null otherwise. */
	switchTo: PriceCover | null;
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
	const now = salesAndCosts(after, c, rAfter);
	const covered = salesCover(now);
	return {
		times: Math.max(1, told),
		brokeNow,
		emptyNow: brokeNow && after.cash.lte(0),
		now,
		covered,
		powerDearer: powerDearerSince(before, after, c),
		switchTo: covered ? null : priceCover(after, c)
	};
}

/** The grid's price level climbed by POWER_CLIMB_TOLD or more while away: the multiple, and the
 * model whose release made it (the served one); else null. */
function powerDearerSince(
	before: GameState,
	after: GameState,
	c: EraContent
): AwayCashOut['powerDearer'] {
	const climb = powerPriceIndex(after, c).div(powerPriceIndex(before, c));
	return climb.gte(POWER_CLIMB_TOLD) ? { times: climb, model: after.model.name } : null;
}

/** The cash fell while away, never ran out, and on return the lab still spends more than it sells
 * (the salaries counted): how much it fell, sales and costs a second now, and the power price's
 * climb when a release made it. Playtest 42 came back twice to a lab that ran at a loss for hours
 * (the Premium price drove customers off; power priced by the model served) and the report said
 * so only through its cash figure. Null when the cash did not fall, ran out (awayCashOut says
 * that), or sales cover the costs now (the fall bought chips, panels or contracts). */
export interface AwayCashFell {
	lost: Decimal;
	now: Pick<CashLoss, 'sales' | 'power' | 'salaries' | 'rent' | 'largest'>;
	powerDearer: { times: Decimal; model: string } | null;
	/** Another price at which sales would cover the costs now (price-cover.ts), or null. */
	switchTo: PriceCover | null;
}

export function awayCashFell(
	before: GameState,
	after: GameState,
	c: EraContent,
	rAfter: Rates,
	out: AwayCashOut | null
): AwayCashFell | null {
	if (out || !after.cash.lt(before.cash)) return null;
	const now = salesAndCosts(after, c, rAfter);
	if (salesCover(now)) return null;
	return {
		lost: before.cash.sub(after.cash),
		now,
		powerDearer: powerDearerSince(before, after, c),
		switchTo: priceCover(after, c)
	};
}
