// The Cloud's decision as a thoughtful player makes it: rent racks while the lab is short of
// capacity and its income carries the bill, give them back when capacity sits idle (while
// racks are rented the lab's idle capacity does not resell). Used by the probe against the
// same player who never rents.
import type { EraContent } from '../content';
import { cloudView, flow, rates, type GameState } from '../engine';
import type { Act } from './strategy';

/** Hours of the rental bill the cash must cover before another rack is rented. */
const CUSHION_HOURS = 2;

export function decideRental(s: GameState, c: EraContent, act: Act): void {
	const r = rates(s, c);
	const f = flow(s, r);
	const view = cloudView(s, c, r, f);
	if (!view) return;
	const earns = f.cashPerSec.mul(3600).gt(view.bill.add(view.hourly));
	if (f.soldOut && earns && s.cash.gte(view.hourly.mul(CUSHION_HOURS).add(view.oneMore))) {
		act({ type: 'rent', racks: view.racks + 1 });
	} else if (view.racks > 0 && f.spare.gt(r.capacity.mul(0.3))) {
		act({ type: 'rent', racks: view.racks - 1 });
	}
}
