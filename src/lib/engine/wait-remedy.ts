// What the away report tells a lab whose customers left over waits. Playtest 29 read "Cheap
// price would earn 169% more" and, two lines on, "Add compute, or price higher": the second
// line weighed no price at all.
import type { EraContent } from '../content';
import { priceAdvice, serveMore, tierOutlook, type TierOutlook } from './market-outlook';
import type { GameState } from './state';

/** `serve`: send the run less of the compute (`train-less`), or, with nothing training, add
 * capacity (market-outlook.ts serveMore, as soldOutRemedy). `priceHigher`: a dearer tier would earn at least what the price
 * earns now, and the price advice points to no cheaper one. */
export interface WaitRemedy {
	serve: 'train-less' | 'add-capacity';
	priceHigher: boolean;
}

export function waitRemedy(
	state: GameState,
	content: EraContent,
	outlook: readonly TierOutlook[] = tierOutlook(state, content)
): WaitRemedy | null {
	const current = outlook.find((o) => o.tier.id === state.priceTier);
	if (!current) return null;
	const { serve, higher } = serveMore(outlook, current);
	const advice = priceAdvice(state, content, outlook);
	const cheaper = !!advice && advice.tier.priceMult < current.tier.priceMult;
	return { serve, priceHigher: higher && !cheaper };
}
