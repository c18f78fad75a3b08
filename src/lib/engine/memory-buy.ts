// What a hardware buy does to a model that does not fit (playtest 3: five memory pools for 85 %
// of the cash moved memory 6.54 → 6.58 EB against a 12.8 EB need, and the card said nothing).
// The buy is counted as landed, with the orders already on the way, and the rates are read
// again: cards past the power hold nothing, campuses and hired racks keep what they hold.
import type { EraContent } from '../content';
import { quoteHardware } from './actions';
import { cloneState } from './clone';
import { Decimal } from './decimal';
import { buildsFar } from './moon-mars';
import { rack, rentalOf } from './cloud';
import { rentHourly } from './cloud-actions';
import { arrivalIn } from './orbit';
import { modelFootprint } from './purchases';
import { rates, type Rates } from './rates';
import { ordersRunning } from './throttle-after';
import { keptByRates } from './kept-by-rates';
import { gateWorse } from './models';
import { throttleAfter } from './throttle-after';
import { nextPowerTick } from './step';
import type { GameState } from './state';

/** More of one card than this is not quoted (a buy action takes at most 1e6: fleet-max.ts). */
export const MEMORY_BUY_QUOTE_MAX = 1e6;

export interface MemoryBuy {
	/** The model that must fit: the one at the launch gate when it is bigger, else the served one. */
	need: Decimal;
	/** The memory that holds it now (orders on the way landed), and with this buy. */
	before: Decimal;
	after: Decimal;
	/** The share of the model that fits now, and with this buy (at most 1). */
	fitBefore: number;
	fitAfter: number;
	/** This buy closes the gap. */
	closes: boolean;
	/** The share of its power the fleet runs at once the buy has landed (1: within the power):
	 * `after` is counted at it, as past the power every chip holds that share of its memory
	 * (rates.ts). The Fleet's power warning says the same throttle (throttleAfter) unless power
	 * being built lands first; the note says it so the two do not read as a contradiction
	 * (playtest 20 read "serves at 97%" under "the fleet runs at 26%"). */
	throttle: number;
	/** `before` is not the memory now: orders on the way change it when they land (Orbit's
	 * cargo past the power: playtest 5 read "35 % (37 % now)" beside a model that fit). */
	ordersMove: boolean;
	/** Of these cards, how many in all close the gap (null: more than MEMORY_BUY_QUOTE_MAX, or
	 * none ever will: they hold nothing past the power), and their price. */
	toClose: number | null;
	toCloseCost: Decimal | null;
	/** Why no number of them closes it (null when some does): 'power', cards past the power
	 * hold no model (playtest 6 read "No number of them makes it fit" under a card holding 5×
	 * the need, past the power); 'count', more than MEMORY_BUY_QUOTE_MAX would. */
	shortBy: 'power' | 'count' | null;
	/** Power is being built (a contract not yet on, or held up): 'power' speaks of today's power,
	 * and the note says the power on the way changes it (playtest 31 read "Add power first" on a
	 * card whose power line said "The power being built lands in 59s: it runs in full"). */
	powerBuilding: boolean;
	/** The model that must fit is the one waiting at the gate, not the one served (playtest 6
	 * read "the model serves at 55 %" while the served one ran at 97 %). */
	waiting: boolean;
}

const fit = (memory: Decimal, need: Decimal) =>
	memory.gte(need) ? 1 : memory.div(need).toNumber();

/** The lab with `count` more of `hardwareId` and the orders on the way landed (not paid for),
 * with the power contracts being built that are on by then (playtest 14 read "Sign power before
 * they land" of a campus cluster landing minutes after the turbines it had signed). */
export function landedWith(
	s: GameState,
	c: EraContent,
	hardwareId: string,
	count: number
): GameState {
	const t = cloneState(ordersRunning(s));
	let at = s.tick;
	for (const o of s.orders) at = Math.max(at, o.arrivesAt);
	t.hardware[hardwareId] = (t.hardware[hardwareId] ?? 0) + count;
	if (count > 0)
		at = Math.max(at, s.tick + arrivalIn(s, c, c.hardware.get(hardwareId)!.leadTime, count).last);
	for (const id in t.power) if (t.power[id] > t.tick && t.power[id] <= at) t.power[id] = t.tick;
	return t;
}

/** The memory with `count` more of `hardwareId` and the orders on the way landed. */
export function memoryWith(
	s: GameState,
	c: EraContent,
	hardwareId: string,
	count: number
): Decimal {
	const t = landedWith(s, c, hardwareId, count);
	return rates(t, c).memory;
}

/**
 * What buying `count` of `hardwareId` does to the memory a model needs: null when the model
 * (and the one at the gate) fits already, when the card holds no memory, and on far sites
 * (Moon and Mars count their own memory: moon-mars.ts).
 */
