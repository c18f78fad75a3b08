// The Cloud's decision: rent capacity by the hour or buy it, and resell what sits idle.
// Renting is instant and needs no purchase: each hour is paid when it starts (racks added
// mid-hour pay the rest of that hour), and an hour the cash cannot pay ends the racks it
// cannot pay for. An hour costs what the rack's capacity fetches on the spot market, with the
// provider's margin (cloud-actions.ts rentHourly): renting and reselling trade in one market.
// Renewals fall on known ticks, so fast-forward stays exact. The spot price
// moves with the world: rivals who lead the market are hungry for compute and pay more.
// Rented racks cannot be resold: only the lab's own idle capacity goes to the spot market.
// The train share splits every rack alike; of the serving capacity, the lab's own racks serve
// first and the rented ones take the demand they cannot, so the rented serving capacity is
// what is kept off the market: resale is the lab's own serving capacity less demand, whatever
// is rented. Renting to resell pays nothing (it would otherwise pay ~70x its bill), and nor does
// renting racks to serve what the lab's own racks serve now, to resell those (the same trade
// one step removed); the lab's own idle racks keep reselling while it rents. (Until playtest 5,
// one rented rack paused the whole fleet's resale: +$207M/s to -$16M/s, and buying was the
// Cloud's only answer.) The rented serving capacity is constant between events, so resale
// changes regime only when demand crosses the lab's own serving capacity: an edge advance
// finds like the sold-out one (advance.ts ownEdgeAt).
import { RENTALS, type EraContent, type EraDef, type RentalDef } from '../content';
import { D0, Decimal } from './decimal';
import type { GameState } from './state';

export const HOUR = 3600;

export function rentalOf(content: EraContent): RentalDef | null {
	return RENTALS[content.era.id] ?? null;
}

/** One rented rack: its FLOP/s and memory (the tier it is shaped like). */
export function rack(content: EraContent): { flops: number; memory: number } {
	const def = rentalOf(content);
	if (!def) return { flops: 0, memory: 0 };
	const hw = content.hardware.get(def.hardware)!;
	return { flops: hw.flops, memory: hw.memory };
}

/** Tokens a second one rented rack serves of the model now (at full memory: a rack brings its
 * own), as the fleet's own capacity counts them (rates.ts). */
export function rackTokens(
	content: EraContent,
	r: { flopPerToken: Decimal; mult: { compute: number } }
): Decimal {
	const one = rack(content);
	return new Decimal(one.flops * r.mult.compute * (1 - content.era.latency)).div(r.flopPerToken);
}

/** The bill for `racks` racks over the `seconds` left of the hour, at `hourly` a rack. */
export function rentCost(hourly: Decimal, racks: number, seconds = HOUR): Decimal {
	return hourly.mul((racks * seconds) / HOUR);
}

/** The tick of the next renewal (Infinity with nothing rented). */
export function nextRenewal(state: GameState): number {
	return state.rental.racks > 0 ? state.rental.renewsAt : Infinity;
}

/** Compute and memory the rented racks add (the provider's power, not the lab's). */
export function rented(state: GameState, content: EraContent): { flops: number; memory: number } {
	const n = state.rental.racks;
	if (n === 0) return { flops: 0, memory: 0 };
	const one = rack(content);
	return { flops: one.flops * n, memory: one.memory * n };
}

/** Whether idle capacity resells now: resale on (rented racks never resell: rentedServingAt). */
export function resells(state: GameState): boolean {
	return state.resell;
}

/** Of the serving capacity at train share `trainShare`, what is rented (the share splits every
 * rack alike). */
export function rentedServingAt(r: { rentedFull: Decimal }, trainShare: number): Decimal {
	return r.rentedFull.m === 0 ? D0 : r.rentedFull.mul(1 - trainShare);
}

/** Of `spare` idle tokens a second, the ones that resell: the lab's own. The lab's racks serve
 * first, so the rented serving capacity is the first to idle and is kept off the market. */
export function resold(spare: Decimal, rentedServing: Decimal): Decimal {
	if (rentedServing.m === 0) return spare;
	return spare.gt(rentedServing) ? spare.sub(rentedServing) : D0;
}

/** The spot price's multiplier: 0.5 when the lab has the whole market, 2 when it has none. */
export function spotFactor(share: number): number {
	return 0.5 + 1.5 * (1 - Math.min(1, Math.max(0, share)));
}

/** How steeply a glut of idle capacity lowers the spot price (see spotGlut). At 0.4-0.5 buying
 * capacity was never the Cloud's better move (the probe's cloud.best.buy 0 %); at 0.25 cheap was
 * best at 10 % of moments. 0.35 also gave cheap 30 %, but the Cloud memory-bound 14.8 % of the
 * era and the best constant train share within 7 % of the adaptive player (the probe's constant-share race, probe/targets.ts). */
export const SPOT_GLUT = 0.3;

/**
 * The spot price's multiplier for how much of the fleet the lab dumps on the spot market:
 * buyers pay less the more idle capacity floods it, (demand / capacity)^SPOT_GLUT when the
 * fleet's capacity exceeds the lab's own demand (before hype; 1 otherwise). A lab that serves
 * most of what it can keeps the spot price; a huge idle fleet sells its hours cheaply, so
 * filling it with a low price can pay (DECISIONS.md: which tier is right depends on the
 * capacity). Demand before hype and the fleet's capacity are rates: constant between events.
 */
export function spotGlut(baseDemand: Decimal, fullCapacity: Decimal): number {
	return fullCapacity.gt(baseDemand)
		? Math.pow(baseDemand.div(fullCapacity).toNumber(), SPOT_GLUT)
		: 1;
}

/** The spot price a tier's market gets from a fleet of `fullCapacity` tokens a second (the
 * lab's own: rented racks are never resold): the spot market's rate, less what dumping the
 * idle capacity costs it (spotGlut). */
export function spotAtFleet(
	m: { baseDemand: Decimal; spotPrice: Decimal },
	fullCapacity: Decimal
): Decimal {
	return m.spotPrice.m === 0 ? m.spotPrice : m.spotPrice.mul(spotGlut(m.baseDemand, fullCapacity));
}

/** Cash per token idle capacity resells at (0 where the era has no spot market). Spot compute is
 * its own market: the price tier (`priceMult`, part of `price`) does not move it. */
export function spotRate(era: EraDef, price: Decimal, share: number, priceMult: number): Decimal {
	return spotRateAt(era, price, spotFactor(share), priceMult);
}

/** spotRate at the market's multiplier `factor` (spotFactor; 1: the base rate, which follows the
 * price of the lab's tokens, and so its model). */
export function spotRateAt(
	era: EraDef,
	price: Decimal,
	factor: number,
	priceMult: number
): Decimal {
	return era.spotResale > 0 ? price.mul((era.spotResale * factor) / priceMult) : D0;
}
