// What the Fleet screen shows of the Cloud's decision: the rental, the purchase it competes
// with, and the spot market. Pure reads of the state.
import type { EraContent } from '../content';
import { quoteHardware } from './actions';
import { paidHourly, rentBaseHourly, rentHourly } from './cloud-actions';
import { D0, type Decimal } from './decimal';
import type { Flow } from './flow';
import { cloneState } from './clone';
import { netIncome } from './cash-trend';
import { rates, type Rates } from './rates';
import { throttleAfter } from './throttle-after';
import { runTimeLeft } from './run-plan';
import type { GameState } from './state';
import {
	HOUR,
	rack,
	rentalOf,
	rentCost,
	resold,
	resells,
	spotFactor,
	spotGlut,
	spotRate
} from './cloud';

export interface CloudView {
	racks: number;
	maxRacks: number;
	rackFlops: number;
	rackMemory: number;
	/** Per rack per hour now (what the next rack and the next hour cost), and the spot market's
	 * base rate it is `spotFactor` of (cloud-actions.ts rentBaseHourly: it moves with the model). */
	hourly: Decimal;
	baseHourly: Decimal;
	/** This hour's bill, as paid: every rented rack at the price it was paid at (0 with none). */
	bill: Decimal;
	/** The next hour's bill at today's price (0 with nothing rented), and whether it differs
	 * from this hour's (beyond rounding). */
	nextBill: Decimal;
	nextBillDiffers: boolean;
	/** A night away (NIGHT_HOURS) of the racks rented, at the next hour's price: they renew every
	 * hour whether the player is there or not (playtest 26 came back from nine hours to a bill
	 * that had turned a +24.5M/s income into −$1T). */
	nightBill: Decimal;
	/** The bills of a night away (NIGHT_HOURS) the rental pays: fewer when its lease ends first. */
	nightHours: number;
	/** The rental's lease in paid hours (0: it renews until given back; cloud-actions.ts LEASES),
	 * and the seconds until its racks go back by themselves (0 while nothing ends it). */
	lease: number;
	leaseEndsIn: number;
	/** The run under way needs longer than the lease has left, at today's pace (the racks
	 * counted): its seconds left, else null. Playtest 27's 8-hour lease ended two hours before its
	 * run, which then crawled for days on the lab's own racks, and nothing had said so. */
	runOutlastsLease: number | null;
	/** Seconds until the next hour is billed (0 with nothing rented). */
	renewsIn: number;
	/** What a rack given back now throws away: the rest of its paid hour (`renewsIn` seconds),
	 * never refunded (0 with nothing rented). The playtest un-rented with no warning. */
	forfeitOne: Decimal;
	/** The same for ten racks (what −10 throws away; 0 with fewer than ten rented). */
	forfeitTen: Decimal;
	/** What one more rack costs now (the rest of the current hour, or a full one). */
	oneMore: Decimal;
	/** What ten more racks cost now (a spike is met by tens of racks, not one tap each). */
	tenMore: Decimal;
	/** The same tier bought: its price now, its lead time, what its power adds to the bill an hour
	 * at today's grid price (a rented rack runs on the provider's), and the hours of renting one
	 * rack it takes to pay for itself, its power counted: Infinity when its power alone costs
	 * more than the rent (playtest 17 read "equals 21 hours of rent" and bought, and the bought
	 * pod's power took the income down). */
	buyName: string;
	buyCost: Decimal;
	buyLeadTime: number;
	buyPowerHourly: Decimal;
	payoffHours: number;
	/** Bought, it would run past the power: its power adds nothing to the bill because it, and
	 * the whole fleet with it, is throttled (playtest 18 read "$0 an hour … pays for itself in 16
	 * hours" beside "one bought: 0/s"): the card says so, and gives no payoff. */
	buyPastPower: boolean;
	resell: boolean;
	/** Tokens per second of rented capacity left idle (kept off the spot market: rented racks
	 * can't be resold), and of the lab's own idle capacity, which resells. */
	rentedIdle: Decimal;
	/** Some of the rented capacity idles now. */
	rentedIdles: boolean;
	/** Per million tokens (as the Market screen prices): now, or with resale off what it would be. */
	spotPerMillion: Decimal;
	/** The spot price against its base rate (the base follows the price of the lab's tokens): above
	 * 1 when rivals are hungry. */
	spotFactor: number;
	/** The lab's own idle capacity, resold (with resale on) and what it earns. */
	spare: Decimal;
	spotIncome: Decimal;
	/** The served model's memory fit with one rack given back, when that is less than now (it
	 * needs the racks' memory: serving slows to this share); null otherwise. */
	fitOneLess: number | null;
}