export function memoryBuy(
	s: GameState,
	c: EraContent,
	r: Rates,
	hardwareId: string,
	count: number,
	need: MemoryNeed = memoryNeed(s, c, r)
): MemoryBuy | null {
	const hw = c.hardware.get(hardwareId);
	if (!hw || hw.memory <= 0 || count < 1 || buildsFar(s, c)) return null;
	const key = `${hardwareId}:${count}:${need.need.toString()}`;
	return memo(r, key, () => measure(s, c, r, hardwareId, count, need));
}
const memo = keptByRates<MemoryBuy | null>();

/** The memory a model needs, and whether that model is the one waiting at the gate. */
export interface MemoryNeed {
	need: Decimal;
	waiting: boolean;
}

/** The memory the model to be served needs: the served one's, or the one waiting at the gate
 * when it is the bigger (`waiting`) and not worse (a worse one is to be discarded: gateWorse).
 * memoryBuy, memoryFix and rentFix measure against it unless told another (the run card's
 * planned model: planned-fit.ts). */
export function memoryNeed(s: GameState, c: EraContent, r: Rates): MemoryNeed {
	const gate = s.gate && !gateWorse(s) ? modelFootprint(c, r, s.gate) : null;
	const waiting = gate !== null && gate.gt(r.footprint);
	return { need: waiting ? gate! : r.footprint, waiting };
}

function measure(
	s: GameState,
	c: EraContent,
	r: Rates,
	hardwareId: string,
	count: number,
	{ need, waiting }: MemoryNeed
): MemoryBuy | null {
	const before = s.orders.length ? memoryWith(s, c, hardwareId, 0) : r.memory;
	if (before.gte(need)) return null;
	const landed = rates(landedWith(s, c, hardwareId, count), c);
	const after = landed.memory;
	const closes = after.gte(need);
	let toClose: number | null = count;
	let shortBy: MemoryBuy['shortBy'] = null;
	if (!closes) {
		const each = after.sub(before).div(count);
		const n = each.gt(0) ? need.sub(before).div(each).ceil() : null;
		// The count is checked once more: throttling past the power may leave it short.
		toClose = n && n.lte(MEMORY_BUY_QUOTE_MAX) ? n.toNumber() : null;
		if (toClose !== null && memoryWith(s, c, hardwareId, toClose).lt(need)) toClose = null;
		if (toClose === null)
			shortBy =
				n &&
				n.gt(MEMORY_BUY_QUOTE_MAX) &&
				throttleAfter(s, c, r, hardwareId, MEMORY_BUY_QUOTE_MAX) >= 1
					? 'count'
					: 'power';
	}
	const quote = toClose === null ? null : quoteHardware(s, c, hardwareId, toClose);
	return {
		need,
		before,
		after,
		fitBefore: fit(before, need),
		fitAfter: fit(after, need),
		closes,
		throttle: landed.throttle,
		ordersMove: !before.eq(r.memory),
		toClose,
		toCloseCost: quote ? quote.cost : null,
		shortBy,
		powerBuilding: Number.isFinite(nextPowerTick(s)),
		waiting
	};
}

/** Racks to rent that make the model fit at once, and what they cost an hour. */
export interface RentFix {
	racks: number;
	hourly: Decimal;
}

/**
 * The Cloud's own way to fit a model: rented racks bring their memory at once (cloud.ts rented).
 * The fewest racks that make the served model (or the bigger one at the gate) fit, and their
 * hour at today's rent; null outside the Cloud, when it fits, or past the racks the provider
 * rents. Playtest 17 read "cheapest way to fit it: 2 × GPU pod, $9.03T" holding $6.26T, when
 * two racks at about $390B an hour made it fit.
 */
export function rentFix(
	s: GameState,
	c: EraContent,
	r: Rates,
	{ need }: MemoryNeed = memoryNeed(s, c, r)
): RentFix | null {
	const def = rentalOf(c);
	const each = rack(c).memory;
	if (!def || !(each > 0)) return null;
	if (r.memory.gte(need)) return null;
	const racks = need.sub(r.memory).div(each).ceil().toNumber();
	if (!(racks > 0) || s.rental.racks + racks > def.maxRacks) return null;
	return { racks, hourly: rentHourly(s, c, r).mul(racks) };
}

/** Past this many times the cash, a price is out of reach in words (a price a few times the
 * cash is a matter of minutes of income, and reads as a plan). */
export const FAR_OUT = 1000;

/** Whether a price is far out of reach of the cash (the memory hints say so: playtest 5 read
 * "It takes 2.55e4 of them, $1.34e1291" holding $4e35 as a plan). */
export function farOutOfReach(cost: Decimal, cash: Decimal): boolean {
	return cost.gt(cash.mul(FAR_OUT));
}
