// The Hyperscale era's decision: where and when to build each gigawatt campus, and whether
// to fund a custom-silicon program. A campus brings its own power and the chips to fill it;
// its site sets the catch: cheap power behind slow permits (hearings that can adjourn), or
// dear power now. Silicon is a long bet that, once it ships, packs more FLOP/s into every
// campus watt. Numbers are the era's own (watts, FLOP/s, bytes; money in era units).

export interface CampusSiteDef {
	readonly id: string;
	readonly name: string;
	/** The one-line why, under the button. */
	readonly blurb: string;
	/** Price per kWh, in era money (before the grid's price level). */
	readonly pricePerKwh: number;
	/** A premium on top, as a share of the sales: the lab pays it on the share of its compute
	 * the site's campuses carry (0: none). A cut of the sales keeps its weight all era, where a
	 * price per kWh fades as research cuts the watts and releases lift the sales (playtest 3:
	 * the dear site's bill fell under 2 % of revenue after the first release). */
	readonly peakShare: number;
	/** Seconds of permits before building starts (0: none). */
	readonly permit: number;
	/** At the end of permits a hearing may adjourn: its chance, and the seconds it adds
	 * (the draw spreads them from half to one and a half times this). */
	readonly delayChance: number;
	readonly delay: number;
	/** Seconds to build once permitted. */
	readonly build: number;
}

export interface SiliconDef {
	/** Its name on the Fleet card: not "Custom silicon", the research project's (playtest 9). */
	readonly name: string;
	/** Price of the first generation, in era money and in insight (the player picks one). */
	readonly cash: number;
	readonly insight: number;
	/** Each generation costs this many times the last. */
	readonly growth: number;
	/** Seconds from funding to first silicon. */
	readonly duration: number;
	/** First silicon may need a respin: its chance, and the seconds it adds. */
	readonly respinChance: number;
	readonly respin: number;
	/** FLOP/s per campus watt, times this per generation shipped. */
	readonly gain: number;
}

export interface CampusProgramDef {
	/** The first campus: its watts and price; each next one is `grow` and `dearer` times that. */
	readonly watts: number;
	readonly cost: number;
	readonly grow: number;
	readonly dearer: number;
	/** The chips a campus is filled with: FLOP/s and bytes per watt (before research). */
	readonly flopsPerWatt: number;
	readonly memoryPerWatt: number;
	/** At most this many campuses in one era. */
	readonly maxCampuses: number;
	readonly sites: readonly CampusSiteDef[];
	readonly silicon: SiliconDef;
}

/** Campus programs by era id: only Hyperscale builds campuses. */
export const CAMPUSES: Readonly<Record<string, CampusProgramDef>> = {
	hyperscale: {
		watts: 2e9,
		cost: 2000,
		grow: 1.6,
		dearer: 8,
		flopsPerWatt: 3e12,
		memoryPerWatt: 4e5,
		maxCampuses: 60,
		sites: [
			{
				id: 'river-valley',
				name: 'River valley',
				blurb:
					'Hydro at the grid price with no peak premium on your sales, but the permits take a while and hearings can adjourn.',
				pricePerKwh: 1.25e-4,
				peakShare: 0,
				permit: 480,
				delayChance: 0.4,
				delay: 480,
				build: 240
			},
			{
				id: 'metro-edge',
				name: 'Metro edge',
				blurb:
					"Grid and gas next to the city: open in minutes, but its power is bought at the city's peak price.",
				pricePerKwh: 1.25e-4,
				peakShare: 0.15,
				permit: 0,
				delayChance: 0,
				delay: 0,
				build: 90
			}
		],
		silicon: {
			name: 'Chip tape-outs',
			cash: 5e4,
			insight: 2e4,
			growth: 8,
			duration: 1440,
			respinChance: 0.3,
			respin: 900,
			gain: 2
		}
	}
};

/** Every campus site id (saves name sites by id). */
export const CAMPUS_SITE_IDS: ReadonlySet<string> = new Set(
	Object.values(CAMPUSES).flatMap((p) => p.sites.map((s) => s.id))
);
