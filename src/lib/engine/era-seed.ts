// Each era's random streams start from the game's seed and the era's place (new-game.ts and
// every rule that draws from the era's own seed, e.g. Orbit's first launch window).
import { ERAS } from '../content';

/** The seed of an era's random streams: the game's seed for the first era, and for each later
 * one a mix of the game's seed and the era's place (a murmur3 finaliser). An era's draws so
 * depend on the game and the era only, never on how many draws the eras before it made. */
export function eraSeed(gameSeed: number, eraId: string): number {
	const place = ERAS.findIndex((e) => e.id === eraId);
	if (place <= 0) return gameSeed >>> 0;
	let h = (gameSeed ^ Math.imul(place, 0x9e3779b1)) >>> 0;
	h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
	return (h ^ (h >>> 16)) >>> 0;
}
