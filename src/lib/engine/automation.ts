// Automation bought with Moat: release, next run, hardware, power and the train share (the
// Capacity planner: capacity-planner.ts), each by a simple rule
// the player sets. It acts at the end of a step, issuing the same actions a player does.
// For exact fast-forward, advance() asks when it would next act: at once (a model waits, no
// run is going) or when cash first reaches a known amount (the next purchase it would make).
import { PERKS, type EraContent, type EventOptionDef } from '../content';
import { buyKnowing, contractCost, quoteHardware, unitsHeld } from './actions';
import { apply } from './apply';
import type { Decimal } from './decimal';
import { launchPremium } from './orbit';
import { hasAutomation } from './prestige';
import {
	bestTier,
	contractBuilding,
	gateServes,
	keptFromChips,
	memoryShort,
	nextContract,
	roomAfterOrders
} from './purchases';
import { rates, type Rates } from './rates';
import { oneSizeUp } from './run-plan';
import { eventEffect } from './world-events';
import { swarmWouldSlow } from './edge';
import { unitsOnOrder, type GameState } from './state';
import { matchWants, plannedShare } from './capacity-planner';
import { pushNews } from './news';
import { gateWorse } from './models';
import { gateTakesEpoch, inEndless } from './endless';
import { epochSoonest } from './epoch-odds';

const MAX_BUYS_PER_STEP = 50;

/** Auto-release is on and the waiting model gains what its rule asks. */
function ruleWantsGate(s: GameState): boolean {
	const rule = s.meta.automation.release;
	return (
		!!s.gate &&
		rule.on &&
		hasAutomation(s, 'release') &&
		s.gate.capability >= s.model.capability + rule.minGain
	);
}

function wantsRelease(s: GameState, c: EraContent, r?: Rates): boolean {
	return ruleWantsGate(s) && autoReleaseHold(s, c, r ?? rates(s, c)) === null;
}

/** Why auto-release holds a model it would otherwise release. */
export type ReleaseHold = 'memory' | 'swarm';

/**
 * Auto-release is on and the waiting model gains enough, but it holds it: 'memory', the model
 * would serve at under half speed in the fleet's memory; 'swarm', it is split across more of the
 * Edge swarm's devices a copy and would serve there at under half the served model's speed
 * (swarmWouldSlow). The gate says which, so a player back from hours away knows why the model
 * still waits. Null: nothing is held.
 */
export function autoReleaseHold(s: GameState, c: EraContent, r: Rates): ReleaseHold | null {
	if (!ruleWantsGate(s)) return null;
	// Past the end of the road an epoch's Moat outlasts any speed of serving: a model that takes
	// one is released however little of it the memory holds (a week away, auto-release held a
	// 603.8 beside the 593 mark for memory, and 546 runs took no epoch).
	if (gateTakesEpoch(s, c)) return null;
	if (!gateServes(s, c, r)) return 'memory';
	if (swarmWouldSlow(s, c, r.mult, r.swarm)) return 'swarm';
	return null;
}

/** Auto-release holds the waiting model (autoReleaseHold says why). */
export function autoReleaseHeld(s: GameState, c: EraContent, r: Rates): boolean {
	return autoReleaseHold(s, c, r) !== null;
}

/** The Run scheduler is owned and on: a run stopped is followed by the next at once (the Stop
 * question says so: playtest 32 stopped runs that came straight back). */
export function schedulerOn(s: GameState): boolean {
	return s.meta.automation.run.on && hasAutomation(s, 'run');
}

function wantsRun(s: GameState): boolean {
	return !s.run && schedulerOn(s);
}

/** Auto-run is on and the model waiting at the gate is worse than the one served: it is
 * thrown away, as a player would with the gate's Discard (it would never be released). */
function wantsDiscard(s: GameState): boolean {
	return gateWorse(s) && schedulerOn(s);
}

/** The contract auto-sign would sign next, if the fleet draws enough and none is being built. */
function contractWanted(s: GameState, c: EraContent, r: Rates): string | null {
	const rule = s.meta.automation.sign;
	if (!rule.on || !hasAutomation(s, 'sign')) return null;
	if (contractBuilding(s)) return null;
	if (drawLow(r, rule.threshold)) return null;
	return nextContract(s, c);
}

/** The fleet draws less than `threshold` of the power capacity (the last answer is kept:
 * asked at every step and segment with the same rates). */
function drawLow(r: Rates, threshold: number): boolean {
	const m = lowMemo;
	if (m.r === r && m.threshold === threshold) return m.value;
	const value = r.powerDraw.lt(r.powerCapacity.mul(threshold));
	lowMemo = { r, threshold, value };
	return value;
}
let lowMemo: { r: Rates | null; threshold: number; value: boolean } = {
	r: null,
	threshold: NaN,
	value: false
};

type Wanted = { id: string; count: number; cost: Decimal } | null;

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
 * hours away at "keep all" spent ~90 % of the cash on chips that ran at 4 % power).
 */
