// The bills of each era's own power sources, on top of the contracts (power-bill.ts). Each is a
// cut of the sales (rates.ts salesCut, netPrice): a share of the price of every token served,
// constant between events (it moves only with purchases, the tier, an event, a release), so
// the cash path keeps its closed form; paid on tokens sold, it never exceeds what they earn
// (issue #17: paid on what the Edge swarm could serve, one block at 100,000× demand cost 1675 %
// of revenue and left the lab at $0). A bill priced per kWh fades within an era in the late
// eras (research cuts the watts a token needs while the token's price climbs by decades); a
// cut of what is served holds its weight (issue #16: the bill 10–40 % of revenue).
// - The Edge: the swarm's owners are paid their share of the price of the tokens their devices
//   serve (the swarm's part of what is sold: it serves in proportion to its capacity).
// - Orbit: ground stations charge a downlink fee on every token sent down, a share of the
//   token's standard price: per token, so the cheap tier gives them more of its price.
// - Moon and Mars: the Earth relay takes a share of what every token the Moon serves sells for
//   (Mars's far sites only train: they pay none of it).
// - Hyperscale: a campus at a peak-priced site (the Metro edge) pays a premium on the share of
//   the lab's compute it carries: the city's peak price, as a share of the sales.
// - Dyson: the panels' station-keeping costs a share of what their watts earn (the sales times
//   the share of the fleet's draw the panels carry): cheap watts, paid in the swarm's time,
//   while a ring's kWh are billed by the contract. The rings' watts are drawn first (their kWh
//   cost next to nothing by then): panels carry only the draw beyond them, so panels that land
//   while the rings power every chip cost nothing (playtest 6 paid 12 % of its sales for
//   panels its chips did not need, until it moved the beam).
import { CAMPUSES, type EraContent } from '../content';
import { D0, Decimal } from './decimal';
import { swarmOf } from './edge';
import { orbitOf } from './orbit';
import { farOf } from './moon-mars';
import { panelWatts, starOf } from './dyson';
import { campusCut, type CampusFleet } from './hyperscale';
import { eventEffect } from './world-events';
import type { GameState } from './state';

/** The most of the sales an era's own source can take: the lab always keeps the rest. */
export const MAX_CUT = 0.6;

/** The share of the sales the swarm's owners are paid: their share of the price on the swarm's
 * part of the tokens served (`swarm` of `capacity` tokens/s). 0 outside the Edge or while the
 * swarm serves nothing. */
export function ownersCut(content: EraContent, swarm: Decimal, capacity: Decimal): number {
	const def = swarmOf(content);
	if (!def || !swarm.gt(0) || !capacity.gt(0)) return 0;
	return def.ownerShare * Math.min(1, swarm.div(capacity).toNumber());
}

/** Orbit's downlink fee as a share of the price the lab asks now: the fee is per token, so a
 * price `priceMult` times the standard one (the tier's, an event's) gives it `fee / priceMult`. */
export function feeCut(fee: number, priceMult: number): number {
	return priceMult > 0 ? Math.min(MAX_CUT, fee / priceMult) : MAX_CUT;
}

/** Dyson's station-keeping as a share of the sales: the upkeep times the share of the fleet's
 * `draw` the panels' beamed watts carry, the draw beyond the `rings`' watts (0 outside Dyson,
 * without panels beaming, or while the rings cover the draw). */
export function stationCut(
	state: GameState,
	content: EraContent,
	draw: Decimal,
	rings: Decimal = D0
): number {
	const star = starOf(content);
	if (!star || star.upkeep === 0) return 0;
	return Math.min(MAX_CUT, star.upkeep * panelsCarry(draw, rings, panelWatts(state, content)));
}

/** The share of the fleet's `draw` the panels' beamed `watts` carry: the draw beyond the
 * `rings`' watts, as far as they reach. */
function panelsCarry(draw: Decimal, rings: Decimal, watts: number): number {
	if (watts === 0 || !draw.gt(rings)) return 0;
	const beyond = draw.sub(rings);
	return (beyond.gt(watts) ? new Decimal(watts) : beyond).div(draw).toNumber();
}

