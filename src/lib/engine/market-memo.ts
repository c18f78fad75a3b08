// The market's side of the rates (share, demand before hype, prices), remembered while its
// inputs stay the same: rates are derived after every purchase, and a
// purchase moves none of them. A hit returns what the same computation returned.
import type { EraContent, PriceTierDef } from '../content';
import type { Decimal } from './decimal';
import type { Multipliers } from './effects';
import type { GameState } from './state';
import { eventEffect } from './world-events';

export interface TierMarket {
	share: number;
	baseDemand: Decimal;
	price: Decimal;
	spotPrice: Decimal;
}

type Compute = (
	state: GameState,
	content: EraContent,
	mult: Multipliers,
	tier: PriceTierDef
) => TierMarket;

/** The inputs tierMarket reads: the content, the served model, the rivals' capabilities,
 * the tier, the event, the multipliers and spot resale (on or off). One entry: the last answer. */
interface Memo {
	content: EraContent;
	model: GameState['model'];
	rivals: number[];
	tier: PriceTierDef;
	event: unknown;
	mult: Multipliers;
	resell: boolean;
	compute: Compute;
	value: TierMarket;
}
let memo: Memo | null = null;

function sameRivals(state: GameState, caps: number[]): boolean {
	if (state.rivals.length !== caps.length) return false;
	for (let i = 0; i < caps.length; i++) if (state.rivals[i].capability !== caps[i]) return false;
	return true;
}

export function rememberMarket(
	state: GameState,
	content: EraContent,
	mult: Multipliers,
	tier: PriceTierDef,
	compute: Compute
): TierMarket {
	const event = eventEffect(state);
	const m = memo;
	if (
		m &&
		m.content === content &&
		m.compute === compute &&
		m.model === state.model &&
		m.tier === tier &&
		m.event === event &&
		m.mult === mult &&
		m.resell === state.resell &&
		sameRivals(state, m.rivals)
	)
		return m.value;
	const value = compute(state, content, mult, tier);
	memo = {
		content,
		model: state.model,
		rivals: state.rivals.map((r) => r.capability),
		tier,
		event,
		mult,
		resell: state.resell,
		compute,
		value
	};
	return value;
}
