// The price that would make a lab at a loss pay its way. Playtest 44 came back after an hour in
// the Garage to a lab at a loss, and the away report's cash line said to let a researcher go,
// where one tap on another price made sales cover the costs again.
import type { EraContent, PriceTierDef } from '../content';
import { salesAndCosts, salesCover } from './cash-loss';
import type { Decimal } from './decimal';
import { sellsOutAt, tierOutlook } from './tier-outlook';
import type { GameState } from './state';

export interface PriceCover {
	/** The tier to switch to. */
	tier: PriceTierDef;
	/** Cash a second its sales would bring in now, the lab at work. */
	sales: Decimal;
}

/**
 * Another price tier at which sales would cover every cost now (power, salaries, rent), the lab
 * at work: a broke lab's researchers back and its power cut lifted, as they are once sales pay
 * them, so the bill weighed is the whole one. Of several, the one whose sales are largest. A tier
 * at which the lab would sell out where it does not now is left out: the waits then drive
 * customers off and the sales fall back (playtest 13). Null when the price the lab is on covers
 * the costs already, or no other tier would.
 */
export function priceCover(state: GameState, content: EraContent): PriceCover | null {
	const atWork: GameState = state.idle ? { ...state, idle: false } : state;
	const outlook = tierOutlook(atWork, content);
	const current = outlook.find((o) => o.tier.id === state.priceTier);
	if (!current || salesCover(salesAndCosts(atWork, content, current.rates))) return null;
	let best: PriceCover | null = null;
	for (const o of outlook) {
		if (o === current || sellsOutAt(o, current)) continue;
		const then = salesAndCosts(atWork, content, o.rates);
		if (salesCover(then) && (!best || then.sales.gt(best.sales)))
			best = { tier: o.tier, sales: then.sales };
	}
	return best;
}
