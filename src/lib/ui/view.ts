// Small view-model helpers for the screens. Pure.
import { Decimal, type GameState, type Rates } from '../engine';

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
