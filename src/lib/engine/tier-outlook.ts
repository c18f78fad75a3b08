// Each price tier's market with the rest of the lab as it is now: what the Market tab lists, what
// the price advice (market-outlook.ts) weighs, and the price a new era opens on (new-game.ts).
import type { EraContent, PriceTierDef } from '../content';
import type { Decimal } from './decimal';
import { market, revenue } from './market';
import { rentedServingAt, spotAtFleet } from './cloud';
import { capacityAt, rates, tierMarket, type Rates } from './rates';
import type { GameState } from './state';

export interface TierOutlook {
	tier: PriceTierDef;
	/** The market with this tier and everything else as it is now. */
	rates: Rates;
	demand: Decimal;
	/** Cash per second it would earn now before costs: min(its demand, capacity as it is now) ×
	 * its price, and the spare capacity resold at its spot price (market.ts revenue: playtest 8
	 * read "Cheap would earn 170 % more" in the Cloud, where the switch raised income 35 %). */
	income: Decimal;
}

/** Each price tier's share, demand and income, with the rest of the lab as it is now (with
 * `trainShare` given, the serving capacity at that split instead: priceAdvice's other case). */
export function tierOutlook(
	state: GameState,
	content: EraContent,
	trainShare?: number
): TierOutlook[] {
	const now = rates(state, content);
	const capacity = trainShare === undefined ? now.capacity : capacityAt(now, trainShare);
	return [...content.priceTiers.values()].map((tier) => {
		const listed = tierMarket(state, content, now.mult, tier);
		const r: Rates = {
			...now,
			...listed,
			capacity,
			rentedServing:
				trainShare === undefined ? now.rentedServing : rentedServingAt(now, trainShare),
			spotPrice: spotAtFleet(listed, now.fullCapacity.sub(now.rentedFull))
		};
		const m = market(r, state.hype);
		return { tier, rates: r, demand: m.demand, income: revenue(m, r) };
	});
}

/** The tier that would earn the most per second now (the current one on a tie). Short of
 * capacity a dearer tier pays only while its smaller demand still fills the capacity. */
export function bestPriceTier(outlook: readonly TierOutlook[], current: string): TierOutlook {
	let best = outlook.find((o) => o.tier.id === current) ?? outlook[0];
	for (const o of outlook) if (o.income.gt(best.income.mul(1 + 1e-9))) best = o;
	return best;
}

/** At `to` the lab would sell out where at `from` it does not: the switch earns more at once, but
 * the waits then burn hype and drive customers off (playtest 13). */
export function sellsOutAt(to: TierOutlook, from: TierOutlook): boolean {
	return to.demand.gt(to.rates.capacity) && !from.demand.gt(from.rates.capacity);
}

/** The price a new era opens on: the tier that earns the most, unless it would sell out where
 * `current` (the default, Standard) does not. Playtest 29: every era from Hyperscale on opened on
 * Standard beside "Premium would earn 70 % more"; the Garage's Cheap earns more but sells out, so
 * a new game stays on Standard and the Lab says why Cheap is a gamble. */
export function openingTier(outlook: readonly TierOutlook[], current: string): PriceTierDef {
	const from = outlook.find((o) => o.tier.id === current) ?? outlook[0];
	const best = bestPriceTier(outlook, current);
	return sellsOutAt(best, from) ? from.tier : best.tier;
}
