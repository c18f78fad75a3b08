// The Capacity planner (automation `match`): while a run trains, it keeps serving matched to
// demand as hype fades and rushes come, training the rest. It sets the share the Train ↔ Serve
// card's Match demand button would (match-demand.ts), never below the rule's floor, and only
// when demand leaves a band around the capacity: sold out (customers wait) or more than
// MATCH_BAND of the serving capacity idle past the demand it matches. Inside the band it leaves
// the share alone, so a quiet stretch stays one closed-form segment (advance.ts stops where the
// band is left: the step at whose end the rule would act, as step() would find it).
import { hypeAfter, soldOutHype } from './market';
import { loyaltyAfter, type Loyalty } from './loyalty';
import { matchDemandShare, matchedDemand, SAME_SHARE } from './match-demand';
import { hasAutomation } from './prestige';
import type { Rates } from './rates';
import type { GameState } from './state';
import { firstTrue } from './cash-path';

/** Serving capacity idle beyond this share of demand is spare enough to train with. */
export const MATCH_BAND = 0.25;

/** The rule is owned, on, and a run is training. */
export function matchActive(s: GameState): boolean {
	return !!s.run && s.meta.automation.match.on && hasAutomation(s, 'match');
}

/** The train share the planner holds at `hype` and loyalty `l`: Match demand's, at least the
 * rule's floor. */
export function plannedShare(s: GameState, r: Rates, hype: number, l: Loyalty): number {
	return Math.max(s.meta.automation.match.floor, matchDemandShare(r, hype, l));
}

/** Whether the planner would change the share at `hype` and `l` (rates `r` at the share held
 * now): demand is out of the band, and the planned share is another. The band is measured
 * against the demand Match demand serves (matchedDemand): with customers coming back, it leaves
 * room for them, which is not idle capacity to train with. */
function wantsAt(s: GameState, r: Rates, hype: number, l: Loyalty): boolean {
	const soldOut = hype >= soldOutHype(r);
	if (
		!soldOut &&
		!matchedDemand(r, hype, l)
			.mul(1 + MATCH_BAND)
			.lt(r.capacity)
	)
		return false;
	return Math.abs(plannedShare(s, r, hype, l) - s.trainShare) > SAME_SHARE;
}

/** Whether the planner acts on this state (`r`: its rates). */
export function matchWants(s: GameState, r: Rates): boolean {
	return matchActive(s) && wantsAt(s, r, s.hype, s.loyalty);
}

/**
 * Within a quiet stretch in one regime (`soldOut`), the first step index at whose end the
 * planner would act (hype and loyalty after j + 1 steps leave the band), or `limit`. Hype moves
 * monotonically toward its level in a regime, and the matched demand with it (sold out, the
 * launch rush leaves too: it only falls), so demand leaves the band at most once.
 */
export function matchEdgeAt(
	s: GameState,
	r: Rates,
	l: Loyalty,
	soldOut: boolean,
	limit: number
): number {
	if (limit <= 0 || !matchActive(s)) return limit;
	return firstTrue(limit, (j) =>
		wantsAt(s, r, hypeAfter(s.hype, l, r, soldOut, j + 1), loyaltyAfter(l, soldOut, j + 1, r.reach))
	);
}
