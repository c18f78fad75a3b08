// A run starts at the split the slider holds, which may be one Match demand set for a quiet
// spell long gone (playtest 14: a run started at 95 % training and income fell from
// $120Sept/s to $3.97Sept/s, nothing said). The run card says it before the tap.
import { market } from './market';
import { matchDemandShare } from './match-demand';
import { capacityAt, type Rates } from './rates';
import type { GameState } from './state';

export interface StartSplit {
	/** The train share the run would start at. */
	share: number;
	/** Of today's demand, what serving then covers (below 1). */
	covers: number;
	/** The most training that still serves it all (matchDemandShare). */
	match: number;
}

/** Below this share of demand served, the run card says so: training always serves less, and a
 * new game's first run at 50 % covers about half of it (that is the game, not a trap). */
export const START_SPLIT_WARN = 0.25;

/** Null while a run trains, or when the split the next run starts at still serves a quarter of
 * today's demand (START_SPLIT_WARN), or no split would serve it all (sold out at any share). */
export function startSplit(s: GameState, r: Rates): StartSplit | null {
	if (s.run || s.trainShare <= 0) return null;
	const demand = market(r, s.hype).demand;
	if (!demand.gt(0) || r.fullCapacity.lt(demand)) return null;
	const capacity = capacityAt(r, s.trainShare);
	const covers = capacity.div(demand).toNumber();
	if (covers >= START_SPLIT_WARN) return null;
	return { share: s.trainShare, covers, match: matchDemandShare(r, s.hype, s.loyalty) };
}
