// Mars's light delay caps what far sites give the run under way (moon-mars.ts farToRun): a buy
// past the cap adds to the run only the room left under it, so a dear unit adds what a cheap
// one does. Said before the tap (playtest 28 bought a unit 200× dearer than one that added the
// same, and read so only after).
import type { EraContent, HardwareDef } from '../content';
import { D0, type Decimal } from './decimal';
import { farCap, farQuote, farUnitFlops } from './moon-mars';
import type { Rates } from './rates';
import type { GameState } from './state';

export interface FarCapBuy {
	/** Far FLOP/s the run can still take under the cap (0: Mars already gives it all). */
	room: Decimal;
	/** Far FLOP/s the buy brings: more than the room. */
	brings: Decimal;
	/** What the buy costs on Mars. */
	cost: Decimal;
	/** The cheapest card whose next unit on Mars fills the room too, and its price: one of it
	 * adds the run as much as this buy (null when this buy is that one unit). */
	same: { hardwareId: string; cost: Decimal } | null;
}

/**
 * `count` more units of a card on Mars, when the light delay holds back part of what they
 * bring to the run under way (null with no run, outside Moon and Mars, or when the run takes
 * all they bring).
 */
export function farCapBuy(
	s: GameState,
	c: EraContent,
	r: Rates,
	hardwareId: string,
	count: number
): FarCapBuy | null {
	const most = farCap(s, c);
	const hw = c.hardware.get(hardwareId);
	if (!most || !hw || count < 1) return null;
	// A far unit's FLOP/s, as rates count them (moon-mars.ts farFlops).
	const unit = (h: HardwareDef) => farUnitFlops(c, r.mult, h.flops);
	const room = most.gt(r.far) ? most.sub(r.far) : D0;
	const brings = unit(hw).mul(count);
	if (brings.lte(room)) return null;
	let same: FarCapBuy['same'] = null;
	for (const h of c.hardware.values()) {
		if (unit(h).lt(room) || (h.id === hardwareId && count === 1)) continue;
		const cost = farQuote(s, c, h.id, 1)!.cost;
		if (!same || cost.lt(same.cost)) same = { hardwareId: h.id, cost };
	}
	const cost = farQuote(s, c, hardwareId, count)!.cost;
	// No cheaper unit adds as much: the buy is the cheapest way to fill the room.
	if (same && !same.cost.lt(cost)) same = null;
	return { room, brings, cost, same };
}
