// Auto-buy (the Procurement perk): the lot it orders next, within the watts the chips can take,
// and the cash at which it does, its reserve kept. Automation (automation.ts) buys it; the
// Automation card says it (autoBuyNext).
import type { EraContent, EventOptionDef } from '../content';
import { quoteHardware, unitsHeld } from './actions';
import type { Decimal } from './decimal';
import { launchPremium } from './orbit';
import { hasAutomation } from './prestige';
import { bestTier, keptFromChips, memoryShort, roomAfterOrders } from './purchases';
import type { Rates } from './rates';
import { eventEffect } from './world-events';
import { unitsOnOrder, type GameState } from './state';
import { inEndless } from './endless';
import { panelCost, starOf } from './dyson';
import { beamSteered } from './auto-beam';

export type Wanted = { id: string; count: number; cost: Decimal } | null;

/** Auto-buy orders in lots: a tenth of the units it holds of a kind (at least one, and no
 * more than the price climb allows: the lot's last unit costs less than twice its first). */
export const AUTO_LOT_SHARE = 0.1;

/**
 * The lot auto-buy orders of `id`: a tenth of what it holds, at least one, no more than the
 * price climb allows and no more than the power can take once the orders on the way land. Lots keep a big fleet's replacements (Orbit's radiation) to a few
 * purchases rather than one per unit.
 */
export function autoLot(s: GameState, c: EraContent, r: Rates, id: string): Wanted {
	const hw = c.hardware.get(id)!;
	const perUnit = hw.watts * r.mult.watts;
	const free = chipRoom(s, c, r);
	const byPower = perUnit > 0 ? Math.floor(free / perUnit) : Infinity;
	// Prices climb by `costRatio` a unit: a lot stops before its last unit costs twice its first.
	const byPrice = Math.floor(Math.log(2) / Math.log(hw.costRatio)) + 1;
	const count = Math.max(
		1,
		Math.min(Math.floor(unitsHeld(s, id) * AUTO_LOT_SHARE), byPrice, byPower)
	);
	return { id, count, cost: quoteHardware(s, c, id, count)!.cost };
}

/**
 * Watts the chips can still take once the orders land: roomAfterOrders less the panel watts
 * Dyson keeps at the star, which no chip can draw while the beam keeps them (playtest 40: ten
 * hours away at "keep all" spent ~90 % of the cash on chips that ran at 4 % power). With the Star
 * steward's rule on, the kept watts count: it beams what the chips draw once they land.
 */
function chipRoom(s: GameState, c: EraContent, r: Rates): number {
	const room = roomAfterOrders(s, c, r);
	return r.powered.eq(r.powerCapacity) || beamSteered(s, c)
		? room
		: room - keptFromChips(r).toNumber();
}

/**
 * The last answer of hardwareWanted, with what it read: automation asks again as it leaves a
 * step and advance as the next segment starts, with nothing changed between. Besides the
 * rates (the same object), the answer reads the units held (the fleet is a rates input;
 * orders change with each purchase: the last order's id tells, or in Orbit, where units for a
 * window join its order, the units on order), the waiting model, the price
 * factors, the rule and the content. One entry: a hit needs the very last question.
 */
let wantedMemo: {
	r: Rates;
	s: GameState;
	c: EraContent;
	orders: number;
	lastOrder: number;
	onOrder: number;
	gate: GameState['gate'];
	charter: boolean;
	premium: number;
	event: EventOptionDef | null;
	value: Wanted;
} | null = null;

/** The hardware auto-buy would buy next (most FLOP/s per dollar that the power can take). */
export function hardwareWanted(s: GameState, c: EraContent, r: Rates): Wanted {
	if (!s.meta.automation.buy.on || !hasAutomation(s, 'buy')) return null;
	const event = eventEffect(s); // its hardware price factor
	const orders = s.orders.length;
	const lastOrder = orders > 0 ? s.orders[orders - 1].id : -1;
	const onOrder = unitsOnOrder(s);
	const premium = launchPremium(s, c); // Orbit: the next rocket's price climbs with each one
	const m = wantedMemo;
	if (
		m &&
		m.r === r &&
		m.s === s &&
		m.c === c &&
		m.orders === orders &&
		m.lastOrder === lastOrder &&
		m.onOrder === onOrder &&
		m.gate === s.gate &&
		m.charter === s.orbit.charter &&
		m.premium === premium &&
		m.event === event
	)
		return m.value;
	// Memory first while the served or the waiting model does not fit.
	// Against the watts left once the orders land: an order draws nothing until it lands.
	const per = memoryShort(s, c, r) ? 'memory' : 'flops';
	const best = bestTier(s, c, r, per, undefined, chipRoom(s, c, r));
	const value = best === null ? null : autoLot(s, c, r, best);
	wantedMemo = {
		r,
		s,
		c,
		orders,
		lastOrder,
		onOrder,
		gate: s.gate,
		charter: s.orbit.charter,
		premium,
		event,
		value
	};
	return value;
}

/** Cash that leaves `reserve` after buying `hw` (the last answer is kept: hardwareWanted
 * hands back the same answer until something changes). */
export function cashFor(hw: NonNullable<Wanted>, reserve: number): Decimal {
	let m = neededFor;
	if (!m || hw !== m.hw || reserve !== m.reserve)
		neededFor = m = { hw, reserve, cash: hw.cost.div(1 - reserve) };
	return m.cash;
}
let neededFor: { hw: Wanted; reserve: number; cash: Decimal } | null = null;

/**
 * Past the last goal, with no chip fitting the power: the price of the panel auto-buy orders
 * next and the cash at which it does, its reserve kept (one at a time: each is 11.5 % dearer than the last). A panel adds watts the beam keeps
 * at the star for the run or sends to the fleet and Earth. Playtest 41 came back to cash piled
 * up 300–40,000× the income while auto-buy waited for panels it never ordered. Null otherwise.
 */
export function panelWanted(
	s: GameState,
	c: EraContent,
	r: Rates
): { cost: Decimal; at: Decimal } | null {
	if (!inEndless(s) || !starOf(c) || !s.meta.automation.buy.on || !hasAutomation(s, 'buy'))
		return null;
	if (hardwareWanted(s, c, r) !== null) return null;
	const cost = panelCost(s, c, 1);
	return { cost, at: cost.div(1 - s.meta.automation.buy.reserve) };
}

/** What auto-buy orders next, for the Automation card: the lot and the cash at which it does
 * (its reserve kept), or `lot` null when no unit fits the power left (a contract comes first),
 * with the panel it orders instead past the last goal (panelWanted). Null while it is off or not
 * owned. Playtest 30 came back after six hours to $1.2e213 unspent and a fleet unchanged, with
 * nothing to say why. */
export function autoBuyNext(
	s: GameState,
	c: EraContent,
	r: Rates
):
	| { lot: NonNullable<Wanted>; at: Decimal }
	| { lot: null; panel?: { cost: Decimal; at: Decimal } }
	| null {
	if (!s.meta.automation.buy.on || !hasAutomation(s, 'buy')) return null;
	const lot = hardwareWanted(s, c, r);
	if (lot) return { lot, at: cashFor(lot, s.meta.automation.buy.reserve) };
	const panel = panelWanted(s, c, r);
	return panel ? { lot: null, panel } : { lot: null };
}
