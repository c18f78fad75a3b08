// Small view-model helpers: what the screens show, derived from a snapshot. Pure.
import { Decimal, demand, type GameState, type Rates } from '../engine';

export interface Flow {
	demand: Decimal;
	served: Decimal;
	/** Demand the lab cannot serve (0 when it can). */
	unmet: Decimal;
	/** Serving capacity left idle (0 when demand exceeds it). */
	spare: Decimal;
	tokensPerSec: Decimal;
	cashPerSec: Decimal;
}

export function flow(s: GameState, r: Rates): Flow {
	const d = demand(r, s.hype);
	const served = d.lt(r.capacity) ? d : r.capacity;
	const cashPerSec = served.mul(r.price).sub(r.costs);
	return {
		demand: d,
		served,
		unmet: d.gt(r.capacity) ? d.sub(r.capacity) : new Decimal(0),
		spare: r.capacity.gt(d) ? r.capacity.sub(d) : new Decimal(0),
		tokensPerSec: served,
		cashPerSec: s.cash.eq(0) && cashPerSec.lt(0) ? new Decimal(0) : cashPerSec
	};
}

/** A stock shown between steps: value + rate × fraction, never below zero. */
export function between(value: Decimal, perSec: Decimal, frac: number): Decimal {
	const v = value.add(perSec.mul(frac));
	return v.lt(0) ? new Decimal(0) : v;
}

/** Seconds until the training run is done at the current pace. */
export function runEta(s: GameState, r: Rates): number {
	if (!s.run || r.trainRate.lte(0)) return Infinity;
	return s.run.target.sub(s.run.progress).div(r.trainRate).toNumber();
}