/** The served model's memory fit with one rented rack fewer (null when it does not drop). */
function fitWithOneLess(s: GameState, content: EraContent, r: Rates): number | null {
	if (s.rental.racks === 0) return null;
	const fewer = cloneState(s);
	fewer.rental.racks -= 1;
	const fit = rates(fewer, content).memoryFit;
	return fit < r.memoryFit - 1e-9 ? fit : null;
}

/** What one more of the rented tier, bought, adds to the power bill an hour now. */
function boughtPowerHourly(s: GameState, content: EraContent, r: Rates, id: string): Decimal {
	const x = cloneState(s);
	x.hardware[id] = (x.hardware[id] ?? 0) + 1;
	const more = rates(x, content).powerCost.sub(r.powerCost);
	return more.gt(0) ? more.mul(HOUR) : D0;
}

/** The header's income now, with one more rack rented (at once, its bill included) and with
 * one more of the rented tier bought (once it arrives): the decision in one line. The playtest
 * rented a rack and saw +$207M/s turn to -$16M/s only after. Apart from cloudView: the
 * scripted players read that at every decision. */
export interface RentOrBuyIncome {
	now: Decimal;
	rentOne: Decimal;
	buyOne: Decimal;
	/** What each does to the income: the card says the change, not only the new figure
	 * ("+105M/s" beside "+209M/s" read as a gain: playtest 9). */
	rentChange: Decimal;
	buyChange: Decimal;
	/** While a run trains: the seconds it has left now and with one more rack rented, at today's
	 * split (playtest 18 rated renting by cash alone while one rack cut its run from 1h 21m to
	 * minutes); null with no run. */
	run: { now: number; withRack: number } | null;
}

export function rentOrBuyIncome(
	s: GameState,
	content: EraContent,
	r: Rates,
	f: Flow
): RentOrBuyIncome | null {
	const def = rentalOf(content);
	if (!def) return null;
	const hourly = rentHourly(s, content, r);
	const now = netIncome(s, content, r, f);
	const rented = labIf(s, content, (x) => {
		x.rental.paid = x.rental.paid.add(hourly);
		x.rental.racks += 1;
	});
	const rentOne = rented.income;
	const buyOne = labIf(s, content, (x) => {
		x.hardware[def.hardware] = (x.hardware[def.hardware] ?? 0) + 1;
	}).income;
	const run = s.run
		? { now: runTimeLeft(s, r, content), withRack: runTimeLeft(rented.lab, rented.rates, content) }
		: null;
	return { now, rentOne, buyOne, rentChange: rentOne.sub(now), buyChange: buyOne.sub(now), run };
}

/** A copy of the lab changed by `change`, its rates and the header's income (netIncome). */
function labIf(
	s: GameState,
	content: EraContent,
	change: (x: GameState) => void
): { lab: GameState; rates: Rates; income: Decimal } {
	const lab = cloneState(s);
	change(lab);
	const r = rates(lab, content);
	return { lab, rates: r, income: netIncome(lab, content, r) };
}

