// What the Fleet and Lab screens show of the star: the panels, the next one's price, and the
// watts the Train ↔ Serve slider sends to each side.
import type { EraContent } from '../content';
import type { Decimal } from './decimal';
import { nextDysonTick, panelCost, panelsBuilding, panelWatts, starOf } from './dyson';
import type { Rates } from './rates';
import type { GameState } from './state';

export interface StarView {
	panels: number;
	/** Watts one panel collects, and all of them together. */
	panelWatts: number;
	/** Station-keeping: the share of what the panels' watts earn that keeps them on station. */
	upkeep: number;
	collected: number;
	/** Seconds from ordering a panel to its collecting; panels being built, their watts, and
	 * the seconds until the next batch lands (null while none is being built). */
	lead: number;
	building: number;
	coming: number;
	landsIn: number | null;
	nextCost: Decimal;
	canBuy: boolean;
	/** The fleet's draw over all its power (panels and rings): above 1, chips wait for watts. */
	drawShare: number;
	/** Watts the run and the customers get (the star's share, set by the slider). */
	toTraining: Decimal;
	toServing: Decimal;
}

export function starView(s: GameState, content: EraContent, r: Rates): StarView | null {
	const star = starOf(content);
	if (!star) return null;
	const cost = panelCost(s, content);
	const building = panelsBuilding(s);
	const used = r.powerDraw.lt(r.powerCapacity) ? r.powerDraw : r.powerCapacity;
	return {
		panels: s.dyson.panels,
		panelWatts: star.panelWatts,
		upkeep: star.upkeep,
		collected: panelWatts(s, content),
		lead: star.lead,
		building,
		coming: star.panelWatts * building,
		landsIn: s.dyson.building.length ? nextDysonTick(s) - s.tick : null,
		nextCost: cost,
		canBuy: s.cash.gte(cost),
		drawShare: r.powerCapacity.gt(0) ? r.powerDraw.div(r.powerCapacity).toNumber() : 0,
		toTraining: used.mul(r.trainShare),
		toServing: used.mul(1 - r.trainShare)
	};
}
