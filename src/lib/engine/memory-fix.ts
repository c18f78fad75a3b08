// The buy the memory hints point at: the cheapest lot of one card that makes the model fit, and
// when the power runs no more chips, the power contract to sign first and the chips after
// (playtest 24 held a model for half an hour at "Add power first", when the $600 subpanel and
// 18 Gaming GPUs made it fit; the path was named only once the subpanel was signed by luck).
import type { EraContent } from '../content';
import { contractCost } from './actions';
import { cloneState } from './clone';
import { D0, type Decimal } from './decimal';
import { keptByRates } from './kept-by-rates';
import {
	farOutOfReach,
	memoryBuy,
	memoryNeed,
	rentFix,
	type MemoryNeed,
	type RentFix
} from './memory-buy';
import { mostMemoryPurchase } from './purchases';
import { rates, type Rates } from './rates';
import type { GameState } from './state';

/** The power to have on before the chips can make the model fit. */
export interface PowerFirst {
	/** The contract: one to sign, or (`building`) one signed and still being built. */
	contract: string;
	/** Its price to sign (zero when it is being built). */
	cost: Decimal;
	building: boolean;
	/** The cards' price, on their own (the fix's `cost` is the whole path's). */
	chips: Decimal;
}

/** The purchase the memory hints point at (memoryFix). */
export interface MemoryFix {
	hardwareId: string;
	/** How many of the card, the price of the whole path (the contract to sign first, if any, and
	 * the cards), and whether they make the model fit (false: no card closes the gap, and this is
	 * the one with the most memory per dollar). With `power`, `count` may be 0: the power alone
	 * makes the chips past it hold the model. */
	count: number;
	cost: Decimal;
	closes: boolean;
	/** The Cloud: the racks to rent that make it fit at once (rentFix), or null. */
	rent: RentFix | null;
	/** The power contract to have on first: no number of any card fits the model on today's power. */
	power: PowerFirst | null;
	/** With the path far out of reach of the cash (farOutOfReach): the card with the most memory
	 * per dollar the power can take now (mostMemoryPurchase, as auto-buy ranks them), when it is
	 * another; else null. Playtest 41 read the Fleet's "1,498 × Matrioshka shell, far out of
	 * reach" while auto-buy bought Stellar lifts, and could not tell which advice to follow. */
	meanwhile: string | null;
}

type Lot = Pick<MemoryFix, 'hardwareId' | 'count' | 'cost'>;

/** The cheapest lot of one card that closes the gap (`short`: some card's buy would move it). */
function cheapestLot(s: GameState, c: EraContent, r: Rates, need: MemoryNeed) {
	let lot: Lot | null = null;
	let short = false;
	for (const hw of c.era.hardware) {
		const m = memoryBuy(s, c, r, hw.id, 1, need);
		if (!m) continue;
		short = true;
		if (m.toClose === null || !m.toCloseCost) continue;
		if (!lot || m.toCloseCost.lt(lot.cost))
			lot = { hardwareId: hw.id, count: m.toClose, cost: m.toCloseCost };
	}
	return { lot, short };
}

/**
 * The buy that makes the model fit soonest: of the era's cards, the lot that closes the memory
 * gap for the least cash (the one the lab can afford first at any income); when no number of
 * any card closes it on today's power, the power contract and lot that do for the least cash in
 * all (powerFirst); else one of the card with the most memory per dollar the power can run. Null
 * when the model (and the one at the gate) fits, and on far sites. Playtest 4 held Ember-3 for
 * 8 minutes saving for the $1.4K card behind "Buy memory", when six $24 GPUs made it fit.
 */
export function memoryFix(
	s: GameState,
	c: EraContent,
	r: Rates,
	need: MemoryNeed = memoryNeed(s, c, r)
): MemoryFix | null {
	const { lot, short } = cheapestLot(s, c, r, need);
	if (!short) return null;
	const rent = rentFix(s, c, r, need);
	// With a lot that fits on today's power, only waiting for a contract being built may beat it
	// (the Garage's subpanel, signed: a $40K server lands after it, its 18 GPUs at once).
	const path = memo(r, `power:${!lot}:${need.need.toString()}`, () => powerFirst(s, c, need, !lot));
	const fix: Omit<MemoryFix, 'rent' | 'meanwhile'> | null =
		path && (!lot || path.cost.lt(lot.cost))
			? path
			: lot
				? { ...lot, closes: true, power: null }
				: null;
	const most = mostMemoryPurchase(s, c, r);
	if (!fix)
		return (
			most && {
				hardwareId: most.id,
				count: 1,
				cost: most.cost,
				closes: false,
				rent,
				power: null,
				meanwhile: null
			}
		);
	const far = farOutOfReach(fix.cost, s.cash) && most && most.id !== fix.hardwareId;
	return { ...fix, rent, meanwhile: far ? most.id : null };
}
const memo = keptByRates<Omit<MemoryFix, 'rent' | 'meanwhile'> | null>();

/**
 * The power to have on, then the lot of one card, that make the model fit for the least cash in
 * all: the contracts being built counted as on (waiting for one costs nothing), or (`sign`) one
 * more contract signed. Null when no such contract and lot do.
 */
function powerFirst(
	s: GameState,
	c: EraContent,
	need: MemoryNeed,
	sign: boolean
): Omit<MemoryFix, 'rent' | 'meanwhile'> | null {
	const built = cloneState(s);
	const building = Object.keys(s.power).filter((id) => s.power[id] > s.tick);
	for (const id of building) built.power[id] = s.tick;
	let best: Omit<MemoryFix, 'rent' | 'meanwhile'> | null = null;
	const consider = (t: GameState, power: Omit<PowerFirst, 'chips'>) => {
		const tr = rates(t, c);
		const { lot, short } = cheapestLot(t, c, tr, need);
		// Not short: with this power the chips the lab has hold the model.
		const chips: Lot | null = short
			? lot
			: { hardwareId: c.era.hardware[0].id, count: 0, cost: D0 };
		if (!chips) return;
		const cost = chips.cost.add(power.cost);
		if (!best || cost.lt(best.cost))
			best = { ...chips, cost, closes: true, power: { ...power, chips: chips.cost } };
	};
	if (building.length) consider(built, { contract: building[0], cost: D0, building: true });
	if (sign)
		for (const p of c.era.power) {
			if (p.id in s.power) continue;
			const t = cloneState(built);
			t.power[p.id] = s.tick;
			consider(t, { contract: p.id, cost: contractCost(c, p.id), building: false });
		}
	return best;
}
