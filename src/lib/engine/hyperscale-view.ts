// What the Fleet screen and the scripted players read of Hyperscale's decision: the sites
// for the next campus (what it brings, what its power costs, how long until it opens), the
// campuses under way, and the silicon program. Pure reads of the state.
import type { EraContent } from '../content';
import { Decimal } from './decimal';
import {
	campusCost,
	campusFlopsPerWatt,
	campusProgram,
	campusSite,
	campusWatts,
	ONLINE,
	PERMITS,
	siliconCost,
	siteWait
} from './hyperscale';
import { money } from './money';
import { powerPriceIndex, type Rates } from './rates';
import type { GameState } from './state';

export interface SiteOption {
	id: string;
	name: string;
	blurb: string;
	/** Cash per kWh at today's grid price level. */
	pricePerKwh: Decimal;
	/** The next campus's power bill per second at this site, running flat out. */
	bill: Decimal;
	/** Seconds of permits (0: none), the chance each hearing adjourns, and the build. */
	permit: number;
	delayChance: number;
	build: number;
	/** Seconds until it would open, counting the adjournments to expect. */
	expectedWait: number;
}

export interface CampusRow {
	id: number;
	site: string;
	watts: number;
	phase: 'permits' | 'building' | 'open';
	/** Seconds until the next hearing or the opening (0 when open). */
	next: number;
	hearings: number;
}

export interface HyperscaleView {
	campuses: CampusRow[];
	/** Watts, FLOP/s and bill per second of the open campuses. */
	openWatts: number;
	/** The next campus: its watts, FLOP/s as the fleet would count them now, and price. */
	nextWatts: number;
	nextFlops: Decimal;
	nextCost: Decimal;
	/** Each campus, at either site, costs `dearer` times the one before and brings `grow` times
	 * its watts (the count of campuses started sets both: playtest 20 saw both Build prices jump
	 * ×8 after one campus, unwarned); the price of the one after the next (null: the next is the
	 * era's last). */
	dearer: number;
	grow: number;
	afterCost: Decimal | null;
	/** No more campuses this era. */
	full: boolean;
	sites: SiteOption[];
	silicon: {
		/** The program's name (content: hyperscale.ts). */
		name: string;
		level: number;
		/** FLOP/s per campus watt: × this per generation, and × `multiplier` so far. */
		gain: number;
		multiplier: number;
		/** Seconds until first silicon of the funded generation (null: none funded). */
		readyIn: number | null;
		cash: Decimal;
		insight: Decimal;
		duration: number;
		respinChance: number;
	};
}

/** Watts of the open campuses (0 with none, or outside the Hyperscale era): they bring their own
 * power, beside the contracts. The Sites card and the Power card both show it (playtest 4: Sites
 * said "1 open · 2 GW" while Power said only "64 MW of 300 MW"). */
export function openCampusWatts(s: GameState, content: EraContent): number {
	const p = campusProgram(content);
	if (!p) return 0;
	let watts = 0;
	for (const c of s.hyperscale.campuses) if (c.phase === ONLINE) watts += campusWatts(p, c.size);
	return watts;
}

export function hyperscaleView(s: GameState, content: EraContent, r: Rates): HyperscaleView | null {
	const p = campusProgram(content);
	const cost = siliconCost(s, content);
	if (!p || !cost) return null;
	const h = s.hyperscale;
	const nextWatts = campusWatts(p, h.campuses.length);
	const fpw = campusFlopsPerWatt(p, h.silicon.level);
	const index = powerPriceIndex(s, content);
	const openWatts = openCampusWatts(s, content);
	const nextFlops = new Decimal(nextWatts).mul(fpw * r.mult.compute);
	return {
		campuses: h.campuses.map((c) => ({
			id: c.id,
			site: campusSite(p, c.site)!.name,
			watts: campusWatts(p, c.size),
			phase: c.phase === ONLINE ? 'open' : c.phase === PERMITS ? 'permits' : 'building',
			next: c.phase === ONLINE ? 0 : c.at - s.tick,
			hearings: c.hearings
		})),
		openWatts,
		nextWatts,
		nextFlops,
		nextCost: campusCost(s, content),
		dearer: p.dearer,
		grow: p.grow,
		afterCost:
			h.campuses.length + 1 < p.maxCampuses ? campusCost(s, content, h.campuses.length + 1) : null,
		full: h.campuses.length >= p.maxCampuses,
		sites: p.sites.map((site) => {
			const price = money(content, site.pricePerKwh).mul(index);
			return {
				id: site.id,
				name: site.name,
				blurb: site.blurb,
				pricePerKwh: price,
				bill: price.mul((nextWatts * r.mult.watts) / 1000 / 3600),
				permit: site.permit,
				delayChance: site.delayChance,
				build: site.build,
				expectedWait: siteWait(site)
			};
		}),
		silicon: {
			name: p.silicon.name,
			level: h.silicon.level,
			gain: p.silicon.gain,
			multiplier: p.silicon.gain ** h.silicon.level,
			readyIn: h.silicon.readyAt > 0 ? h.silicon.readyAt - s.tick : null,
			cash: cost.cash,
			insight: cost.insight,
			duration: p.silicon.duration,
			respinChance: p.silicon.respinChance
		}
	};
}
