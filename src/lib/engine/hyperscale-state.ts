// The saved state of Hyperscale's decision (rules in hyperscale.ts): the campuses started,
// the custom-silicon program, and the stream that draws permit hearings and respins.
import { id, int, list, object, type Infer } from './shape';

const BIG = 1e15;

export const CAMPUS = object({
	/** Given by the engine when started (see takeId): never repeats within a game. */
	id: int(1, BIG),
	site: id('campusSite'),
	/** Its place in the era's program: campus `size` brings grow^size times the first's watts. */
	size: int(0, 1000),
	/** 0: permits, 1: building, 2: online. */
	phase: int(0, 2),
	/** The tick the phase ends (a hearing, or the opening); online: the tick it opened. */
	at: int(0, BIG),
	/** Hearings adjourned so far. */
	hearings: int(0, BIG)
});
export type Campus = Infer<typeof CAMPUS>;

export const HYPERSCALE = object({
	/** PRNG of permit hearings and respins: a stream of its own, so a campus never moves
	 * the rivals' or the events' draws. */
	rng: int(0, 2 ** 32 - 1),
	campuses: list(CAMPUS, 1000),
	silicon: object({
		/** Generations shipped. */
		level: int(0, 1000),
		/** The tick first silicon of the funded generation is due (0: none under way). */
		readyAt: int(0, BIG),
		respins: int(0, BIG)
	})
});
export type HyperscaleState = Infer<typeof HYPERSCALE>;
