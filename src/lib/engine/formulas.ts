// The game's formulas, as plain functions of their inputs.
import { Decimal } from './decimal';

/** Training FLOP that scores capability 10 (the era-independent reference). */
export const REFERENCE_FLOP = 1e15;
/** Softmax temperature of market share, in capability points. */
export const SHARE_TEMPERATURE = 5;
/** Hype decay per step when demand is served, and when it is not (latency burns hype). */
export const HYPE_DECAY = 0.9995;
export const HYPE_DECAY_UNMET = 0.99;
/** Latency never drives off the last ten-thousandth of a lab's customers. Besides the rule, it
 * keeps demand = baseDemand × (1 + hype) well conditioned: with hype a billionth above -1, the
 * last bits of hype that single steps and advance's closed form round differently became a
 * ten-thousandth of the tokens served (a random state in advance.test found it). */
export const HYPE_FLOOR = -0.9999;
/** Seconds of salaries the lab must hold before idle researchers come back. */
export const REHIRE_SECONDS = 300;

/** Capability grows with the log of effective training FLOP (scaling laws). */
export function capabilityOf(effectiveFlop: Decimal, outcome: number): number {
	const points = 10 + POINTS_PER_DECADE * (effectiveFlop.log10() - Math.log10(REFERENCE_FLOP));
	return Math.max(1, Math.round(points * outcome * 10) / 10);
}

/** Capability points a tenfold of effective FLOP adds to a run's average outcome. */
export const POINTS_PER_DECADE = 10;

/** The points a run of any size gains, at an average outcome, when its effective FLOP is
 * multiplied by `factor` (research's "capability per FLOP ×2": +3.0, not double). */
export function capabilityGain(factor: number): number {
	return POINTS_PER_DECADE * Math.log10(factor);
}

/** Compute-optimal parameters for a training budget: FLOP = 6·N·D with D = 20·N. */
export function paramsOf(flop: Decimal): Decimal {
	return flop.div(120).sqrt();
}

/** A token of a better model sells for more: ×4 per 10 capability points. */
export function tokenPriceFactor(capability: number): Decimal {
	return Decimal.pow(10, 0.06 * (capability - 10));
}

/** Capability points over the era's starter model in which the market moves from the
 * starter's size (the first minutes' feel) to the era's own scale. */
export const MARKET_SETTLE = 10;

/**
 * The market's size for a model of `capability`, relative to the era's starter model: it
 * moves by `marketShift` decades over the first MARKET_SETTLE points, then by `marketGrowth`
 * decades to the era goal (geometric in capability throughout, and beyond the goal).
 */
export function marketFactor(
	capability: number,
	era: {
		starterModel: { capability: number };
		goalCapability: number;
		marketShift: number;
		marketGrowth: number;
	}
): Decimal {
	const from = era.starterModel.capability;
	const settled = from + MARKET_SETTLE;
	const decades =
		capability <= settled
			? (era.marketShift * (capability - from)) / MARKET_SETTLE
			: era.marketShift +
				(era.marketGrowth * (capability - settled)) / (era.goalCapability - settled);
	return Decimal.pow(10, decades);
}

/** Customers compare price per capability: each doubling of the price over the rivals'
 * costs as much share as this many capability points. */
export const PRICE_POINTS_PER_DOUBLING = 10;

/**
 * Market share of the first lab (the player) among all labs' capabilities, with the player
 * pricing at `priceMult` times the rivals: a dearer lab looks that much less capable.
 */
export function playerShare(
	playerCap: number,
	rivalCaps: readonly number[],
	priceMult = 1
): number {
	const seen = playerCap - PRICE_POINTS_PER_DOUBLING * Math.log2(priceMult);
	const top = Math.max(seen, ...rivalCaps);
	const mine = Math.exp((seen - top) / SHARE_TEMPERATURE);
	let total = mine;
	for (const c of rivalCaps) total += Math.exp((c - top) / SHARE_TEMPERATURE);
	return mine / total;
}

/** Price of buying `count` more units when `owned` are owned: a geometric series. */
export function bulkCost(base: number, ratio: number, owned: number, count: number): Decimal {
	if (count <= 0) return new Decimal(0);
	const first = Decimal.pow(ratio, owned).mul(base);
	if (count === 1) return first;
	return first.mul(Decimal.pow(ratio, count).sub(1)).div(ratio - 1);
}

/** The most units affordable with `cash` (exact: n is affordable, n + 1 is not). */
export function maxAffordable(base: number, ratio: number, owned: number, cash: Decimal): number {
	const first = Decimal.pow(ratio, owned).mul(base);
	if (cash.lt(first)) return 0;
	let n = Math.floor(
		cash
			.mul(ratio - 1)
			.div(first)
			.add(1)
			.log10() / Math.log10(ratio)
	);
	n = Math.max(0, n);
	while (n > 0 && bulkCost(base, ratio, owned, n).gt(cash)) n--;
	while (bulkCost(base, ratio, owned, n + 1).lte(cash)) n++;
	return n;
}
