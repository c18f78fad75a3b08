// The Dyson era's decision: the star's output, collected panel by panel. A panel ordered now
// collects `lead` seconds later (it is built out there first); each panel adds the
// same watts for a station-keeping upkeep (a share of what their watts earn), at a price
// that climbs with every panel; at the star every FLOP costs its watt (research no longer cuts
// the watts per chip), so the lab weighs one more panel against one more chip. The Train ↔ Serve slider is the star's share:
// the watts sent to training and to serving.

export interface StarDef {
	/** Watts each panel collects. */
	readonly panelWatts: number;
	/** The first panel's price in era money, and the ratio from one panel's price to the next. */
	readonly panelCost: number;
	readonly panelRatio: number;
	/** Station-keeping, paid in the swarm's own time: the panels cost this share of what their
	 * watts earn, the sales times the share of the fleet's draw they carry (all of it once they
	 * cover the draw; power-sources.ts stationCut). A ring's kWh are billed instead. */
	readonly upkeep: number;
	/** Seconds from ordering a panel to its collecting: a contract's ring already built is
	 * watts sooner, panels are watts cheaper. */
	readonly lead: number;
}

/** Stars by era id: only Dyson has one. */
export const STARS: Readonly<Record<string, StarDef>> = {
	// Each panel 12.5 % dearer than the last (1.08 before, playtest 4: a panel cost 0.15 s of the
	// scripted player's income, it held the draw at 80 % of its power the whole era and the
	// power never bound, 4 % of the era throttled). At 1.125 a panel costs ~5 minutes of
	// income (median over the era), power binds 62-83 % of the era, and panels compete with chips
	// for the cash (probe, five seeds: era 1142 -> 964 min, dyson.ignore-later 58.6 -> 50.4 %,
	// best panel/chip 20/80 -> 90/10; 1.12: cheap price best 10 %, 1.13: chip best 0 %).
	dyson: { panelWatts: 1e16, panelCost: 2_000, panelRatio: 1.125, upkeep: 0.12, lead: 720 }
};
