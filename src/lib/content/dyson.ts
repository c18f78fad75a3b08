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
	dyson: { panelWatts: 1e16, panelCost: 2_000, panelRatio: 1.08, upkeep: 0.12, lead: 720 }
};
