// Match demand (the Train ↔ Serve card's button, and the Capacity planner that holds it as
// demand moves): the most training whose serving covers the customers. While every one is
// served, customers driven off by waits come back (hype relaxes up to its resting level:
// market.ts hypeAfter), so it covers those coming back within MATCH_AHEAD too. Matched to
// today's demand alone, the whole-percent share often left no room at all: playtest 19 saw the
// card flip between "serves every customer" and a sliver of tok/s unmet as hype rose, and a
// sold-out sliver holds the customers off (latency) and costs the launch rush (loyalty.ts).
import { Decimal } from './decimal';
import { demand, hypeAfter } from './market';
import type { Loyalty } from './loyalty';
import { shareThatServes, type Rates } from './rates';

/** Steps of customers coming back that Match demand leaves room for: five minutes. Longer idles
 * compute a lab that lost most of its customers would train with (they come back over half an
 * hour and more); shorter, and the card reads sold out again a minute after the tap. */
export const MATCH_AHEAD = 300;

/**
 * The demand Match demand serves at `hype`: today's, or more while customers are coming back:
 * the demand MATCH_AHEAD steps on if every customer is served, as far as all of the compute
 * serves it (more than that no share serves: it is all of it serving). Never less than today's,
 * and it only falls as hype and the launch rush fall, so the planner's edge search stays
 * monotone (capacity-planner.ts).
 */
export function matchedDemand(r: Rates, hype: number, l: Loyalty): Decimal {
	const now = demand(r, hype);
	const ahead = hypeAfter(hype, l, r, false, MATCH_AHEAD);
	if (ahead <= hype) return now;
	return Decimal.max(now, Decimal.min(demand(r, ahead), r.fullCapacity));
}

/** Shares closer than this are the same share (whole percents apart or more otherwise). */
export const SAME_SHARE = 0.005;

export interface MatchDemand {
	/** The most training, in whole percent, whose serving covers the matched demand, so at most a
	 * percent of the compute idles past it; 0 when even all of it cannot. */
	share: number;
	/** It leaves room for customers coming back (the matched demand is above today's). */
	returning: boolean;
}

export function matchDemand(r: Rates, hype: number, l: Loyalty): MatchDemand {
	const matched = matchedDemand(r, hype, l);
	return {
		share: Math.floor(shareThatServes(r, matched) * 100 + 1e-9) / 100,
		returning: matched.gt(demand(r, hype))
	};
}

/** Match demand's share (matchDemand). */
export function matchDemandShare(r: Rates, hype: number, l: Loyalty): number {
	return matchDemand(r, hype, l).share;
}
