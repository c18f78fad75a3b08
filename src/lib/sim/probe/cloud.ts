// The Cloud's decision, probed: the active player who also rents (cloud-strategy.ts) against
// the same player who never does, from the era's start; and at sampled moments, whether
// renting, buying the same tier or neither brings the most over the next two hours.
import { eraContent } from '../../content';
import { cloudView, flow, rates, type GameState } from '../../engine';
import { decideRental } from '../cloud-strategy';
import { weigh, type Outcome } from './choices';
import { raceToGoal } from './constant';

/** Seconds from `from` to the goal for the active player, renting or not; Infinity past `limit`. */
export function cloudSecondsToGoal(from: GameState, rents: boolean, limit: number): number {
	return raceToGoal(from, limit, (s, c, act) => {
		if (rents) decideRental(s, c, act);
	});
}

/** A rental for a spike, as a thoughtful player rents: given back after half an hour (a
 * rented rack left idle earns nothing: it is never resold). */
const RENT_FOR = 1800;

/** Rent with the cash at hand, buy the rented tier with it, or neither (null outside the Cloud). */
export function rentOrBuy(s: GameState, secondsLeft: number): Outcome[] | null {
	const c = eraContent(s.eraId);
	const r = rates(s, c);
	const view = cloudView(s, c, r, flow(s, r));
	// Renting needs no purchase up front: a moment the cash cannot buy a pod still asks (buying
	// then does nothing, as neither).
	if (!view || s.cash.lt(view.oneMore)) return null;
	// As many racks as the lab has compute already (it doubles), with at most half the cash
	// (two hours of their bill) and as many as the provider has.
	const half = Math.max(1, Math.floor(s.cash.div(view.hourly).toNumber() / 2));
	const double = Math.ceil(r.compute.toNumber() / view.rackFlops);
	const racks = Math.min(view.maxRacks, view.racks + Math.min(half, double));
	const tier = c.era.hardware.find((h) => h.name === view.buyName)!.id;
	return weigh(
		s,
		secondsLeft,
		[
			{ option: 'none', actions: [] },
			{
				option: 'rent',
				actions: [
					{ at: 0, action: { type: 'rent', racks } },
					{ at: RENT_FOR, action: { type: 'rent', racks: view.racks } }
				]
			},
			{ option: 'buy', actions: [{ at: 0, action: { type: 'buy', hardware: tier, count: 'max' } }] }
		],
		2 * 3600
	);
}
