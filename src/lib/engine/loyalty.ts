// Loyal customers (issue 16): a launch's rush of new customers, served in the minutes after the
// release, stays for the era as a lasting rise of demand; made to wait, it leaves as fast as
// latency burns hype. So serving right after a release and training on spare capacity later wins
// customers that a lab holding one split all era, sold out at each launch, loses. While served,
// hype relaxes to `loyal + reach × rush` (restingHype), which the rush turning loyal leaves
// where it was: advance's closed forms hold (market.ts hypeAfter, advance.ts).
import type { PriceTierDef } from '../content';
import { HYPE_DECAY_UNMET, playerShare } from './formulas';
import type { GameState } from './state';

/** Of a launch's spike of hype, the share that stays once its customers are served. */
export const RUSH_KEPT = 0.5;
/** The most loyal customers a lab wins in an era, as a share of demand before hype: each launch's
 * rush is what is left of it (a market has only so many customers to keep). */
export const LOYAL_MOST = 0.4;
/** Served, the share of the rush that turns loyal each step: most of it within the first ten
 * minutes after a launch (a time constant of five), far sooner than the spike fades. */
export const RUSH_PACE = 1 / 300;

export type Loyalty = GameState['loyalty'];

/** The level hype relaxes to while the lab serves its demand: loyal customers, and the part of
 * the rush still to be won that the price reaches (`reach`, rates.ts: it turns loyal). */
export function restingHype(l: Loyalty, reach: number): number {
	return l.loyal + reach * l.rush;
}

/**
 * Of a launch rush served, the customers a price tier reaches against the standard price: its
 * demand over the standard tier's, at most all of them (a dearer lab serves fewer of them, so
 * fewer stay; a cheaper one wins no more than the launch brought). `share`: the lab's market
 * share at the tier.
 */
export function tierReach(state: GameState, tier: PriceTierDef, share: number): number {
	if (tier.priceMult <= 1 && tier.demandMult >= 1) return 1;
	const caps = state.rivals.map((r) => r.capability);
	const standard = playerShare(state.model.capability, caps);
	return standard > 0 ? Math.min(1, (tier.demandMult * share) / standard) : 1;
}

/** The rush a launch brings: RUSH_KEPT of its spike, as far as LOYAL_MOST leaves room (models.ts
 * releaseGate). The rush turns loyal at most one for one, so loyal customers never pass it. */
export function addRush(l: Loyalty, spike: number): Loyalty {
	const room = Math.max(0, LOYAL_MOST - l.loyal - l.rush);
	return { loyal: l.loyal, rush: l.rush + Math.min(room, RUSH_KEPT * spike) };
}

/**
 * Loyalty after `k` steps in one regime: served, the rush turns loyal at RUSH_PACE, as many of
 * it as the price reaches (`reach`: restingHype stays where it was); sold out, it leaves at the
 * pace latency burns hype (HYPE_DECAY_UNMET). Loyal customers stay either way: sold out, hype
 * falls no lower than them unless capacity is lower still (market.ts latencyFloor).
 */
export function loyaltyAfter(l: Loyalty, soldOut: boolean, k: number, reach: number): Loyalty {
	if (l.rush === 0 || k === 0) return l;
	if (soldOut) return { loyal: l.loyal, rush: l.rush * Math.pow(HYPE_DECAY_UNMET, k) };
	const left = l.rush * Math.pow(1 - RUSH_PACE, k);
	return { loyal: l.loyal + reach * (l.rush - left), rush: left };
}

/** Below this share (a twentieth of a percent) loyalty reads as none. */
const SEEN = 0.0005;

export interface LoyaltyView {
	/** Demand's lasting rise this era, as a share of demand before hype (0.12: +12 %). */
	loyal: number;
	/** The launch rush still to be won at the current price, as the same share (0 when none is
	 * left to speak of). */
	rush: number;
	/** Sold out: the rush is leaving (it stays only while every customer is served). */
	losing: boolean;
}

/** The Demand card's loyalty line (null before any launch brought a rush). */
export function loyaltyView(s: GameState, reach: number, soldOut: boolean): LoyaltyView | null {
	const { loyal } = s.loyalty;
	const rush = s.loyalty.rush * reach >= SEEN ? s.loyalty.rush * reach : 0;
	if (loyal < SEEN && rush === 0) return null;
	return { loyal, rush, losing: soldOut && rush > 0 };
}
