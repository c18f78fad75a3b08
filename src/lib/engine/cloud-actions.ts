// The Cloud's actions and its hourly bill (the rules are described in cloud.ts).
import type { EraContent } from '../content';
import type { ActionResult } from './actions';
import { D0, type Decimal } from './decimal';
import { HOUR, rackTokens, rentalOf, rentCost, spotFactor, spotRateAt } from './cloud';
import { rates, type Rates } from './rates';
import { pushNews } from './news';
import type { GameState } from './state';

/**
 * A rack's price for an hour: what its capacity fetches on the spot market now (its tokens a
 * second at the spot market's rate, the one the lab's own idle capacity resells at, before the
 * glut of the lab's own fleet), times the provider's share (content/cloud.ts margin). Renting and reselling trade in one
 * market: when rivals are hungry for compute a rented rack is dear and the lab's idle racks
 * earn the most resold; when the lab leads the market, racks are cheap. The rate follows the
 * price of a token (capability, a price war) and the model's FLOP per token, so the rent keeps
 * its weight against the income all era. Priced at a pod's price over 12 hours it followed only
 * the pods owned, and the answer was always "rent the max while a run trains" (playtest 8: 16
 * racks at $1.8B/s against $59B/s of income). The share, the price and the model change only at
 * events, and an hour is billed at a known tick: fast-forward stays exact.
 */
export function rentHourly(
	state: GameState,
	content: EraContent,
	r: RentRates = rates(state, content)
): Decimal {
	return rentAt(state, content, r, spotFactor(r.share));
}

type RentRates = Pick<Rates, 'price' | 'share' | 'flopPerToken' | 'mult'>;

/**
 * The hour's base rate: the spot market's price of a rack's tokens of the served model before
 * its mood (rentHourly at spotFactor 1; the hour is this times spotFactor). It follows the model:
 * a better one's tokens sell dearer, a bigger one's take more FLOP each, so a rack serves fewer.
 * Playtest 19 saw the rent rise at a release while its "% of base rate" fell: the base had risen
 * with the model, and the card did not say it moved.
 */
export function rentBaseHourly(state: GameState, content: EraContent, r: RentRates): Decimal {
	return rentAt(state, content, r, 1);
}

function rentAt(state: GameState, content: EraContent, r: RentRates, factor: number): Decimal {
	const def = rentalOf(content);
	if (!def) return D0;
	const tier = content.priceTiers.get(state.priceTier)!;
	const spot = spotRateAt(content.era, r.price, factor, tier.priceMult);
	return spot.mul(rackTokens(content, r)).mul(HOUR * def.margin);
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
		r.billed = r.billed.add(cost);
		const before = paidHourly(state, content).mul(r.racks);
		r.paid = before.add(hourly.mul(racks - r.racks));
		if (r.racks === 0) {
			r.renewsAt = state.tick + HOUR;
			r.endsAt = leaseEnd(r.renewsAt, r.lease);
		}
	} else if (racks < r.racks) {
		// Racks given back take their part of the hour's bill with them (not refunded).
		r.paid = racks === 0 ? D0 : paidHourly(state, content).mul(racks);
	}
	r.racks = racks;
	if (racks === 0) r.renewsAt = r.endsAt = 0;
	return { ok: true };
}

/** The leases the Cloud card offers, in paid hours: 0 renews until the racks are given back. */
export const LEASES: readonly number[] = [0, 8, 1];

/** The bill at which a rental whose current hour ends at `renewsAt` goes back after `lease` paid
 * hours, the current one the first (0: never). A lease ends on a bill, so advance needs no
 * event of its own. */
function leaseEnd(renewsAt: number, lease: number): number {
	return lease > 0 ? renewsAt + (lease - 1) * HOUR : 0;
}

/**
 * Sets how many paid hours the rental runs before its racks go back by themselves, counting the
 * hour under way (0: it renews every hour until they are given back). Playtest 26 left one rack
 * renewing over nine hours away and came back to a bill that had turned its income to −$1T: a
 * lease of 8 is a night's rent, known before leaving. Later rentals keep the lease chosen.
 */
export function setLease(state: GameState, content: EraContent, hours: number): ActionResult {
	if (!rentalOf(content)) return { ok: false, reason: 'unknown-id' };
	if (!LEASES.includes(hours)) return { ok: false, reason: 'invalid-amount' };
	const r = state.rental;
	r.lease = hours;
	r.endsAt = r.racks > 0 ? leaseEnd(r.renewsAt, hours) : 0;
	return { ok: true };
}

/** At the turn of a paid hour: pays the next one, at the hour's price now, for as many racks
 * as the cash covers. */
export function renewRental(state: GameState, content: EraContent): boolean {
	const r = state.rental;
	if (r.racks === 0 || r.renewsAt > state.tick) return false;
	if (r.endsAt > 0 && state.tick >= r.endsAt) {
		pushNews(state, 'rental', {
			item: `The lease ran its ${r.lease === 1 ? 'hour' : `${r.lease} hours`}: the ${r.racks === 1 ? 'rented rack goes' : `${r.racks} rented racks go`} back to the provider.`
		});
		r.racks = 0;
		r.paid = D0;
		r.renewsAt = r.endsAt = 0;
		return true;
	}
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
	r.billed = r.billed.add(hourly.mul(racks));
	r.racks = racks;
	r.paid = hourly.mul(racks);
	r.renewsAt = racks > 0 ? state.tick + HOUR : 0;
	if (racks === 0) r.endsAt = 0;
	return true;
}

/** Turns spot resale of spare capacity on or off. */
export function setResell(state: GameState, on: boolean): ActionResult {
	state.resell = on;
	return { ok: true };
}
