// What a chip bought in Dyson does to the beamed watts Earth's grid was buying, told before the
// tap. Playtest 23 bought ten Stellar lifts and the income fell 84 %: their chips drew the
// panels' watts that Earth had been paying for, and the card had said nothing. The lab before
// and after the buy (buy-income.ts buyEffect: the cards landed, the rates read again), so the
// figures are the rule's, not a second statement of it.
import type { EraContent } from '../content';
import { buyEffect, type BuyIncome } from './buy-income';
import type { Decimal } from './decimal';
import { starOf } from './dyson';
import type { Rates } from './rates';
import type { GameState } from './state';

export interface BeamBuy extends BuyIncome {
	/** Beamed watts Earth buys now that the buy's chips would draw instead. */
	watts: Decimal;
	/** The income's change, `after` over `now` less 1 (−0.12: 12 % less; null while `now` is
	 * not above 0, where a share says nothing). */
	change: number | null;
	/** The buy draws every beamed watt Earth buys (each card of a bigger draw says the same
	 * wattage, which playtest 40 read as one figure repeated for units that draw different ones). */
	all: boolean;
}

/** Null outside Dyson, for an unknown card or none, and when the buy leaves Earth's share of the
 * beam as it is. */
export function beamBuy(
	s: GameState,
	c: EraContent,
	r: Rates,
	hardwareId: string,
	count: number
): BeamBuy | null {
	if (!starOf(c) || count < 1 || !c.hardware.has(hardwareId)) return null;
	const e = buyEffect(s, c, r, hardwareId, count);
	const watts = e.soldNow.sub(e.soldAfter);
	if (!watts.gt(0)) return null;
	const change = e.now.gt(0) ? e.after.div(e.now).toNumber() - 1 : null;
	return { now: e.now, after: e.after, watts, change, all: !e.soldAfter.gt(0) };
}
