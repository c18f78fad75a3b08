// Dyson's rules (content/dyson.ts): panels that collect the star's power, billed by no contract
// (their station-keeping is a cut of the sales: power-sources.ts),
// and chips whose watts research no longer cuts. A panel ordered now collects `lead` seconds
// later: the batches being built land at their tick (applyDyson, nextDysonTick: advance
// stops there), nothing else moves between purchases.
import { STARS, type EffectTarget, type EraContent, type StarDef } from '../content';
import { D0, Decimal } from './decimal';
import type { Multipliers } from './effects';
import { bulkCost } from './formulas';
import { money } from './money';
import { pushNews } from './news';
import type { GameState } from './state';

export function starOf(content: EraContent): StarDef | null {
	return STARS[content.era.id] ?? null;
}

/** The share of the panels' watts beamed to the fleet: the player's beam while a run trains;
 * between runs all of it, for kept watts train only a run (collectorFlops), and a lab whose run
 * ended while its player was away kept its chips throttled for hours (playtest 22: income fell
 * 99 % in an hour). The slider keeps its place for the next run. */
export function beamShare(state: GameState): number {
	return state.run ? state.dyson.beam : 1;
}

/** What the watts kept at the star give the run under way, in the run's FLOP/s (research's
 * training speed-up counted, as trainRate counts it): 0 outside Dyson, between runs, and at a
 * full beam. The Lab's "FLOP/s to the run" says it apart, as it says Mars's part: playtest 41 read
 * the header's "91% training" beside the slider's 50 %, the kept watts training the rest. */
export function starRunFlops(
	content: EraContent,
	r: { far: Decimal; mult: Pick<Multipliers, 'trainThroughput'> }
): Decimal {
	return starOf(content) && r.far.gt(0) ? r.far.mul(r.mult.trainThroughput) : D0;
}

/** Watts the lab's panels beam to the fleet (0 outside Dyson): the beamed share (beamShare) of
 * each panel's `panelWatts`. */
export function panelWatts(state: GameState, content: EraContent): number {
	const star = starOf(content);
	return star ? star.panelWatts * state.dyson.panels * beamShare(state) : 0;
}

/** Watts every panel would beam to the fleet, were all of it beamed (0 outside Dyson). */
export function allPanelWatts(state: GameState, content: EraContent): number {
	const star = starOf(content);
	return star ? star.panelWatts * state.dyson.panels : 0;
}

/** The power with the panels added to the `contracts`' watts: `capacity` with every panel
 * beaming (what the lab could send its chips), `powered` what the beam sends them now
 * (`beamed` of it from the panels). */
export function withPanels(
	state: GameState,
	content: EraContent,
	contracts: Decimal
): { capacity: Decimal; powered: Decimal; beamed: number } {
	const all = allPanelWatts(state, content);
	if (all === 0) return { capacity: contracts, powered: contracts, beamed: 0 };
	const beamed = panelWatts(state, content);
	const powered = beamed > 0 ? contracts.add(beamed) : contracts;
	return { capacity: contracts.add(all), powered, beamed };
}

/** Watts the panels keep at the star to train the run there: the share not beamed, with
 * nothing lost on the way (`keptGain` per beamed watt). 0 outside Dyson. */
export function keptWatts(state: GameState, content: EraContent): number {
	const star = starOf(content);
	return star ? star.panelWatts * star.keptGain * state.dyson.panels * (1 - beamShare(state)) : 0;
}

/** FLOP/s the kept watts train at, at the fleet's FLOP per watt (`flops` over `draw`, the chips
 * as built, before any throttle): only while a run is going, and only for the run. */
export function collectorFlops(
	state: GameState,
	content: EraContent,
	fleet: { flops: Decimal; draw: Decimal }
): Decimal {
	const kept = keptWatts(state, content);
	if (!state.run || kept === 0 || !fleet.draw.gt(0)) return new Decimal(0);
	return fleet.flops.div(fleet.draw).mul(kept);
}

/** Cash per step Earth's grid pays for the beamed watts the chips do not draw: the panels'
 * watts beyond the draw (`powered` less `draw`, at most what the panels beam), at the chips'
 * tokens per watt (`flops` over `draw`, as built) and `sale` of the token `price`. 0 outside
 * Dyson, with no chips, or while the chips draw every watt. */
export function gridSale(
	state: GameState,
	content: EraContent,
	fleet: { flops: Decimal; draw: Decimal; powered: Decimal },
	flopPerToken: Decimal,
	price: Decimal
): Decimal {
	const star = starOf(content);
	if (!star || !star.sale || !fleet.draw.gt(0)) return new Decimal(0);
	const sold = soldWatts(state, content, fleet);
	if (!sold.gt(0)) return new Decimal(0);
	return sold.mul(fleet.flops.div(fleet.draw)).div(flopPerToken).mul(price).mul(star.sale);
}

/** The beamed watts Earth's grid buys: those the chips do not draw (`powered` less `draw`), at
 * most what the panels beam. 0 outside Dyson or with nothing beamed. */
export function soldWatts(
	state: GameState,
	content: EraContent,
	fleet: { draw: Decimal; powered: Decimal }
): Decimal {
	const beamed = panelWatts(state, content);
	const spare = fleet.powered.sub(fleet.draw);
	if (beamed === 0 || !spare.gt(0)) return new Decimal(0);
	return spare.gt(beamed) ? new Decimal(beamed) : spare;
}

/** Panels ordered and still being built. */
export function panelsBuilding(state: GameState): number {
	let n = 0;
	for (const b of state.dyson.building) n += b.count;
	return n;
}

/** Panels collecting or being built: what the next panel's price counts. */
export function panelsOrdered(state: GameState): number {
	return state.dyson.panels + panelsBuilding(state);
}

/** The research multipliers as the star sees them: watts per chip stay as built. */
export function atTheStar(mult: Multipliers, content: EraContent): Multipliers {
	return idleEffect(content, 'watts') && mult.watts !== 1 ? { ...mult, watts: 1 } : mult;
}

/** A research effect on `target` does nothing in this era: at the star every FLOP costs its
 * watt, so research that cuts watts per chip does nothing there (atTheStar). The Research screen
 * says so on the project (playtest 22 researched watts in Dyson and saw nothing change). */
export function idleEffect(content: EraContent, target: EffectTarget): boolean {
	return target === 'watts' && starOf(content) !== null;
}

/** The price of the next `count` panels, in cash. */
export function panelCost(state: GameState, content: EraContent, count = 1): Decimal {
	const star = starOf(content);
	if (!star) return new Decimal(0);
	return money(content, bulkCost(star.panelCost, star.panelRatio, panelsOrdered(state), count));
}

/** The tick the next batch of panels lands (Infinity if none is being built). */
export function nextDysonTick(state: GameState): number {
	let next = Infinity;
	for (const b of state.dyson.building) next = Math.min(next, b.at);
	return next;
}

/** Lands the batches due now (returns whether any did: the rates change). */
export function applyDyson(state: GameState): boolean {
	const t = state.tick;
	if (!state.dyson.building.some((b) => b.at <= t)) return false;
	const before = state.dyson.panels;
	for (const b of state.dyson.building) if (b.at <= t) state.dyson.panels += b.count;
	state.dyson.building = state.dyson.building.filter((b) => b.at > t);
	if (Math.floor(state.dyson.panels / 10) > Math.floor(before / 10))
		pushNews(state, 'panel', { item: String(state.dyson.panels) });
	return true;
}
