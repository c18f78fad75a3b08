// A run's outcome is luck within a band (models.ts drawOutcome): its capability is the
// expected one × the outcome. Read by the draw and by the run card, which says the band.

/** Usually the outcome falls in [lo, lo + width]; with `poorChance` the run disappoints and it
 * falls in the poor band instead ("an A for effort"). */
export const OUTCOME = {
	usual: { lo: 0.92, width: 0.16 },
	poor: { lo: 0.7, width: 0.15 },
	poorChance: 0.15
} as const;