/** Dyson's station-keeping, both ways it is said: `rate`, the share of what the panels' watts
 * earn (the star's upkeep; the star card), and `share`, the share of all the lab sells (the
 * rate times `carried`, the share of the chips' draw the beamed watts carry now, the rings' watts
 * the rest; the Power card, the rates' salesCut). Playtest 44 read the upkeep as 12 % on the star
 * card and 11 % on the Power card. Null outside Dyson. */
export function stationKeeping(
	state: GameState,
	content: EraContent,
	r: { powerDraw: Decimal; powered: Decimal; salesCut: number }
): { rate: number; carried: number; share: number } | null {
	const star = starOf(content);
	if (!star) return null;
	const watts = panelWatts(state, content);
	// What reaches the chips is the rings' watts and the beamed ones (dyson.ts withPanels).
	const carried = panelsCarry(r.powerDraw, r.powered.sub(watts), watts);
	return { rate: star.upkeep, carried, share: r.salesCut };
}

/** The share of the sales the era's own source takes now. `swarm` and `capacity`: tokens/s the
 * Edge swarm and the whole lab serve; `draw`: the watts the fleet draws; `campus` and
 * `compute`: Hyperscale's open campuses and the lab's FLOP/s. */
export function salesCut(
	state: GameState,
	content: EraContent,
	at: {
		swarm: Decimal;
		capacity: Decimal;
		draw: Decimal;
		/** Dyson: the rings' watts, drawn before the panels'. */
		rings?: Decimal;
		campus?: CampusFleet | null;
		compute?: Decimal;
	}
): number {
	if (at.campus && at.compute) return Math.min(MAX_CUT, campusCut(at.campus, at.compute));
	const orbit = orbitOf(content);
	if (orbit) {
		const tier = content.priceTiers.get(state.priceTier)!;
		return feeCut(orbit.downlink, tier.priceMult * (eventEffect(state)?.price ?? 1));
	}
	const far = farOf(content);
	if (far) return Math.min(MAX_CUT, far.relay);
	if (starOf(content)) return stationCut(state, content, at.draw, at.rings);
	return ownersCut(content, at.swarm, at.capacity);
}

/** What the lab keeps of a served token's price: all of it, less its own source's cut. */
export function netPrice(r: { price: Decimal; salesCut: number }): Decimal {
	return r.salesCut > 0 ? r.price.mul(1 - r.salesCut) : r.price;
}

/** Cash per second the era's own source takes while `served` tokens/s are sold. */
export function cutPay(served: Decimal, r: { price: Decimal; salesCut: number }): Decimal {
	return r.salesCut > 0 ? served.mul(r.price).mul(r.salesCut) : D0;
}

/** The bill as the Power card and the probe count it: the contracts plus the era's own source's
 * cut of the `served` tokens/s. */
export function billNow(
	r: { powerCost: Decimal; price: Decimal; salesCut: number },
	served: Decimal
): Decimal {
	return r.salesCut > 0 ? r.powerCost.add(cutPay(served, r)) : r.powerCost;
}

/** What the era's own source is, where it has one. */
export type SourceKind = 'owners' | 'downlink' | 'relay' | 'panels' | 'peak';

function sourceKind(content: EraContent): SourceKind | null {
	if (CAMPUSES[content.era.id]) return 'peak';
	if (swarmOf(content)) return 'owners';
	if (starOf(content)) return 'panels';
	if (orbitOf(content)) return 'downlink';
	return farOf(content) ? 'relay' : null;
}

/** For the Power card: the era's own source's part of the bill, and what it is (null where the
 * era has none or it costs nothing now). `share`: of the price of every token served (the
 * owners: of the swarm's tokens); `whole`: it is all of the bill as shown (the contracts' part
 * under half a percent of it). `served`: tokens/s sold now. */
export function sourceBillLine(
	content: EraContent,
	r: { price: Decimal; powerCost: Decimal; salesCut: number },
	served: Decimal
): { kind: SourceKind; cost: Decimal; share: number; whole: boolean } | null {
	const kind = sourceKind(content);
	const cost = cutPay(served, r);
	if (!kind || !cost.gt(0)) return null;
	const total = billNow(r, served);
	const share = kind === 'owners' ? swarmOf(content)!.ownerShare : r.salesCut;
	return { kind, cost, share, whole: total.sub(cost).lte(total.mul(0.005)) };
}
