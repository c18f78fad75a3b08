// The Dyson era's decision: the star's output, collected panel by panel. A panel ordered now
// collects `lead` seconds later (it is built out there first); each panel adds the
// same watts for an upkeep (per kWh, paid used or not; none today), at a price
// that climbs with every panel; at the star every FLOP costs its watt (research no longer cuts
// the watts per chip), so the lab weighs one more panel against one more chip. The Train ↔ Serve slider is the star's share:
// the watts sent to training and to serving.

export interface StarDef {
	/** Watts each panel collects. */
	readonly panelWatts: number;
	/** The first panel's price in era money, and the ratio from one panel's price to the next. */
	readonly panelCost: number;
	readonly panelRatio: number;
	/** Each panel's upkeep per kWh it collects, used or not, as a share of the era's first
	 * contract's $/kWh (at the grid's price level): cheaper than a contract, paid on every panel. */
	readonly upkeep: number;
	/** Seconds from ordering a panel to its collecting: a contract's ring already built is
	 * watts sooner, panels are watts cheaper. */
	readonly lead: number;
}

/** Stars by era id: only Dyson has one. */
export const STARS: Readonly<Record<string, StarDef>> = {
	dyson: { panelWatts: 1e16, panelCost: 2_000, panelRatio: 1.08, upkeep: 0, lead: 720 }
};
