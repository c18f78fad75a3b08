// The era's power contracts still to come: one being built, the next to sign. Read by purchases
// and automation, and by world events (a regulatory delay needs one), which rates import: this
// file reads the state alone, so none of them imports the rates through it.
import type { EraContent } from '../content';
import type { GameState } from './state';

/** A signed contract still being built. */
export function contractBuilding(s: GameState): boolean {
	for (const id in s.power) if (s.power[id] > s.tick) return true;
	return false;
}

/** The next contract the era offers that is not signed yet (they come cheapest first). */
export function nextContract(s: GameState, c: EraContent): string | null {
	return c.era.power.find((p) => !(p.id in s.power))?.id ?? null;
}
