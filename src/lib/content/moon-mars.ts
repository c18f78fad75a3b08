// The Moon and Mars era's decision: where the next hardware is built. Near sites (the Moon)
// serve Earth and train, at the catalog's price, which climbs steeply with every unit. Far
// sites (Mars) are too far to serve Earth: they only train, and between runs they take batch
// jobs at a fraction of the token price; they are cheap, bring their own power, and their
// price climbs only as a power of how many are built (not geometrically), so they are
// abundant. A lab that is short of serving builds near; a lab whose runs are the bottleneck
// builds far.

export interface FarDef {
	/** A far unit's price as a share of the tier's base price (near units also pay the launch). */
	readonly price: number;
	/** Far units of a tier cost base × price × N^climb for the first N (climb > 1). */
	readonly climb: number;
	/** Batch jobs between runs earn this share of the served model's token price. */
	readonly batch: number;
	/** The light delay: Mars adds to a run at most its target over this many seconds (a run
	 * never finishes sooner on Mars's account). */
	readonly sync: number;
	/** The Earth relay's share of what every token sent to Earth sells for: the Moon's near
	 * sites pay it on all they serve; far sites only train and pay none. */
	readonly relay: number;
}

/** Far sites by era id: only Moon and Mars has them. */
export const FAR_SITES: Readonly<Record<string, FarDef>> = {
	'moon-mars': { price: 0.5, climb: 3, batch: 0.3, sync: 120, relay: 0.2 }
};
