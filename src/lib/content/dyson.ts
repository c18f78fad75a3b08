// The Dyson era's decision: the star's output, collected panel by panel. A panel ordered now
// collects `lead` seconds later (it is built out there first); each panel adds the
// same watts for a station-keeping upkeep (a share of what their watts earn), at a price
// that climbs with every panel; at the star every FLOP costs its watt (research no longer cuts
// the watts per chip), so the lab weighs one more panel against one more chip. The Train ↔ Serve slider is the star's share:
// the watts sent to training and to serving. The star's own split is the beam (engine/dyson.ts
// panelWatts, keptWatts): panels' watts beamed to the fleet power chips that train and serve;
// watts kept at the star train the run there, four times as many (the beam loses three quarters
// on the way), and serve nothing; beamed watts the chips do not draw are sold to Earth's grid.

export interface StarDef {
	/** Watts each panel beams to the fleet (all of it beamed). */
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
	/** The star's power, its own Train ↔ Serve: what the panels collect is beamed to the fleet
	 * (`panelWatts` each arrive) or kept at the star, where the lattice built into the panels
	 * trains the run on the raw sunlight: a kept watt is worth `keptGain` beamed ones (the beam
	 * loses 1 − 1/keptGain of it on the way), at the fleet's FLOP per watt, and it only trains. */
	readonly keptGain: number;
	/** Beamed watts the chips do not draw are sold to Earth's grid: each earns this share of what
	 * it would earn serving on the lab's chips (their tokens per watt at the token price). So the
	 * surplus either trains the run at the star (kept) or earns cash (beamed): a run that holds
	 * the lab back keeps it, a lab that wants cash (panels, chips) or has no run going beams it. */
	readonly sale: number;
}

/** Stars by era id: only Dyson has one. */
export const STARS: Readonly<Record<string, StarDef>> = {
	// Each panel 11.5 % dearer than the last (1.08 before, playtest 4: a panel cost 0.15 s of the
	// scripted player's income, 15-20 s of a newcomer's, and the purchase was never felt). At
	// 1.115 a panel costs 55-150 s of income (median over the era, per seed) and panels compete
	// with chips for the cash (probe: see probe-targets.test.ts). Steeper walls the player in:
	// at 1.12-1.125 power throttles 14-83 % of the era, but the player waits 10-17 min for a panel
	// it cannot yet pay (the no-wall target: 10 min), and 1.12 left the cheap price best 10 %.
	// A panel lands in 10 minutes, not 12: with Orbit's 4-hour windows upstream one seed's player
	// waited 13 minutes for a 12-minute panel (eras.test's wall is 12); at 10 its longest wait is 9.
	dyson: {
		panelWatts: 1e16,
		panelCost: 2_000,
		panelRatio: 1.115,
		upkeep: 0.12,
		lead: 600,
		keptGain: 4,
		sale: 0.02
	}
};
