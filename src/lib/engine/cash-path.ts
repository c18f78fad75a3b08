// Searches for advance (advance.ts): the first step at which a monotone condition turns true,
// and cash over a quiet segment in closed form (ENGINE.md: each threshold is computed, then
// checked by evaluating the rule at the step and the one before).
import { D0, Decimal } from './decimal';
import { HYPE_DECAY, HYPE_DECAY_UNMET } from './formulas';
import { restingHype } from './loyalty';
import { netPrice } from './power-sources';
import type { Rates } from './rates';
import type { GameState } from './state';

/** Σ q^i for i < m. */
export function geo(q: number, m: number): number {
	return (1 - Math.pow(q, m)) / (1 - q);
}

/** Smallest j in [lo, hi] with pred(j) true, given pred is monotone (false… then true… ) and pred(hi). */
function bisect(lo: number, hi: number, pred: (j: number) => boolean): number {
	while (lo < hi) {
		const mid = Math.floor((lo + hi) / 2);
		if (pred(mid)) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}

/**
 * The first j in [0, limit) with pred(j) true, or limit if none; pred must be monotone
 * (false… then true…). `estimate` (or a function giving it) is a closed-form guess: checked,
 * then refined by bisection.
 */
export function firstTrue(
	limit: number,
	pred: (j: number) => boolean,
	estimate?: number | (() => number | undefined)
): number {
	if (limit <= 0 || !pred(limit - 1)) return limit;
	let lo = 0;
	let hi = limit - 1;
	// A costly estimate comes as a function: most searches end above, finding nothing.
	const guess = typeof estimate === 'function' ? estimate() : estimate;
	if (guess !== undefined && Number.isFinite(guess)) {
		const g = Math.min(Math.max(0, Math.floor(guess)), limit - 1);
		// The estimate is exact but for rounding: look one step either side first.
		if (pred(g)) {
			if (g === 0 || !pred(g - 1)) return g;
			hi = g - 1;
		} else {
			if (g + 1 <= hi && pred(g + 1)) return g + 1;
			lo = g + 1;
		}
	}
	return bisect(lo, hi, pred);
}

/**
 * Cash over the next steps of a quiet segment: cash + a·m + b·Σq^i (b carries the decaying hype
 * income), searched up to `lim` steps (lowered as thresholds are found). A class rather than
 * closures: quietSteps runs at every event.
 */
export class CashPath {
	private turnAt = -1; // found on first use
	private peak = -1; // found on first use: most segments search no threshold
	constructor(
		readonly cash: Decimal,
		readonly a: Decimal,
		readonly b: Decimal,
		readonly q: number,
		public lim: number
	) {}
	cashAt(m: number): Decimal {
		const flat = this.cash.add(this.a.mul(m));
		// Adding b's term when b is 0 returns the sum as it was: skipped (sold out, b is 0).
		return this.b.m === 0 ? flat : flat.add(this.b.mul(geo(this.q, m)));
	}
	/** Net income in step i; it moves one way: falls when hype fades (b > 0), rises when customers come back (b < 0). */
	incomeAt(i: number): Decimal {
		return this.b.m === 0 ? this.a : this.a.add(this.b.mul(Math.pow(this.q, i)));
	}
	/** Where a + b·q^i changes sign: a guess for the income searches (they check it). */
	private signChange(): number {
		return Math.log(-this.a.div(this.b).toNumber()) / Math.log(this.q);
	}
	/**
	 * A guess for the first j in [lo, hi) whose cash after j + 1 steps is at or above `level`
	 * (below it, with `up` false), cash moving one way over the range: the same sum in plain
	 * numbers relative to the level or the cash, bisected. firstTrue checks it in Decimals.
	 */
	estimate(level: Decimal, lo: number, hi: number, up: boolean): number | undefined {
		const scale = level.gt(0) ? level : this.cash.gt(0) ? this.cash : null;
		if (!scale) return undefined;
		const c = this.cash.sub(level).div(scale).toNumber();
		const a = this.a.div(scale).toNumber();
		const b = this.b.div(scale).toNumber();
		const q = this.q;
		// Without the hype term cash moves by a each step: the crossing in one division.
		if (b === 0) return Math.min(hi, Math.max(lo, Math.ceil(-c / a) - 1));
		while (lo < hi) {
			const mid = Math.floor((lo + hi) / 2);
			const v = c + a * (mid + 1) + b * geo(q, mid + 1);
			if (up ? v >= 0 : v < 0) hi = mid;
			else lo = mid + 1;
		}
		return lo;
	}
	/** The first step whose income is positive. */
	turn(): number {
		if (this.turnAt < 0)
			this.turnAt = firstTrue(
				this.lim,
				(i) => this.incomeAt(i).gt(0),
				() => this.signChange()
			);
		return this.turnAt;
	}
	/**
	 * Lowers `lim` to the step in which cash first reaches `threshold` (and, given `floor`,
	 * that step's income is at least `floor`), and returns it. Falling income: cash rises until
	 * income turns non-positive, then falls: search up to that peak; the income condition only
	 * turns false, so it is checked at the cash crossing. Rising income: cash rises from the
	 * turn on and both conditions turn true once.
	 */
	reaches(threshold: Decimal, floor?: Decimal): number {
		const lim = this.lim;
		let at: number;
		if (this.b.lt(0)) {
			const from = Math.min(this.turn(), lim);
			at = firstTrue(
				lim,
				(j) =>
					j >= from && this.cashAt(j + 1).gte(threshold) && (!floor || this.incomeAt(j).gte(floor)),
				() => this.estimate(threshold, from, lim, true)
			);
		} else {
			if (this.peak < 0)
				this.peak = this.a.lt(0)
					? firstTrue(
							lim,
							(i) => this.incomeAt(i).lte(0),
							() => this.signChange()
						)
					: lim;
			at = firstTrue(
				this.peak,
				(j) => this.cashAt(j + 1).gte(threshold),
				() => this.estimate(threshold, 0, this.peak, true)
			);
			if (at >= this.peak || (floor && !this.incomeAt(at).gte(floor))) at = lim;
		}
		if (at < lim) this.lim = at;
		return this.lim;
	}
}

/**
 * The terms of cash over a quiet segment that depend on the rates only: `a` (net income per
 * step) sold out and served, and `demandMargin` (base demand × what a served token earns over
 * a spot one; b is it × hype). Served with the lab's own racks all busy (`ownBusy`, market.ts)
 * nothing resells: a served token earns the full price. Kept for the last rates: advance asks
 * at every segment, and the regime flips back and forth with the same rates.
 */
export function cashTerms(
	r: Rates,
	unmet: boolean,
	ownBusy = false
): { a: Decimal; demandMargin: Decimal } {
	let t = terms;
	if (t.r !== r) terms = t = { r, unmet: null, served: null, busy: null };
	if (unmet) return (t.unmet ??= { a: r.capacity.mul(netPrice(r)).sub(r.costs), demandMargin: D0 });
	if (ownBusy) {
		if (!t.busy) {
			const demandMargin = r.baseDemand.mul(netPrice(r));
			t.busy = { a: demandMargin.sub(r.costs), demandMargin };
		}
		return t.busy;
	}
	if (!t.served) {
		// Served demand earns the price (less the swarm owners' cut); spare capacity (demand met)
		// earns the spot price.
		// Rented serving capacity is never resold (cloud.ts resold).
		const demandMargin = r.baseDemand.mul(netPrice(r).sub(r.spotPrice));
		const resale = r.rentedServing.m === 0 ? r.capacity : r.capacity.sub(r.rentedServing);
		t.served = {
			a: demandMargin.add(resale.mul(r.spotPrice)).sub(r.costs),
			demandMargin
		};
	}
	return t.served;
}
type Terms = { a: Decimal; demandMargin: Decimal };
let terms: { r: Rates | null; unmet: Terms | null; served: Terms | null; busy: Terms | null } = {
	r: null,
	unmet: null,
	served: null,
	busy: null
};

/**
 * Cash over the next `lim` steps of one regime (sold out: `unmet`; served with the lab's own racks
 * all busy: `busy`): served, demand is baseDemand × (1 + rest + (hype − rest)·q^i), hype relaxing
 * to its resting level (loyal customers and the launch rush: loyalty.ts), so `a` carries the
 * resting demand and `b` the part that fades (or, below it, the customers coming back).
 */
export function quietCash(
	s: Pick<GameState, 'cash' | 'hype' | 'loyalty'>,
	r: Rates,
	unmet: boolean,
	busy: boolean,
	lim: number
): CashPath {
	const { a, demandMargin } = cashTerms(r, unmet, busy);
	if (unmet) return new CashPath(s.cash, a, D0, HYPE_DECAY_UNMET, lim);
	const rest = restingHype(s.loyalty, r.reach);
	// With no resting level above 0, `a` is the rates' own (adding 0 would return it unchanged).
	const resting = rest === 0 ? a : a.add(demandMargin.mul(rest));
	return new CashPath(s.cash, resting, demandMargin.mul(s.hype - rest), HYPE_DECAY, lim);
}
