// What the Fleet and Lab screens show of the star: the panels, the next one's price, and the
// watts the Train ↔ Serve slider sends to each side.
import type { EraContent, RunSizeDef } from '../content';
import type { Decimal } from './decimal';
import {
	gridSale,
	keptWatts,
	nextDysonTick,
	panelCost,
	panelsBuilding,
	beamShare,
	panelWatts,
	starOf
} from './dyson';
import { netIncome } from './cash-trend';
import { contractBill } from './contract-price';
import { contractCost, startRun } from './actions';
import { cloneState } from './clone';
import { powerUse } from './purchases';
import { rates, type Rates } from './rates';
import { beamToPower, keptSpare } from './star-spare';

export { beamToPower };
import type { GameState } from './state';

export interface StarView {
	panels: number;
	/** Watts one panel brings the fleet, beamed, and all of them together. */
	panelWatts: number;
	/** Watts one panel collects at the star, before the beam's loss (`keptGain` times
	 * `panelWatts`), and the share of them the beam loses on the way. Playtest 24 read "Each
	 * panel beams 10 PW" beside "Kept 80 PW at the star (20 PW once beamed)" as a contradiction. */
	panelAtStar: number;
	beamLoss: number;
	collected: number;
	/** Seconds from ordering a panel to its collecting; panels being built, their watts, and
	 * the seconds until the next batch lands (null while none is being built). */
	lead: number;
	building: number;
	coming: number;
	landsIn: number | null;
	nextCost: Decimal;
	canBuy: boolean;
	/** The next ten panels, ordered in one tap, and whether the cash pays for them. */
	tenCost: Decimal;
	/** The ten's price as a multiple of the next panel's: far more than ten, each dearer than the
	 * last (playtest 41 met the ×10's price with no warning). */
	tenTimes: number;
	canBuyTen: boolean;
	/** The ring not yet signed whose watts cost least, priced per panel's worth of watts beside
	 * the next panel (`nextCost`): the first panels are the cheapest watts, each costs
	 * `ratio` times the last, a ring's price stays put, it lands in `build` seconds and bills
	 * `bill` a second for a panel's worth of its watts. `panelsLeft`: panels still cheaper per
	 * watt than it (0: the ring is now). `price` and `watts`: its contract, as the Power
	 * contracts card signs it, whose share for a panel's watts `perPanel` is (playtest 22 read the
	 * two as two prices for one ring). */
	ring: {
		name: string;
		price: Decimal;
		watts: number;
		perPanel: Decimal;
		build: number;
		bill: Decimal;
		panelsLeft: number;
	} | null;
	ratio: number;
	/** The fleet's draw over the power its chips can draw (rings and beamed panel watts, not
	 * those kept at the star), at most 1 (purchases' powerUse). */
	drawShare: number;
	/** Watts the run and the customers get of those the chips draw (the rings' and the beamed
	 * panels'), split by the slider. */
	toTraining: Decimal;
	toServing: Decimal;
	/** The star's own split: the share of the panels' watts beamed to the fleet, the watts kept
	 * at the star, what a kept watt is worth in beamed ones, and the FLOP/s they train the run
	 * at (0 between runs). */
	beam: number;
	/** No run trains: the panels beam every watt (dyson.ts beamShare) whatever the slider keeps,
	 * which returns with the next run. */
	beamsAll: boolean;
	kept: number;
	/** The kept watts as the beam would bring them to the fleet (`kept` over `keptGain`): what
	 * the Power card says the chips cannot draw (purchases' keptFromChips). */
	keptAsBeam: number;
	keptGain: number;
	atStar: Decimal;
	/** The beam that powers every chip the rings leave unpowered, no more (1 when even all of
	 * it falls short): beyond it, beamed watts are sold to Earth's grid. */
	beamToPower: number;
	/** What Earth's grid pays per second for the beamed watts the chips do not draw now, and
	 * the share of a watt's serving worth it pays. */
	salePerSec: Decimal;
	sale: number;
}

