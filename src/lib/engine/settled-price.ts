// The price tier that earns the most once a launch rush has faded: each tier at the hype it
// settles to while the lab serves its demand (loyalty.ts restingHype, with the share of the rush
// that tier reaches). Playtest 23 switched to Premium on "Premium price would earn 57 % more now"
// just after a release, left for an hour and came back to an income 90 % lower: the rush had
// faded, and Cheap earned eleven times as much.
import type { EraContent, PriceTierDef } from '../content';
import type { Decimal } from './decimal';
import { restingHype, tierReach } from './loyalty';
import { market, revenue } from './market';
import { bestPriceTier, PRICE_ADVICE_GAIN, tierOutlook, type TierOutlook } from './market-outlook';
import { landedWith } from './memory-buy';
import type { GameState } from './state';

export interface SettledPrice {
	/** The tier that earns the most once hype has settled, and how much more than the tier that
	 * earns the most now would then (a share of it). */
	tier: PriceTierDef;
	gain: number;
	/** The same in cash per second, the card's figure. */
	more: Decimal;
	/** The tier that earns the most now. */
	now: PriceTierDef;
	/** Hype is above where it settles: a launch rush fading (false: customers who left coming
	 * back; playtest 24 read "in the rush" on a lab its customers had left). */
	rush: boolean;
	/** Hype is below where it settles: customers who left coming back. */
	away: boolean;
	/** Counted with the orders on the way landed (the lab the player leaves to, not today's). */
	cargo: boolean;
}

/** Cash per second a tier's sales come to once hype has settled at its resting level. */
function settledIncome(state: GameState, o: TierOutlook): Decimal {
	const reach = tierReach(state, o.tier, o.rates.share);
	return revenue(market(o.rates, restingHype(state.loyalty, reach)), o.rates);
}

/**
 * Null unless another tier than the one that earns the most now would earn at least
 * PRICE_ADVICE_GAIN more than it once hype has settled (a launch rush fading, or customers who
 * left coming back): the Lab says so beside the price advice, before the player leaves.
 */
export function settledPrice(
	state: GameState,
	content: EraContent,
	outlook: readonly TierOutlook[] = tierOutlook(state, content)
): SettledPrice | null {
	const now = bestPriceTier(outlook, state.priceTier);
	// A lab that leaves with chips or cargo on the way comes back to them landed: its settled
	// price is the landed fleet's (playtest 28 switched before a night away as told, and the away
	// report found another tier better once the night's cargo had arrived).
	const cargo = state.orders.length > 0;
	const lab = cargo ? landedWith(state, content, content.era.hardware[0].id, 0) : state;
	const settled = cargo ? tierOutlook(lab, content) : outlook;
	const nowThen = settled.find((o) => o.tier.id === now.tier.id)!;
	const nowIncome = settledIncome(lab, nowThen);
	let best = nowThen;
	let bestIncome = nowIncome;
	for (const o of settled) {
		const income = settledIncome(lab, o);
		if (income.gt(bestIncome.mul(1 + 1e-9))) [best, bestIncome] = [o, income];
	}
	if (best === nowThen) return null;
	const gain = nowIncome.gt(0) ? bestIncome.sub(nowIncome).div(nowIncome).toNumber() : Infinity;
	const rest = restingHype(state.loyalty, tierReach(state, now.tier, now.rates.share));
	const [rush, away] = [state.hype > rest, state.hype < rest];
	return gain >= PRICE_ADVICE_GAIN
		? { tier: best.tier, gain, more: bestIncome.sub(nowIncome), now: now.tier, rush, away, cargo }
		: null;
}
