// The Cloud's decision as a thoughtful player makes it: rent racks while the lab is short of
// capacity (sold out, or a run that more FLOP/s would finish sooner) and its income carries
// the bill, give them back when the bill outgrows what it may take of the income or a rented
// rack sits idle with nothing to train (rented racks are never resold; the lab's own idle
// racks resell all along). Used by the probe against the same player who never rents.
import type { EraContent } from '../content';
import { cloudView, flow, HOUR, rates, type GameState } from '../engine';
import type { Act } from './strategy';

/** Hours of the bill the cash must cover before another rack is rented. Since racks are priced
 * on the spot market (cloud-actions.ts rentHourly) the bill weighs more: with two hours the player
 * who never rents was 40.3 % later over fifteen seeds (blocks of five 63.3 / 51.2 / 17.5), with
 * one 121.9 % (120.3 / 139.7 / 128.6), with four 43.4 % (the probe's Cloud race, 2026-12-04). */
const CUSHION_HOURS = 1;
/** The most of the income the rent may take (per second, the bill spread over its hour). */
const RENT_SHARE = 0.5;

export function decideRental(s: GameState, c: EraContent, act: Act): void {
	const r = rates(s, c);
	const f = flow(s, r);
	const view = cloudView(s, c, r, f);
	if (!view) return;
	const room = f.cashPerSec.mul(HOUR * RENT_SHARE);
	const short = f.soldOut || s.run !== null;
	if (
		short &&
		view.bill.add(view.hourly).lte(room) &&
		s.cash.gte(view.hourly.mul(CUSHION_HOURS).add(view.oneMore))
	) {
		act({ type: 'rent', racks: view.racks + 1 });
	} else if (
		view.racks > 0 &&
		(view.bill.gt(room) ||
			(s.run === null && view.rentedIdle.gt(r.rentedServing.div(view.racks * 2))))
	) {
		act({ type: 'rent', racks: view.racks - 1 });
	}
}