function chipRoom(s: GameState, c: EraContent, r: Rates): number {
	const room = roomAfterOrders(s, c, r);
	return r.powered.eq(r.powerCapacity) ? room : room - keptFromChips(r).toNumber();
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
function hardwareWanted(s: GameState, c: EraContent, r: Rates): Wanted {
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
function cashFor(hw: NonNullable<Wanted>, reserve: number): Decimal {
	let m = neededFor;
	if (!m || hw !== m.hw || reserve !== m.reserve)
		neededFor = m = { hw, reserve, cash: hw.cost.div(1 - reserve) };
	return m.cash;
}
let neededFor: { hw: Wanted; reserve: number; cash: Decimal } | null = null;

/** What auto-buy orders next, for the Automation card: the lot and the cash at which it does
 * (its reserve kept), or `lot` null when no unit fits the power left (a contract comes first).
 * Null while it is off or not owned. Playtest 30 came back after six hours to $1.2e213 unspent
 * and a fleet unchanged, with nothing to say why. */
export function autoBuyNext(
	s: GameState,
	c: EraContent,
	r: Rates
): { lot: NonNullable<Wanted>; at: Decimal } | { lot: null } | null {
	if (!s.meta.automation.buy.on || !hasAutomation(s, 'buy')) return null;
	const lot = hardwareWanted(s, c, r);
	return lot ? { lot, at: cashFor(lot, s.meta.automation.buy.reserve) } : { lot: null };
}

/** What automation waits for: nothing, now, or cash reaching `cash`. */
export function automationWaits(
	s: GameState,
	c: EraContent,
	r: Rates
): { now: boolean; cash: Decimal | null } {
	if (wantsRelease(s, c, r) || wantsRun(s) || wantsDiscard(s) || matchWants(s, r))
		return { now: true, cash: null };
	let cash: Decimal | null = null;
	const contract = contractWanted(s, c, r);
	if (contract) cash = contractCost(c, contract);
	const hw = hardwareWanted(s, c, r);
	if (hw) {
		const needed = cashFor(hw, s.meta.automation.buy.reserve);
		if (!cash || needed.lt(cash)) cash = needed;
	}
	return { now: cash !== null && s.cash.gte(cash), cash };
}

/** The perks that unlock any automation. */
const AUTOMATION_PERKS = PERKS.filter((p) => p.unlocks).map((p) => p.id);

/**
 * Applies every automation that is due. `derived`: this state's rates, if the caller has them.
 * Returns the rates it last held: those of the state as it leaves unless it was handed stale
 * ones and changed nothing (the caller knows: it gets `derived` back); undefined when it held
 * none.
 */
export function automate(s: GameState, c: EraContent, derived?: Rates): Rates | undefined {
	if (!AUTOMATION_PERKS.some((id) => (s.meta.perks[id] ?? 0) > 0)) return derived;
	let r = derived;
	if (s.gate && wantsRelease(s, c, (r ??= rates(s, c)))) {
		apply(s, c, { type: 'release' });
		r = undefined;
	}
	// The gate's Discard (changes nothing the rates read), said in the news (playtest 10 saw
	// Atlas-92 then Atlas-94, and nothing said where Atlas-93 went).
	if (wantsDiscard(s)) {
		pushNews(s, 'auto-discard', { model: s.gate!.name, cap: s.gate!.capability });
		apply(s, c, { type: 'discard' });
	}
	if (wantsRun(s)) {
		// Past the end of the road, the size whose runs take the next epoch soonest (the run
		// card's "soonest"): one size up from a lucky model trained runs that rarely took one.
		const epoch = inEndless(s) ? epochSoonest(s, c, (r ??= rates(s, c))) : null;
		apply(s, c, { type: 'start-run', size: (epoch ?? oneSizeUp(s, c)).id });
		r = undefined;
	}
	r ??= rates(s, c);
	// The Capacity planner: serving back to demand once it leaves the band (capacity-planner.ts).
	if (matchWants(s, r)) {
		apply(s, c, { type: 'train-share', share: plannedShare(s, r, s.hype, s.loyalty) });
		r = rates(s, c);
	}
	const contract = contractWanted(s, c, r);
	if (contract && s.cash.gte(contractCost(c, contract))) {
		apply(s, c, { type: 'sign', contract });
		r = rates(s, c);
	}
	// Spend at most the cash above the reserve.
	let budget = s.cash.mul(1 - s.meta.automation.buy.reserve);
	for (let i = 0; i < MAX_BUYS_PER_STEP; i++) {
		const hw = hardwareWanted(s, c, r);
		if (!hw || hw.cost.gt(budget)) break;
		// The action { type: 'buy', count }, handing over the rates it needs before and after.
		r = buyKnowing(s, c, hw.id, hw.count, r).after;
		budget = budget.sub(hw.cost);
	}
	return r;
}
