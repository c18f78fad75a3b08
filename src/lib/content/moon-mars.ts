// The Moon and Mars era's decision: where the next hardware is built. Near sites (the Moon)
// serve Earth and train, at the catalog's price, which climbs steeply with every unit. Far
// sites (Mars) are too far to serve Earth: they train, and the FLOP/s a run does not take
// (between runs, or past what the light delay lets it take) run batch jobs at a fraction of the
// token price, for as many batch tokens as batch buyers want (a market of its own, a share of the
// customers': once it is soaked, more on Mars earns nothing). Far sites are cheap, bring their
// own power, and their price climbs only as a power of how many are built (not geometrically),
// so they are abundant. A lab whose runs are the bottleneck builds far, up to what the light
// delay lets a run take; a lab short of serving, or with Mars's batch buyers served, builds near.
// A run needing longer than the light delay is one Mars shortens: the scripted player built far
// only for runs needing 15 minutes, rare in this era (its runs fit the fleet's memory and take
// minutes), and ignoring Mars cost 13.5 % on fifteen seeds; with the light delay as its bar, 41 %.

export interface FarDef {
	/** A far unit's price as a share of the tier's base price (near units also pay the launch). */
	readonly price: number;
	/** Far units of a tier cost base × price × N^climb for the first N (climb > 1). */
	readonly climb: number;
	/** Batch jobs earn this share of the served model's token price. */
	readonly batch: number;
	/** Batch buyers want at most this many tokens per token of the lab's own demand before hype
	 * (`baseDemand`, constant between events): the batch market, soaked once far sites run that many. */
	readonly batchMarket: number;
	/** The light delay: Mars adds to a run at most its target over this many seconds (a run
	 * never finishes sooner on Mars's account). */
	readonly sync: number;
	/** The Earth relay's share of what every token sent to Earth sells for: the Moon's near
	 * sites pay it on all they serve; far sites never serve and pay none. */
	readonly relay: number;
}

/** Far sites by era id: only Moon and Mars has them. */
export const FAR_SITES: Readonly<Record<string, FarDef>> = {
	'moon-mars': { price: 0.5, climb: 3, batch: 0.3, batchMarket: 0.1, sync: 120, relay: 0.2 }
};
