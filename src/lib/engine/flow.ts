// This step's market at a glance, with the resulting income: what the screens and reports show.
import { D0, Decimal } from './decimal';
import { market, revenue, type Market } from './market';
import type { Rates } from './rates';
import type { GameState } from './state';

export interface Flow extends Market {
	tokensPerSec: Decimal;
	cashPerSec: Decimal;
}

export function flow(s: GameState, r: Rates): Flow {
	const m = market(r, s.hype);
	const cashPerSec = revenue(m, r).sub(r.costs);
	return {
		...m,
		tokensPerSec: m.served,
		// Broke with costs above income: cash stays at zero (what cannot be paid is written off).
		cashPerSec: s.cash.eq(0) && cashPerSec.lt(0) ? D0 : cashPerSec
	};
}

/** A stock shown between steps: value + rate × fraction of a step, never below zero. */
export function between(value: Decimal, perSec: Decimal, frac: number): Decimal {
	const v = value.add(perSec.mul(frac));
	return v.lt(0) ? new Decimal(0) : v;
}
