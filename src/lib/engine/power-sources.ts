// The bills of each era's own power sources, on top of the contracts (power-bill.ts): the Edge
// swarm's owners are paid a share of the price of every token their devices SERVE (the swarm's
// part of what is sold: it serves in proportion to its capacity), and Dyson's panels cost an
// upkeep per kWh they collect, used or not (a share of the era's first contract's $/kWh at the
// grid's price level). The owners' cut is a share of the sales (rates.ts netPrice), constant
// between events like the panels' upkeep, so the cash path keeps its closed form; paid on
// tokens sold, it can never exceed what the swarm earns (issue #17: paid on what the swarm
// could serve, one block at 100,000× demand cost 1675 % of revenue and left the lab at $0).
import type { EraContent } from '../content';
import { D0, Decimal } from './decimal';
import { swarmOf } from './edge';
import { panelWatts, starOf } from './dyson';
import { moneyScale } from './money';
import { powerPriceIndex } from './power-bill';
import type { GameState } from './state';

/** The share of the sales the swarm's owners are paid: their share of the price on the swarm's
 * part of the tokens served (`swarm` of `capacity` tokens/s). 0 outside the Edge or while the
 * swarm serves nothing. */
export function ownersCut(content: EraContent, swarm: Decimal, capacity: Decimal): number {
	const def = swarmOf(content);
	if (!def || !swarm.gt(0) || !capacity.gt(0)) return 0;
	return def.ownerShare * Math.min(1, swarm.div(capacity).toNumber());
}

/** What the lab keeps of a served token's price: all of it, but in the Edge, less the swarm
 * owners' cut of the sales. */
export function netPrice(r: { price: Decimal; ownersCut: number }): Decimal {
	return r.ownersCut > 0 ? r.price.mul(1 - r.ownersCut) : r.price;
}

/** Cash per second the swarm's owners are paid while `served` tokens/s are sold. */
export function ownersPay(served: Decimal, r: { price: Decimal; ownersCut: number }): Decimal {
	return r.ownersCut > 0 ? served.mul(r.price).mul(r.ownersCut) : D0;
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

/** The bill as the Power card and the probe count it: the contracts (and panels' upkeep) plus
 * the swarm's owners' pay on the `served` tokens/s. */
export function billNow(
	r: { powerCost: Decimal; price: Decimal; ownersCut: number },
	served: Decimal
): Decimal {
	return r.ownersCut > 0 ? r.powerCost.add(ownersPay(served, r)) : r.powerCost;
}

/** For the Power card: the era's own source's part of the bill, and what it is (null where the
 * era has none or it costs nothing now). `share`: the owners' share of the token price;
 * `whole`: it is all of the bill as shown (the contracts' part under half a percent of it).
 * `served`: tokens/s sold now. */
export function sourceBillLine(
	state: GameState,
	content: EraContent,
	r: { price: Decimal; powerCost: Decimal; ownersCut: number },
	served: Decimal
): { kind: 'owners' | 'panels'; cost: Decimal; share: number; whole: boolean } | null {
	const total = billNow(r, served);
	const whole = (cost: Decimal) => total.sub(cost).lte(total.mul(0.005));
	const pay = ownersPay(served, r);
	if (pay.gt(0))
		return { kind: 'owners', cost: pay, share: swarmOf(content)!.ownerShare, whole: whole(pay) };
	const upkeep = panelUpkeep(state, content);
	return upkeep.gt(0) ? { kind: 'panels', cost: upkeep, share: 0, whole: whole(upkeep) } : null;
}
