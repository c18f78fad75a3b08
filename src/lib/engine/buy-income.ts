// A buy that would turn the income negative, told before the tap. Playtest 13 bought seven
// Gaming GPUs with Max on a Garage whose demand was below capacity and whose power had grown
// ×14 dearer with its models: the cash rate went from +1.02/s to −0.73/s, the cards adding a
// bill and no sales, and nothing on the card had said so. A buy past the power is told as it
// runs: what it adds to the income and the run, throttled (pastPowerBuy). Hyperscale's campus
// says the same of itself once open (campus-income.ts).
import type { EraContent } from '../content';
import { netIncome } from './cash-trend';
import type { Decimal } from './decimal';
import { soldWatts } from './dyson';
import { keptByRates } from './kept-by-rates';
import { landedWith } from './memory-buy';
import { rates, type Rates } from './rates';
import type { GameState } from './state';
import { throttleAfter } from './throttle-after';

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
	const { now, after } = buyEffect(s, c, r, hardwareId, count);
	return now.gte(0) && after.lt(0) ? { now, after } : null;
}

/** The lab before and after a buy has landed: its income, what trains the run, and the beamed
 * watts Earth's grid buys (Dyson: dyson.ts soldWatts; 0 elsewhere). */
export interface BuyEffect extends BuyIncome {
	trainNow: Decimal;
	trainAfter: Decimal;
	soldNow: Decimal;
	soldAfter: Decimal;
}

/** What buying `count` of `hardwareId` does, as the lab would stand with the cards landed (kept
 * with the rates: every card's figures read one answer). */
export function buyEffect(
	s: GameState,
	c: EraContent,
	r: Rates,
	hardwareId: string,
	count: number
): BuyEffect {
	return memo(r, `${hardwareId}:${count}`, () => {
		// With orders on the way, the lab once they land without this buy: theirs is not its.
		const base = s.orders.length ? landedWith(s, c, hardwareId, 0) : s;
		const before = base === s ? r : rates(base, c);
		const t = landedWith(s, c, hardwareId, count);
		const after = rates(t, c);
		return {
			now: netIncome(base, c, before),
			after: netIncome(t, c, after),
			trainNow: before.trainRate,
			trainAfter: after.trainRate,
			soldNow: soldWatts(base, c, { draw: before.powerDraw, powered: before.powered }),
			soldAfter: soldWatts(t, c, { draw: after.powerDraw, powered: after.powered })
		};
	});
}
const memo = keptByRates<BuyEffect>();

/** A buy past the power, as it would run (playtest 20: "Past your power" warned of the 5th GPU
 * on a 2 kW circuit while it still raised the income, by the FLOP/s and memory the 4 left
 * unpowered). */
export interface PastPowerBuy extends BuyIncome {
	/** The share of its power the fleet then runs at (throttleAfter), under 1. */
	throttle: number;
	/** It still adds income: throttled, its chips add more sales than bill. */
	adds: boolean;
	/** It lowers the income: throttled, its chips add more bill than sales (playtest 21 read
	 * "adds no income" of a buy that cut it by a fifth). */
	lowers: boolean;
	/** How much faster the run trains with it (0.11: 11 % faster; 0 with no run, or none). */
	faster: number;
}

/**
 * What a buy that runs the fleet past its power does (null when the power runs it all): the
 * throttle, the income before and after (buyIncome's lab), and the run's pace. Past the power
 * every chip slows to the share the power runs, but the fleet can still gain: the buy takes up
 * the power the cards before it left unused, and brings its FLOP/s and memory at that share.
 */
export function pastPowerBuy(
	s: GameState,
	c: EraContent,
	r: Rates,
	hardwareId: string,
	count: number
): PastPowerBuy | null {
	if (count < 1 || !c.hardware.has(hardwareId)) return null;
	const throttle = throttleAfter(s, c, r, hardwareId, count);
	if (throttle >= 1) return null;
	const e = buyEffect(s, c, r, hardwareId, count);
	const faster =
		s.run && e.trainNow.gt(0) && e.trainAfter.gt(e.trainNow)
			? e.trainAfter.div(e.trainNow).toNumber() - 1
			: 0;
	return {
		now: e.now,
		after: e.after,
		throttle,
		adds: e.after.gt(e.now),
		lowers: e.after.lt(e.now),
		faster
	};
}
