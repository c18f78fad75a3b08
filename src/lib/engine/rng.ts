// A seeded PRNG (mulberry32) whose whole state is one uint32 kept in the game state.
// Draws happen only at events (a run starting, a rival releasing), never every step.

export interface RngHolder {
	rng: number;
}

/** Returns a float in [0, 1) and advances the holder's PRNG state. */
export function nextRandom(holder: RngHolder): number {
	holder.rng = (holder.rng + 0x6d2b79f5) >>> 0;
	let t = holder.rng;
	t = Math.imul(t ^ (t >>> 15), t | 1);
	t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
	return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

export function pick<T>(holder: RngHolder, items: readonly T[]): T {
	return items[Math.floor(nextRandom(holder) * items.length)];
}

/** A view of another PRNG state kept in `holder[key]` (a stream of its own). */
export function streamOf<K extends string>(holder: Record<K, number>, key: K): RngHolder {
	return new Stream(holder, key);
}

// A class rather than an object literal with accessors: streams are made at every headline.
class Stream<K extends string> implements RngHolder {
	constructor(
		private readonly holder: Record<K, number>,
		private readonly key: K
	) {}
	get rng(): number {
		return this.holder[this.key];
	}
	set rng(v: number) {
		this.holder[this.key] = v;
	}
}
