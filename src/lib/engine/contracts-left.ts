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

/** The contracts being built, all switched on: the state as it will be once the last of them is
 * (`power`), and the seconds until then (`in`). Null with none being built. */
export function powerBuilt(s: GameState): { power: GameState['power']; in: number } | null {
	const power = { ...s.power };
	let last = s.tick;
	for (const id in power)
		if (power[id] > s.tick) {
			last = Math.max(last, power[id]);
			power[id] = s.tick;
		}
	return last > s.tick ? { power, in: last - s.tick } : null;
}

/** The next contract the era offers that is not signed yet (they come cheapest first). */
export function nextContract(s: GameState, c: EraContent): string | null {
	return c.era.power.find((p) => !(p.id in s.power))?.id ?? null;
}
