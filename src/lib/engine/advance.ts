// advance(state, n): n steps at once, exact. Between events the rates are constant and the
// only moving parts have closed forms (ENGINE.md); at each event the plain step() runs, so
// the discrete rules live in one place. Live play and offline catch-up both come here.
//
// Exactness: the discrete outcome (which step each event happens in, every count and id) is
// the same as n calls of step(); stocks agree to ~1e-12 relative (closed-form sums instead of
// repeated addition). tests/unit/engine/advance.test.ts checks both with a 1e-9 tolerance.
import type { EraContent } from '../content';
import { D0, Decimal } from './decimal';
import { HYPE_DECAY, HYPE_DECAY_UNMET } from './formulas';
import { hypeAfter, latencyFloor, ownBusy, soldOutHype } from './market';
import { loyaltyAfter, restingHype, type Loyalty } from './loyalty';
import { netPrice } from './power-sources';
import { automationWaits } from './automation';
import { runEnd } from './edge';
import { runIsDone } from './models';
import { rates, rehireCash, runwayCash, type Rates } from './rates';
import { changing } from './rates-kept';
import type { GameState, Run } from './state';
import { nextScheduledTick, stepAndRates } from './step';
import { firstTrue, geo, quietCash } from './cash-path';
import { matchEdgeAt } from './capacity-planner';

/** The step index in which the run reaches `end`, its target (or limit). */
function runDoneAt(run: Run, rate: Decimal, limit: number, end: Decimal): number {
	return firstTrue(
		limit,
		(j) => runIsDone(run.progress.add(rate.mul(j + 1)), end),
		() => end.sub(run.progress).div(rate).toNumber() - 1
	);
}

/** The first step index whose hype puts it in the other regime (or limit). */
function regimeEndsAt(
	r: Rates,
	hype: number,
	l: Loyalty,
	soldOut: boolean,
	edge: number,
	limit: number
): number {
	if (soldOut) {
		// Sold out, hype relaxes toward the latency floor: met again only if the floor is the
		// loyal customers' level, below the edge.
		if (!(edge > l.loyal)) return limit;
		const floor = latencyFloor(r, l.loyal);
		return firstTrue(
			limit,
			(j) => hypeAfter(hype, l, r, true, j) < edge,
			Math.log((edge - floor) / (hype - floor)) / Math.log(HYPE_DECAY_UNMET)
		);
	}
	// Served with customers coming back (hype below its resting level and rising): sold out once
	// it reaches the edge.
	const rest = restingHype(l, r.reach);
	if (!(hype < rest && edge <= rest)) return limit;
	return firstTrue(
		limit,
		(j) => hypeAfter(hype, l, r, false, j) >= edge,
		Math.log((edge - rest) / (hype - rest)) / Math.log(HYPE_DECAY)
	);
}

/** Served, the first step index whose hype moves demand across the lab's own serving capacity
 * (market.ts ownBusy: past it nothing resells, rented racks serving the rest), or limit. Hype
 * moves monotonically toward its resting level (loyalty.ts), so it crosses at most once. */
function ownEdgeAt(r: Rates, hype: number, l: Loyalty, busy: boolean, limit: number): number {
	if (r.rentedServing.m === 0 || r.spotPrice.m === 0) return limit;
	const rest = restingHype(l, r.reach);
	const edge = r.capacity.sub(r.rentedServing).div(r.baseDemand).toNumber() - 1;
	const ratio = (edge - rest) / (hype - rest);
	return firstTrue(
		limit,
		(j) => ownBusy(r, hypeAfter(hype, l, r, false, j)) !== busy,
		ratio > 0 ? Math.log(ratio) / Math.log(HYPE_DECAY) : undefined
	);
}

export interface Quiet {
	/** Steps from now in which nothing discrete happens. */
	steps: number;
	unmet: boolean;
	/** Served with the lab's own racks all busy (market.ts ownBusy): nothing resells. */
	busy: boolean;
	/** Broke with no income to speak of: cash stays at zero. */
	stuck: boolean;
	/** Something may fall due in the step after the quiet ones (false: nothing is scheduled). */
	due: boolean;
}

