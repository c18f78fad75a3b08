// The market this step: what is demanded, served, left unmet or spare, and what it earns.
// The one statement of the rule: the step, the income shown and the players all read it
// (advance.ts sums the same rule in closed form between events).
import { D0, type Decimal } from './decimal';
import { HYPE_DECAY, HYPE_DECAY_UNMET, HYPE_FLOOR } from './formulas';
import { netPrice } from './power-sources';
import { resold } from './cloud';
import { restingHype, type Loyalty } from './loyalty';
import type { Rates } from './rates';

export interface Market {
	demand: Decimal;
	/** Demand exceeds capacity: everything that can be served is. */
	soldOut: boolean;
	served: Decimal;
	/** Demand the lab cannot serve (0 when it can). */
	unmet: Decimal;
	/** Serving capacity left idle (0 when demand exceeds it). */
	spare: Decimal;
	/** Of it, what is resold as spot compute: the lab's own idle racks, not rented ones (cloud.ts). */
	resold: Decimal;
}

/** Demand this step, given the current hype. */
export function demand(r: Rates, hype: number): Decimal {
	return r.baseDemand.mul(1 + hype);
}

/** Hype once the lab can serve every customer: while sold out, latency holds hype below its
 * resting level (customers leave until demand is what the lab serves: latencyFloor); served, hype
 * relaxes back to it (loyal customers and the launch rush: loyalty.ts) and they return
 * (hypeAfter). What more capacity would sell, in time, is measured at this. */
export function returningHype(hype: number, l: Loyalty, reach: number): number {
	return Math.max(restingHype(l, reach), hype);
}

/** The last answer of soldOutHype: a step reads it several times with the same rates (the
 * market, hype's floor, advance's searches), and a Rates object never changes once made. */
let edgeOf: Rates | null = null;
let edgeValue = 0;

/** The hype at which demand equals capacity (Infinity with no demand at all). */
export function soldOutHype(r: Rates): number {
	if (r === edgeOf) return edgeValue;
	edgeValue = r.baseDemand.gt(0) ? r.capacity.div(r.baseDemand).toNumber() - 1 : Infinity;
	edgeOf = r;
	return edgeValue;
}

/**
 * Latency: while sold out, hype relaxes toward this level — customers leave until demand is
 * what the lab can serve (never below its `loyal` customers (loyalty.ts) when the lab could
 * serve them all, and never below HYPE_FLOOR: a lab with next to no serving capacity stays
 * sold out there).
 */
export function latencyFloor(r: Rates, loyal: number): number {
	return Math.max(HYPE_FLOOR, Math.min(loyal, soldOutHype(r)));
}

/** Hype after `k` steps in one regime: served, it relaxes to its resting level (spikes fade,
 * customers come back, loyal ones and the rush stay: loyalty.ts); sold out, it relaxes to the
 * latency floor and never passes it. */
export function hypeAfter(hype: number, l: Loyalty, r: Rates, soldOut: boolean, k: number): number {
	if (!soldOut) {
		const rest = restingHype(l, r.reach);
		return rest + (hype - rest) * Math.pow(HYPE_DECAY, k);
	}
	const floor = latencyFloor(r, l.loyal);
	return Math.max(floor, floor + (hype - floor) * Math.pow(HYPE_DECAY_UNMET, k));
}

/** Served, and demand takes all of the lab's own serving capacity (rented racks serve the
 * rest: cloud.ts resold), so nothing resells whatever the demand. Only where resale pays. */
export function ownBusy(r: Rates, hype: number): boolean {
	return (
		r.rentedServing.m !== 0 &&
		r.spotPrice.m !== 0 &&
		demand(r, hype).gte(r.capacity.sub(r.rentedServing))
	);
}

export function market(r: Rates, hype: number): Market {
	const d = demand(r, hype);
	const soldOut = hype >= soldOutHype(r);
	const spare = soldOut ? D0 : r.capacity.sub(d);
	return {
		demand: d,
		soldOut,
		served: soldOut ? r.capacity : d,
		unmet: soldOut ? d.sub(r.capacity) : D0,
		spare,
		// Nothing resells where no one buys (every era but the Cloud, or resale turned off): the
		// demand card said "resold as spot compute" of Hyperscale's idle capacity, which earned 0.
		resold: soldOut || r.spotPrice.m === 0 ? D0 : resold(spare, r.rentedServing)
	};
}

/** Cash a step earns before costs: served tokens at the price (less the Edge swarm owners'
 * cut), the lab's own spare ones at the spot price. */
export function revenue(m: Market, r: Rates): Decimal {
	const sales = m.served.mul(netPrice(r));
	// Without spot resale (every era but the Cloud) the spare term is 0, and adding 0 returns
	// the sum as it was: skipped.
	return r.spotPrice.m === 0 ? sales : sales.add(m.resold.mul(r.spotPrice));
}

/** Why demand reads "customers −X%": hype below 0 is customers latency drove off while the lab
 * was sold out (latencyFloor: nothing else lowers hype); sold out they keep leaving, served they
 * come back (hypeAfter). Null with none lost. Playtest 9 read a bare "customers −32%" beside
 * spare capacity and guessed rivals. */
export interface LostCustomers {
	lost: number;
	returning: boolean;
	/** Sold out with customers waiting (customersWait): more leave. Neither this nor `returning`:
	 * at the latency floor, demand has fallen to what the lab serves and stays there. */
	leaving: boolean;
}

export function lostCustomers(m: Market, hype: number): LostCustomers | null {
	return hype < 0 ? { lost: -hype, returning: !m.soldOut, leaving: customersWait(m) } : null;
}

/** Unmet demand below this share of the demand is no wait: at the latency floor, demand has
 * fallen to what the lab serves and is sold out by a rounding. */
export const UNMET_SHOWN = 0.001;

/** Customers wait for tokens: sold out by more than a rounding of the demand (UNMET_SHOWN).
 * Dyson's Demand card read "0 tok/s unmet — latency burns hype, then customers" at the floor. */
export function customersWait(m: Pick<Market, 'soldOut' | 'unmet' | 'demand'>): boolean {
	return m.soldOut && m.unmet.gt(m.demand.mul(UNMET_SHOWN));
}

/** The demand bar: served and unmet demand as shares of the larger of demand and capacity. */
export function demandBar(m: Market, r: Rates): { served: number; unmet: number } {
	const span = m.demand.gt(r.capacity) ? m.demand : r.capacity;
	if (!span.gt(0)) return { served: 0, unmet: 0 };
	return { served: m.served.div(span).toNumber(), unmet: m.unmet.div(span).toNumber() };
}

/** Price of a million tokens, at the current tier. */
export function pricePerMillion(r: Rates): Decimal {
	return r.price.mul(1e6);
}
