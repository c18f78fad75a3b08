// The Cloud's actions and its hourly bill (the rules are described in cloud.ts).
import type { EraContent } from '../content';
import type { ActionResult } from './actions';
import { quoteHardware } from './actions';
import { D0, type Decimal } from './decimal';
import { HOUR, rentalOf, rentCost } from './cloud';
import { pushNews } from './news';
import type { GameState } from './state';

/**
 * A rack's price for an hour: what one pod of its tier costs the lab now, over the era's
 * payback hours. The provider prices its racks at the going price of compute, and a pod gets
 * dearer with every one the lab owns (and in a chip shortage), so the rent follows the lab's
 * scale and buying always pays back in `payback` hours of renting. A flat price (6 % of the
 * pod's list price) was 17 hours of rent for the first pod and 13,657 for the 49th (one seed
 * of the probe's scripted player), so after the first release renting was all but free and
 * buying never paid back (playtest 3: "rent +10 at once"). A pod's price changes only at a
 * purchase, a delivery or an event, and an hour is billed at a known tick: fast-forward
 * stays exact.
 */
export function rentHourly(state: GameState, content: EraContent): Decimal {
	const def = rentalOf(content);
	const pod = def && quoteHardware(state, content, def.hardware, 1);
	return pod ? pod.cost.div(def.payback) : D0;
}

/** What a rack rented now was paid for its hour (the hour's bill over its racks): what giving
 * it back loses, pro rata, whatever the price of the next hour. A save from before the bill was
 * kept reads the price now. 0 with nothing rented. */
export function paidHourly(state: GameState, content: EraContent): Decimal {
	const r = state.rental;
	if (r.racks === 0) return D0;
	return r.paid.gt(0) ? r.paid.div(r.racks) : rentHourly(state, content);
}

/** Sets the number of rented racks. More racks pay now for the rest of the hour; fewer end now. */
export function rent(state: GameState, content: EraContent, racks: number): ActionResult {
	const def = rentalOf(content);
	if (!def) return { ok: false, reason: 'unknown-id' };
	if (!Number.isInteger(racks) || racks < 0 || racks > def.maxRacks)
		return { ok: false, reason: 'invalid-amount' };
	const r = state.rental;
	if (racks > r.racks) {
		// A new rental starts its own hour; added racks pay what is left of the current one.
		const left = r.racks === 0 ? HOUR : r.renewsAt - state.tick;
		const hourly = rentHourly(state, content);
		const cost = rentCost(hourly, racks - r.racks, left);
		if (state.cash.lt(cost)) return { ok: false, reason: 'not-enough-cash' };
		state.cash = state.cash.sub(cost);
		const before = paidHourly(state, content).mul(r.racks);
		r.paid = before.add(hourly.mul(racks - r.racks));
		if (r.racks === 0) r.renewsAt = state.tick + HOUR;
	} else if (racks < r.racks) {
		// Racks given back take their part of the hour's bill with them (not refunded).
		r.paid = racks === 0 ? D0 : paidHourly(state, content).mul(racks);
	}
	r.racks = racks;
	if (racks === 0) r.renewsAt = 0;
	return { ok: true };
}

/** At the turn of a paid hour: pays the next one, at the hour's price now, for as many racks
 * as the cash covers. */
export function renewRental(state: GameState, content: EraContent): boolean {
	const r = state.rental;
	if (r.racks === 0 || r.renewsAt > state.tick) return false;
	const hourly = rentHourly(state, content);
	const affordable = hourly.gt(0) ? Math.floor(state.cash.div(hourly).toNumber()) : r.racks;
	const racks = Math.min(r.racks, Math.max(0, affordable));
	if (racks < r.racks)
		pushNews(state, 'rental', {
			item:
				racks === 0
					? 'Cash ran short: the rented racks go back to the provider.'
					: `Cash ran short: ${r.racks - racks} rented racks go back to the provider.`
		});
	state.cash = state.cash.sub(hourly.mul(racks));
	r.racks = racks;
	r.paid = hourly.mul(racks);
	r.renewsAt = racks > 0 ? state.tick + HOUR : 0;
	return true;
}

/** Turns spot resale of spare capacity on or off. */
export function setResell(state: GameState, on: boolean): ActionResult {
	state.resell = on;
	return { ok: true };
}