/** How many of the next `limit` steps can be jumped over in closed form. */
export function quietSteps(state: GameState, content: EraContent, r: Rates, limit: number): Quiet {
	const edge = soldOutHype(r);
	const unmet = state.hype >= edge;
	const busy = !unmet && ownBusy(r, state.hype);
	// Automation acting at the end of this very step (it often buys two steps running): no search.
	const auto = automationWaits(state, content, r);
	// The step that ends on a scheduled tick applies it: that step is not quiet.
	const due = nextScheduledTick(state);
	if (auto.now) return { steps: 0, unmet, busy, stuck: false, due: state.tick + 1 >= due };
	let lim = Math.min(limit, due - state.tick - 1);
	if (state.run && r.trainRate.gt(0))
		lim = runDoneAt(state.run, r.trainRate, lim, runEnd(state, content, r.mult));
	if (lim > 0) lim = regimeEndsAt(r, state.hype, state.loyalty, unmet, edge, lim);
	if (lim > 0 && !unmet) lim = ownEdgeAt(r, state.hype, state.loyalty, busy, lim);
	// The Capacity planner acts at the end of the step in which demand leaves its band.
	if (lim > 0) lim = matchEdgeAt(state, r, state.loyalty, unmet, lim);
	if (lim <= 0) return { steps: 0, unmet, busy, stuck: false, due: state.tick + 1 >= due };

	// Cash over the next m steps: cash + a·m + b·Σq^i (b carries the decaying hype income).
	// Served demand earns the price (less the swarm owners' cut); spare capacity earns the spot price.
	const path = quietCash(state, r, unmet, busy, lim);
	const { a, b } = path;
	let stuck = false;
	if (state.cash.eq(0) && path.incomeAt(0).lte(0) && state.idle) {
		// Broke: cash stays at zero while income is not positive (for ever if it only falls).
		stuck = true;
		if (b.lt(0)) path.lim = path.turn();
	} else if (a.lt(0) || b.lt(0)) {
		// Cash would go below zero (payroll missed, or a write-off). It falls while income is
		// negative: from now on if income falls, until the turn if it rises.
		const falls = b.lt(0) ? path.turn() : path.lim;
		const below = firstTrue(
			falls,
			(j) => path.cashAt(j + 1).lt(0),
			() => path.estimate(D0, 0, falls, false)
		);
		if (below < falls) path.lim = below;
	}
	lim = path.lim;

	// Cash thresholds: idle researchers come back once cash covers their salaries and income
	// pays them (rehireDue); automation buys once cash reaches its next purchase.
	if (state.idle && lim > 0) {
		const threshold = rehireCash(r);
		// The first step in which either rehire condition holds (rehireDue).
		if (r.salaries.gt(0)) {
			path.reaches(runwayCash(r));
			lim = path.reaches(threshold, r.salaries);
		} else if (state.cash.gte(threshold))
			return { steps: 0, unmet, busy, stuck, due: state.tick + 1 >= due };
		else lim = path.reaches(threshold);
	}
	if (auto.cash && lim > 0) lim = path.reaches(auto.cash);
	return { steps: lim, unmet, busy, stuck, due: state.tick + lim + 1 >= due };
}

/** Applies k quiet steps in closed form. */
function flowSegment(state: GameState, r: Rates, quiet: Quiet): void {
	const k = quiet.steps;
	// Served, hype relaxes to its resting level (loyalty.ts): demand is baseDemand × (1 + rest +
	// (hype − rest)·q^i) in step i.
	const rest = restingHype(state.loyalty, r.reach);
	const served = quiet.unmet
		? r.capacity.mul(k)
		: r.baseDemand.mul(k * (1 + rest) + (state.hype - rest) * geo(HYPE_DECAY, k));
	state.tokens = state.tokens.add(served);
	// A zero rate adds zero, and adding zero returns the sum as it was: skipped.
	if (r.insightRate.m !== 0) state.insight = state.insight.add(r.insightRate.mul(k));
	// Rented serving capacity never resells; with the lab's own racks all busy, nothing does.
	const spot =
		quiet.unmet || quiet.busy || r.spotPrice.m === 0
			? D0
			: r.capacity.sub(r.rentedServing).mul(k).sub(served).mul(r.spotPrice);
	state.cash = quiet.stuck
		? D0
		: state.cash
				.add(served.mul(netPrice(r)))
				.add(spot)
				.sub(r.costs.mul(k));
	state.hype = hypeAfter(state.hype, state.loyalty, r, quiet.unmet, k);
	state.loyalty = loyaltyAfter(state.loyalty, quiet.unmet, k, r.reach);
	if (state.run) state.run.progress = state.run.progress.add(r.trainRate.mul(k));
	state.tick += k;
}

/** Advances the state by n steps (mutates and returns it). */
export function advance(state: GameState, content: EraContent, n: number): GameState {
	return changing(() => advanceSteps(state, content, n));
}

function advanceSteps(state: GameState, content: EraContent, n: number): GameState {
	let left = Math.max(0, Math.floor(n));
	let fresh: Rates | undefined; // this state's rates, when the last step handed them back
	while (left > 0) {
		const r = fresh ?? rates(state, content);
		fresh = undefined;
		const quiet = quietSteps(state, content, r, left);
		if (quiet.steps > 0) {
			flowSegment(state, r, quiet);
			left -= quiet.steps;
		}
		if (left > 0) {
			// A quiet segment changes no input of the rates (no purchase, no release, no tick
			// that brings power online), so the rates derived above still hold for this step.
			fresh = stepAndRates(state, content, r, quiet.due);
			left -= 1;
		}
	}
	return state;
}