export function cloudView(s: GameState, content: EraContent, r: Rates, f: Flow): CloudView | null {
	const def = rentalOf(content);
	if (!def) return null;
	const one = rack(content);
	const hourly = rentHourly(s, content, r);
	const hw = content.hardware.get(def.hardware)!;
	const buy = quoteHardware(s, content, def.hardware, 1);
	const buyCost = buy?.cost ?? D0;
	const buyPowerHourly = boughtPowerHourly(s, content, r, def.hardware);
	const saves = hourly.sub(buyPowerHourly);
	const left = s.rental.racks > 0 ? s.rental.renewsAt - s.tick : HOUR;
	// One price for the bill and what giving a rack back loses: the one the hour was paid at.
	const paid = paidHourly(s, content);
	// The rented racks' idle part: the spare the lab's own racks do not hold, resale on or off.
	const own = f.spare.sub(resold(f.spare, r.rentedServing));
	const nightHours = billsWithin(s.rental, NIGHT_HOURS);
	const leaseEndsIn = leaseLeft(s);
	const runLeft = s.run && leaseEndsIn > 0 ? runTimeLeft(s, r, content) : 0;
	const outlasts = leaseEndsWithin(s, runLeft) !== null;
	return {
		racks: s.rental.racks,
		maxRacks: def.maxRacks,
		rackFlops: one.flops * r.mult.compute,
		rackMemory: one.memory,
		hourly,
		baseHourly: rentBaseHourly(s, content, r),
		bill: paid.mul(s.rental.racks),
		nextBill: hourly.mul(s.rental.racks),
		nightBill: hourly.mul(s.rental.racks * nightHours),
		nightHours,
		lease: s.rental.lease,
		leaseEndsIn,
		runOutlastsLease: outlasts ? runLeft : null,
		nextBillDiffers: hourly.sub(paid).abs().gt(paid.mul(1e-9)),
		renewsIn: s.rental.racks > 0 ? left : 0,
		forfeitOne: s.rental.racks > 0 ? rentCost(paid, 1, left) : D0,
		forfeitTen: s.rental.racks >= 10 ? rentCost(paid, 10, left) : D0,
		oneMore: rentCost(hourly, 1, left),
		tenMore: rentCost(hourly, 10, left),
		buyName: hw.name,
		buyCost,
		buyLeadTime: hw.leadTime,
		buyPowerHourly,
		payoffHours: saves.gt(0) ? buyCost.div(saves).toNumber() : Infinity,
		buyPastPower: throttleAfter(s, content, r, def.hardware, 1) < 1,
		resell: s.resell,
		rentedIdle: own.gt(0) ? own : D0,
		rentedIdles: s.rental.racks > 0 && own.gt(0),
		spotPerMillion: (resells(s)
			? r.spotPrice
			: spotRate(content.era, r.price, r.share, content.priceTiers.get(s.priceTier)!.priceMult).mul(
					spotGlut(r.baseDemand, r.fullCapacity.sub(r.rentedFull))
				)
		).mul(1e6),
		spotFactor: spotFactor(r.share),
		spare: f.resold,
		spotIncome: f.resold.mul(r.spotPrice),
		fitOneLess: fitWithOneLess(s, content, r)
	};
}

/** Seconds until the rented racks go back by their lease, when that comes within `seconds` (a
 * run's time): null otherwise. Playtest 28 started a 19-hour run on an 8-hour lease from the Lab,
 * where nothing said the racks would go first. */
export function leaseEndsWithin(s: GameState, seconds: number): number | null {
	const left = leaseLeft(s);
	return left > 0 && seconds > left ? left : null;
}

/** Seconds until the rented racks go back by their lease (0: nothing rented, or no end). */
function leaseLeft(s: GameState): number {
	const r = s.rental;
	return r.racks > 0 && r.endsAt > 0 ? r.endsAt - s.tick : 0;
}

/** The hours of a night away the Cloud card prices the rented racks over. */
export const NIGHT_HOURS = 8;

/** The bills a rental pays over the next `hours` (one at each turn of the hour, the first at
 * `renewsAt`): none after the lease's end (cloud-actions.ts renewRental gives the racks back
 * there), none with nothing rented. */
function billsWithin(r: GameState['rental'], hours: number): number {
	if (r.racks === 0) return 0;
	return r.endsAt > 0 ? Math.max(0, Math.min(hours, (r.endsAt - r.renewsAt) / HOUR)) : hours;
}
