// The Orbit era's decision: when to launch and what runs up there. Sunlight is free but the
// orbit takes it away for part of every turn (serving sags in the dark; training does not
// mind); hardware reaches orbit only at a launch window (each lifts a few units) unless the lab
// charters a rocket (each one dearer than the last until the next window); and
// radiation retires unshielded hardware at every dawn; ground stations charge a fee on every
// token sent down. All of it falls on known ticks.

export interface OrbitDef {
	/** Seconds per orbit, and the last `dark` seconds of each in Earth's shadow. */
	readonly period: number;
	readonly dark: number;
	/** Share of serving capacity the batteries carry through the dark (training runs on). */
	readonly darkServe: number;
	/** Seconds between launch windows: bought hardware waits for one. The first opens between
	 * `firstWindow[0]` and `firstWindow[1]` seconds into the era, drawn from the game's seed (the
	 * orbit the lab arrives in), so the arrival's answer depends on it. */
	readonly window: number;
	readonly firstWindow: readonly [number, number];
	/** Units of hardware one launch window lifts (its manifest): what is bought past them waits
	 * for the window after, and the one after that. Windows are free but small; a chartered
	 * rocket takes any cargo. Without a limit the first window lifted all a lab had bought (its
	 * fleet nears its price wall within the first hour), so a lab that never chartered lost only
	 * the first hours: its time to the goal read −11 % to +152 % over five seeds (noise around
	 * little). With 60: +48 % to +142 % on each seed, with the Edge's split rule before it or
	 * without; 55–70 keep at least four seeds of five past +25 % (50: three). */
	readonly windowSlots: number;
	/** The first chartered rocket after a window costs this share of what its cargo would cost
	 * to buy now; each further rocket before the next window adds `charterStep` (rockets are
	 * scarce between windows). */
	readonly charter: number;
	readonly charterStep: number;
	/** Share of each unshielded tier retired at each dawn (whole units, rounded down). */
	readonly radiation: number;
	/** Tiers that radiation leaves alone. */
	readonly shielded: readonly string[];
	/** The ground stations' downlink fee on every token sent down (served), as a share of the
	 * token's standard price: a fee per token, so it takes more of a cheap token's price and
	 * less of a premium one's (training sends nothing down and pays none). */
	readonly downlink: number;
}

/** Orbits by era id: only Orbit has one. */
export const ORBITS: Readonly<Record<string, OrbitDef>> = {
	orbit: {
		period: 5400,
		dark: 1800,
		darkServe: 0.5,
		window: 14400,
		firstWindow: [600, 14_400],
		windowSlots: 60,
		charter: 0.1,
		charterStep: 0.1,
		// 1 % a dawn since a tier's fraction is drawn for (engine/orbit.ts radiationLoss): at 2 %
		// the active Orbit took 373 min (294 rounded down; the full probe, fifteen seeds), 2.7× the
		// Edge (2.5 asked); at 1 % 330 (the pacing players, fifteen seeds). A night away (16 dawns)
		// takes ~15 % of the unshielded units; Radiation hardening halves it.
		radiation: 0.01,
		shielded: ['rad-hard-pod'],
		downlink: 0.2
	}
};
