// This step's market at a glance: demand, what is served, what is left unmet or spare, and
// the resulting income. Derived from the state and its rates; used by the UI and reports.
import { D0, type Decimal } from './decimal';
import { demand, type Rates } from './rates';
import type { GameState } from './state';

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
	const spare = r.capacity.gt(d) ? r.capacity.sub(d) : D0;
	const cashPerSec = served.mul(r.price).add(spare.mul(r.spotPrice)).sub(r.costs);
	return {
		demand: d,
		served,
		unmet: d.gt(r.capacity) ? d.sub(r.capacity) : D0,
		spare,
		tokensPerSec: served,
		cashPerSec: s.cash.eq(0) && cashPerSec.lt(0) ? D0 : cashPerSec
	};
}
