// The Capacity planner (automation `match`): while a run trains, it keeps serving matched to
// demand as hype fades and rushes come, training the rest. It sets the share the Train ↔ Serve
// card's Match demand button would (matchDemandShare), never below the rule's floor, and only
// when demand leaves a band around the capacity: sold out (customers wait) or more than
// MATCH_BAND of the serving capacity idle. Inside the band it leaves the share alone, so a
// quiet stretch stays one closed-form segment (advance.ts stops where the band is left: the
// step at whose end the rule would act, as step() would find it).
import { demand, hypeAfter, soldOutHype } from './market';
import type { Loyalty } from './loyalty';
import { hasAutomation } from './prestige';
import { matchDemandShare, type Rates } from './rates';
import type { GameState } from './state';
import { firstTrue } from './cash-path';

/** Serving capacity idle beyond this share of demand is spare enough to train with. */
export const MATCH_BAND = 0.25;

/** Shares closer than this are the same share (whole percents apart or more otherwise). */
const SAME_SHARE = 0.005;

/** The rule is owned, on, and a run is training. */
export function matchActive(s: GameState): boolean {
	return !!s.run && s.meta.automation.match.on && hasAutomation(s, 'match');
}

/** The train share the planner holds at `hype`: Match demand's, at least the rule's floor. */
export function plannedShare(s: GameState, r: Rates, hype: number): number {
	return Math.max(s.meta.automation.match.floor, matchDemandShare(r, demand(r, hype)));
}

/** Whether the planner would change the share at `hype` (rates `r` at the share held now):
 * demand is out of the band, and the planned share is another. */
function wantsAt(s: GameState, r: Rates, hype: number): boolean {
	const soldOut = hype >= soldOutHype(r);
	if (
		!soldOut &&
		!demand(r, hype)
			.mul(1 + MATCH_BAND)
			.lt(r.capacity)
	)
		return false;
	return Math.abs(plannedShare(s, r, hype) - s.trainShare) > SAME_SHARE;
}

/** Whether the planner acts on this state (`r`: its rates). */
export function matchWants(s: GameState, r: Rates): boolean {
	return matchActive(s) && wantsAt(s, r, s.hype);
}

/**
 * Within a quiet stretch in one regime (`soldOut`), the first step index at whose end the
 * planner would act (hype after j + 1 steps leaves the band), or `limit`. Hype moves
 * monotonically toward its level in a regime, so demand leaves the band at most once.
 */
export function matchEdgeAt(
	s: GameState,
	r: Rates,
	l: Loyalty,
	soldOut: boolean,
	limit: number
): number {
	if (limit <= 0 || !matchActive(s)) return limit;
	return firstTrue(limit, (j) => wantsAt(s, r, hypeAfter(s.hype, l, r, soldOut, j + 1)));
}
