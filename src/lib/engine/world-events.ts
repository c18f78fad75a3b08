// World events: drawn from the seeded PRNG when one is due, lasting a drawn while. Both
// ends are scheduled ticks, so advance() treats them like rival releases.
import { WORLD_EVENTS, type EraContent, type WorldEventDef } from '../content';
import { nextRandom } from './rng';
import type { GameState } from './state';

/** Mean quiet time between two events, in seconds. */
export const EVENT_GAP = 3 * 3600;

export function activeEvent(s: GameState): WorldEventDef | null {
	if (!s.event) return null;
	return WORLD_EVENTS.find((e) => e.id === s.event!.id) ?? null;
}

export function drawGap(s: GameState): number {
	return Math.round(EVENT_GAP * (0.5 + nextRandom(s)));
}

/** Starts or ends events that fall due at this tick. Returns whether one started or ended. */
export function applyWorldEvents(
	s: GameState,
	content: EraContent,
	news: (text: string) => void
): boolean {
	if (s.event && s.event.endsAt <= s.tick) {
		s.event = null;
		s.nextEventAt = s.tick + drawGap(s);
		return true;
	}
	if (!s.event && s.nextEventAt <= s.tick) {
		const pool = WORLD_EVENTS.filter((e) => !e.eras || e.eras.includes(content.era.id));
		const def = pool[Math.floor(nextRandom(s) * pool.length)];
		s.event = { id: def.id, endsAt: s.tick + Math.round(def.duration * (1 + 0.5 * nextRandom(s))) };
		if (def.buildDelay) {
			for (const id in s.power) if (s.power[id] > s.tick) s.power[id] += def.buildDelay;
		}
		news(def.headline);
		return true;
	}
	return false;
}
