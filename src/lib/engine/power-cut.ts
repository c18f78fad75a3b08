// Power that cannot be paid is cut, never a stall. While the lab is broke (cash ran out and
// the payroll was missed: `state.idle`), the grid powers only the chips the lab's income pays
// for: the serving chips its steady customers keep busy, in a run as between runs (chips past
// its customers, bought on a launch's spike or serving beside a run, draw power and sell
// nothing: left on, they kept a Garage at $0 for days of check-ins), and as many training chips
// as half of what serving earns still covers. Whenever a token sells for more than its power,
// the broke lab earns more than its bill, saves up, and the cut lifts once cash covers
// REHIRE_SECONDS of the salaries and of the power the cut saves (rehire.ts rehireCash). A token
// whose power costs more than its price no cut mends: the price or the power must change (the
// Power card says the cash never gets there). The researchers keep working while what serving
// earns also pays them (researchersPaid): a bill the lab cannot pay cuts power, not research.
// Everything here is read from the rates' inputs, which change only at events, so the cut is
// constant between events and advance stays exact.
import { D0, type Decimal, dmin } from './decimal';

/** The share of what serving earns (at demand without hype) the bill may take while broke. */
export const CUT_BILL_SHARE = 0.5;

export interface PowerCut {
	/** Share of the training chips that run (1: no cut). */
	training: number;
	/** Share of the serving chips that run (1: no cut): those steady customers keep busy. */
	serving: number;
	/** The busy share of the fleet the bill charges for, after the cut. */
	busy: number;
	/** The bill the cut saves per second (0 without a cut). */
	saves: Decimal;
	/** The bill after the cut. */
	bill: Decimal;
	/** Share of the lab's own chips that run (1: no cut): the Power card's line. */
	running: number;
}

/**
 * The cut while broke. `billAt(busy)`: the bill per second with `busy` of the fleet drawing
 * (serving chips idle for lack of memory draw nothing: busy = train + (1 − train) × fit).
 * `earns`: cash per second serving earns at base demand (capacity × price when sold out).
 * `servingUse`: the share of the serving chips steady customers keep busy (servingUse below).
 */
export function powerCut(
	broke: boolean,
	trainShare: number,
	memoryFit: number,
	earns: Decimal,
	billAt: (busy: number) => Decimal,
	servingUse = 1
): PowerCut {
	const { serve: serveAll, train } = busyDraw(trainShare, memoryFit);
	const busy = train + serveAll;
	const full = billAt(busy);
	const none = { training: 1, serving: 1, busy, saves: D0, bill: full, running: 1 };
	if (!broke) return none;
	const budget = earns.mul(CUT_BILL_SHARE);
	if (full.lte(budget)) return none;
	// The serving chips no steady customer keeps busy are off.
	const serving = Math.min(1, servingUse);
	const serve = serveAll * serving;
	const servingBill = billAt(serve);
	const withTraining = serving === 1 ? full : billAt(serve + train);
	const trainBill = withTraining.sub(servingBill);
	// Training chips share what is left of the budget once the serving chips are paid (the
	// bill is convex in the draw, cheapest contracts first: the cut bill stays within it).
	const left = budget.sub(servingBill);
	const training =
		trainShare <= 0
			? 1
			: left.lte(0) || !trainBill.gt(0)
				? 0
				: Math.min(1, Math.max(0, left.div(trainBill).toNumber()));
	const cutBusy = serve + training * train;
	const bill = training === 0 ? servingBill : training === 1 ? withTraining : billAt(cutBusy);
	return {
		training,
		serving,
		busy: cutBusy,
		saves: full.sub(bill),
		bill,
		running: chipsRunning(trainShare, training, serving)
	};
}

/** The shares of the fleet that draw power, by side: the serving chips the model's memory keeps
 * busy (those it idles draw nothing) and the training chips that run (`training`, `serving`: the
 * share of each the grid powers, 1 without a cut). */
export function busyDraw(
	trainShare: number,
	memoryFit: number,
	training = 1,
	serving = 1
): { serve: number; train: number } {
	return { serve: (1 - trainShare) * memoryFit * serving, train: trainShare * training };
}

/**
 * While broke, whether the researchers keep working: what serving earns (the cut's yardstick)
 * pays the cut bill and their salaries. A lab broke only by its power bill keeps researching
 * through the cut; one whose income cannot carry its payroll downs tools until cash is back.
 */
export function researchersPaid(earns: Decimal, cutBill: Decimal, salaries: Decimal): boolean {
	return salaries.gt(0) && earns.sub(cutBill).gte(salaries);
}

/** While broke, the share of the own serving chips (`ownServing` tokens/s) that base demand
 * beyond the swarm's (`demand`) keeps busy: powerCut switches the rest off. */
export function servingUse(broke: boolean, ownServing: Decimal, demand: Decimal): number {
	return broke && ownServing.gt(0) ? Math.max(0, demand.div(ownServing).toNumber()) : 1;
}

/** What serving earns per second at demand without hype: the cut's yardstick. */
export function servingEarns(capacity: Decimal, baseDemand: Decimal, price: Decimal): Decimal {
	return dmin(capacity, baseDemand).mul(price);
}

/** Share of the lab's own chips that run under a cut (1 without one): the Power card's line. */
export function chipsRunning(trainShare: number, training: number, serving: number): number {
	return (1 - trainShare) * serving + trainShare * training;
}

/** The Power card's cut line: the share of the lab's own chips that run while the power is
 * cut (null without a cut). */
export function powerCutShare(r: { chipsRunning: number }): number | null {
	return r.chipsRunning < 1 ? r.chipsRunning : null;
}
