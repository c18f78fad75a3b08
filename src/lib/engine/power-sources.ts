// The bills of each era's own power sources, on top of the contracts (power-bill.ts): the Edge
// swarm's owners are paid a share of the price of every token their devices can serve while
// the swarm serves the model, and Dyson's panels cost an upkeep per kWh they collect, used or
// not (a share of the era's first contract's $/kWh at the grid's price level). Both change
// only when blocks or panels are bought, research lands or a model is released: constant
// between events.
import type { EraContent } from '../content';
import { D0, Decimal } from './decimal';
import { swarmOf } from './edge';
import { panelWatts, starOf } from './dyson';
import { moneyScale } from './money';
import { powerPriceIndex } from './power-bill';
import type { GameState } from './state';

/** Cash per second the swarm's owners are paid (`swarm`: tokens/s it can serve; `price`: cash
 * per token). 0 outside the Edge or while the swarm serves nothing. */
export function ownersPay(content: EraContent, swarm: Decimal, price: Decimal): Decimal {
	const def = swarmOf(content);
	return def && swarm.gt(0) ? swarm.mul(price).mul(def.ownerShare) : D0;
}

/** Cash per second the panels' upkeep costs (0 outside Dyson or without panels). */
export function panelUpkeep(state: GameState, content: EraContent): Decimal {
	const star = starOf(content);
	const watts = panelWatts(state, content);
	if (!star || watts === 0) return D0;
	const base = content.era.power[0]?.pricePerKwh ?? 0;
	return moneyScale(content)
		.mul(((watts / 1000) * base * star.upkeep) / 3600)
		.mul(powerPriceIndex(state, content));
}

/** The era's own sources' bill per second: the swarm's owners and the panels' upkeep. */
export function sourcesBill(
	state: GameState,
	content: EraContent,
	swarm: Decimal,
	price: Decimal
): Decimal {
	const pay = ownersPay(content, swarm, price);
	return pay.gt(0) ? pay : panelUpkeep(state, content);
}

/** For the Power card: the era's own source's part of the bill, and what it is (null where the
 * era has none or it costs nothing now). `share`: the owners' share of the token price;
 * `whole`: it is all of the bill as shown (the contracts' part under half a percent of it). */
export function sourceBillLine(
	state: GameState,
	content: EraContent,
	r: { swarm: Decimal; price: Decimal; powerCost: Decimal }
): { kind: 'owners' | 'panels'; cost: Decimal; share: number; whole: boolean } | null {
	const whole = (cost: Decimal) => r.powerCost.sub(cost).lte(r.powerCost.mul(0.005));
	const pay = ownersPay(content, r.swarm, r.price);
	if (pay.gt(0))
		return { kind: 'owners', cost: pay, share: swarmOf(content)!.ownerShare, whole: whole(pay) };
	const upkeep = panelUpkeep(state, content);
	return upkeep.gt(0) ? { kind: 'panels', cost: upkeep, share: 0, whole: whole(upkeep) } : null;
}
