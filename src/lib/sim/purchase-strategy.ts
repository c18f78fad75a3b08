// The scripted player's purchases: memory when the model does not fit, power when the fleet
// needs watts or a cheaper contract pays for itself, otherwise the most FLOP/s per dollar
// (counting the power each card will draw). Kept apart from strategy.ts, which calls it.
import type { EraContent } from '../content';
import {
	bestPurchase,
	contractBuilding,
	contractToSign,
	freeWatts,
	roomAfterOrders,
	market,
	gateServes,
	memoryShort,
	memoryView,
	mostMemoryPurchase,
	oneSizeUp,
	paramsOf,
	rates,
	Decimal,
	type Action,
	type ActionResult,
	type GameState,
	netPrice
} from '../engine';

type Act = (action: Action) => ActionResult;

/** Seconds over which the player weighs a contract: long eras plan further ahead. */
export function powerHorizon(s: GameState): number {
	return Math.max(1200, s.tick / 3);
}

/**
 * Signs power when the fleet is close to its contracts' capacity (the cheapest watts over the
 * horizon within reach), or when a cheaper contract saves more than it costs. Returns whether
 * the player is saving for a contract (then it buys no hardware this round).
 */
export function keepPowered(s: GameState, c: EraContent, act: Act): boolean {
	const r = rates(s, c);
	if (contractBuilding(s)) return false;
	// The draw once the orders land counts: they are bought, and power takes time to build.
	const onOrder = freeWatts(r) - roomAfterOrders(s, c, r);
	const needWatts = !r.powerDraw.add(onOrder).mul(1.2).lt(r.powerCapacity);
	const net = market(r, s.hype).served.mul(netPrice(r)).sub(r.costs);
	const reach = net.gt(0) ? s.cash.add(net.mul(120)) : s.cash;
	const id = contractToSign(s, c, r, powerHorizon(s), needWatts, reach);
	if (!id) return false;
	act({ type: 'sign', contract: id });
	return needWatts && !(id in s.power);
}

/** Buys hardware with the cash at hand beyond `keep`: memory first while the model does not fit
 * (only cards the power runs: past the power a card holds no model). */
export function buyHardware(
	s: GameState,
	c: EraContent,
	act: Act,
	m: { firstPurchase?: number },
	keep: Decimal = new Decimal(0)
): void {
	for (let i = 0; i < 20; i++) {
		const r = rates(s, c);
		const budget = s.cash.sub(keep);
		if (!budget.gt(0)) break;
		// While memory binds, a memory card the power can run; when none fits in the power, the
		// player saves for power (keepPowered signs it): a card past the power holds no model.
		const pick = memoryShort(s, c, r)
			? mostMemoryPurchase(s, c, r, budget)
			: bestPurchase(s, c, r, budget);
		if (!pick) break;
		if (!act({ type: 'buy', hardware: pick.id, count: 1 }).ok) break;
		m.firstPurchase ??= s.tick;
	}
}

/** How far past today's fleet memory the player lets a run's model grow: the memory to serve
 * it is bought while it trains. */
export const MEMORY_STRETCH = 2;

/**
 * The run size to start: `wanted` (the biggest the horizon allows), stepped down until its
 * model would fit MEMORY_STRETCH × the fleet's memory — a better model is worth only what the
 * hardware can hold — but never below one size up from the served model.
 */
export function runThatFits(s: GameState, c: EraContent, wanted: string): string {
	const r = rates(s, c);
	const floor = oneSizeUp(s, c);
	const room = r.memory.mul(MEMORY_STRETCH);
	const sizes = c.era.runSizes;
	let i = sizes.findIndex((z) => z.id === wanted);
	while (i > 0 && sizes[i].flop > floor.flop) {
		const footprint = paramsOf(new Decimal(sizes[i].flop)).mul(
			c.era.servingBytesPerParam * r.mult.footprint
		);
		if (footprint.lte(room)) break;
		i--;
	}
	return sizes[i].id;
}

/**
 * Whether to release the waiting model as far as memory goes: when it would serve at a quarter
 * of its speed or better. The player held one that served at a quarter to a half while a memory
 * card was within its cash, but its purchases went elsewhere (a Hyperscale campus, power, the
 * reserve): it waited minutes for memory it did not buy, while auto-run restarted the served
 * model's size up beside it some sixty times an era (#16). Released, the model is short of
 * memory and buyHardware buys it (memoryShort); held, its gain waited (fifteen seeds, luck on:
 * Hyperscale 3 % sooner, the other eras within a percent).
 */
export function gateFits(s: GameState, c: EraContent): boolean {
	const r = rates(s, c);
	if (gateServes(s, c, r)) return true;
	const fit = memoryView(s, c, r).gateFit;
	return fit !== null && fit >= 0.25;
}