export function starView(s: GameState, content: EraContent, r: Rates): StarView | null {
	const star = starOf(content);
	if (!star) return null;
	const cost = panelCost(s, content);
	const ten = panelCost(s, content, 10);
	const building = panelsBuilding(s);
	let ring: StarView['ring'] = null;
	for (const p of content.era.power) {
		if (p.id in s.power || p.cost <= 0) continue;
		const price = contractCost(content, p.id);
		const perPanel = price.mul(star.panelWatts / p.capacity);
		if (ring && !perPanel.lt(ring.perPanel)) continue;
		// Panels before the next one's price passes the ring's (each costs `ratio` times the last).
		const ahead = perPanel.gt(cost)
			? Math.ceil(perPanel.div(cost).log10() / Math.log10(star.panelRatio))
			: 0;
		ring = {
			name: p.name,
			price,
			watts: p.capacity,
			perPanel,
			build: p.buildTime,
			bill: contractBill(s, content, p.id, star.panelWatts),
			panelsLeft: ahead
		};
	}
	const used = r.powerDraw.lt(r.powered) ? r.powerDraw : r.powered;
	return {
		panels: s.dyson.panels,
		panelWatts: star.panelWatts,
		panelAtStar: star.panelWatts * star.keptGain,
		beamLoss: 1 - 1 / star.keptGain,
		collected: panelWatts(s, content),
		lead: star.lead,
		building,
		coming: star.panelWatts * building,
		landsIn: s.dyson.building.length ? nextDysonTick(s) - s.tick : null,
		nextCost: cost,
		canBuy: s.cash.gte(cost),
		tenCost: ten,
		tenTimes: cost.gt(0) ? ten.div(cost).toNumber() : 10,
		canBuyTen: s.cash.gte(ten),
		ring,
		ratio: star.panelRatio,
		drawShare: powerUse(r),
		toTraining: used.mul(r.trainShare),
		toServing: used.mul(1 - r.trainShare),
		beam: s.dyson.beam,
		beamsAll: beamShare(s) > s.dyson.beam,
		kept: keptWatts(s, content),
		keptAsBeam: keptWatts(s, content) / star.keptGain,
		keptGain: star.keptGain,
		atStar: r.far,
		beamToPower: beamToPower(s, content, r),
		salePerSec: gridSaleNow(s, content, r),
		sale: star.sale
	};
}

/** What Earth's grid pays now for the beamed watts the chips do not draw. */
function gridSaleNow(s: GameState, content: EraContent, r: Rates): Decimal {
	const fleet = { flops: r.unthrottledCompute, draw: r.powerDraw, powered: r.powered };
	return gridSale(s, content, fleet, r.flopPerToken, r.price);
}

/** The spare watts (what the chips do not draw of the panels') both ways, before the tap: kept
 * (beam just what the chips draw), the FLOP/s they train the run at and how many times as fast
 * the run trains (1 between runs: kept watts train nothing then); beamed (beam it all), what
 * Earth's grid pays for them per second. From the rule itself; null with no spare (the chips
 * want every watt) or outside Dyson. The star card's alone (the scripted player never reads it). */
export interface SpareWatts {
	keptFlops: Decimal;
	runSpeed: number;
	soldPerSec: Decimal;
	/** What beaming every watt does to the lab's income (netIncome, the header's figure), from
	 * the beam now or, when more is beamed than the chips draw, from keeping the spare. Besides
	 * Earth's payment it counts the chips the beam powers: playtest 21 read "$8.23e311/s from
	 * Earth" while beaming lifted a 90 % throttle and added ~2,700 times that. */
	beamedGain: Decimal;
	/** The beam now leaves chips unpowered: beaming all of it powers them as well. */
	powersChips: boolean;
	/** The spare is under SPARE_MIN of the panels' watts. */
	sliver: boolean;
}

/** A spare under this share of the panels' watts is a sliver: the star card does not weigh it
 * in words (playtest 40 read "kept, they add nothing to the run" of one, beside the line counting
 * every kept watt's FLOP/s); the suggestion still beams it (beam-advice.ts). */
export const SPARE_MIN = 0.01;

export function spareBothWays(s: GameState, content: EraContent, r: Rates): SpareWatts | null {
	const kept = keptSpare(s, content, r);
	if (!kept) return null;
	// The lab at both beams, as keptSpare read them (the star card asks at every snapshot).
	const beamed = kept.beamed;
	const from = s.dyson.beam < kept.fits ? { t: s, r } : kept.kept;
	return {
		keptFlops: kept.keptFlops,
		runSpeed: kept.runSpeed,
		soldPerSec: gridSaleNow(beamed.t, content, beamed.r),
		beamedGain: netIncome(beamed.t, content, beamed.r).sub(netIncome(from.t, content, from.r)),
		powersChips: s.dyson.beam < kept.fits,
		sliver: kept.fits > 1 - SPARE_MIN
	};
}

/** The lab's income (netIncome, the header's figure) while a run of `size` trains with every watt
 * kept at the star (the run under way, if one is): the chips then draw the rings' watts alone.
 * The run card says it beside how much sooner the run ends (playtest 42 kept every watt on that
 * line's word, away six hours: customers −99.6 %, the cash falling). Null outside Dyson or when
 * the run cannot start. */
export function keptAllIncome(s: GameState, content: EraContent, size: RunSizeDef): Decimal | null {
	if (!starOf(content) || !(s.dyson.panels > 0)) return null;
	const t = cloneState(s);
	if (!t.run && !startRun(t, content, size.id).ok) return null;
	t.dyson.beam = 0;
	return netIncome(t, content, rates(t, content));
}
