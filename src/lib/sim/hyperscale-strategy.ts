// Hyperscale's decision as a thoughtful player makes it: build the next campus when it gives
// more FLOP/s per dollar than the best card (saving for it when three minutes of income
// reach it), at the cheap site when the permits' expected wait fits the player's horizon and
// no other cheap campus is still waiting on permits, else at the dear one; fund silicon once
// a campus is open. `dear-only` is the player who always builds now and
// never funds silicon; `ignore` never uses the card.
import type { EraContent } from '../content';
import {
	bestPurchase,
	Decimal,
	flow,
	hyperscaleView,
	rates,
	type Action,
	type ActionResult,
	type GameState,
	type HyperscaleView
} from '../engine';
import { powerHorizon } from './purchase-strategy';

type Act = (action: Action) => ActionResult;

export type CampusStyle = 'thoughtful' | 'dear-only' | 'ignore';

/** Seconds of income the player will wait to save for a campus. */
const SAVE_SECONDS = 180;

/** The site a thoughtful player picks for the next campus. */
export function siteFor(s: GameState, v: HyperscaleView): string {
	const [cheap, dear] = [...v.sites].sort((a, b) => a.pricePerKwh.cmp(b.pricePerKwh));
	// Power now when the last campus still waits for its permits, or when the permits would
	// take longer than the player plans ahead.
	const waiting = v.campuses.some((c) => c.phase === 'permits');
	return !waiting && cheap.expectedWait <= powerHorizon(s) ? cheap.id : dear.id;
}

/** Returns whether the player saves for a campus this round (then it buys no hardware). */
export function decideHyperscale(
	s: GameState,
	c: EraContent,
	act: Act,
	style: CampusStyle = 'thoughtful'
): boolean {
	if (style === 'ignore') return false;
	const r = rates(s, c);
	const v = hyperscaleView(s, c, r);
	if (!v) return false;
	if (style === 'thoughtful') fundSilicon(s, act, v);
	if (v.full) return false;
	// Worth more than the best card, per dollar?
	const card = bestPurchase(s, c, r);
	if (card) {
		const flops = new Decimal(c.hardware.get(card.id)!.flops * r.mult.compute);
		if (card.cost.gt(0) && v.nextFlops.div(v.nextCost).lt(flops.div(card.cost))) return false;
	}
	const site =
		style === 'dear-only'
			? [...v.sites].sort((a, b) => b.pricePerKwh.cmp(a.pricePerKwh))[0].id
			: siteFor(s, v);
	if (s.cash.gte(v.nextCost)) {
		act({ type: 'build-campus', site });
		return false;
	}
	const income = flow(s, r).cashPerSec;
	return income.gt(0) && s.cash.add(income.mul(SAVE_SECONDS)).gte(v.nextCost);
}

/** Funds the next generation once a campus is open: with insight when it holds twice the
 * price (research needs the rest), else with cash when the next campus is paid for too. */
function fundSilicon(s: GameState, act: Act, v: HyperscaleView): void {
	if (v.silicon.readyIn !== null || v.openWatts === 0) return;
	if (s.insight.gte(v.silicon.insight.mul(2))) act({ type: 'fund-silicon', pay: 'insight' });
	else if (s.cash.gte(v.silicon.cash.add(v.nextCost))) act({ type: 'fund-silicon', pay: 'cash' });
}
