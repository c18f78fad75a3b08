// Orbit's rules (content/orbit.ts): a fixed light/dark cycle, launch windows and radiation.
// Every change falls on a known tick (dusk, dawn, a window), so between them the rates are
// constant and fast-forward stays exact: nextOrbitTick tells advance where to stop.
import { ORBITS, type EraContent, type OrbitDef } from '../content';
import { pushNews } from './news';
import type { GameState } from './state';

export function orbitOf(content: EraContent): OrbitDef | null {
	return ORBITS[content.era.id] ?? null;
}

/** Whether the tick falls in Earth's shadow (the last `dark` seconds of each orbit). */
export function inDark(o: OrbitDef, tick: number): boolean {
	return tick % o.period >= o.period - o.dark;
}

/** The share of serving capacity left at this tick: 1 in sunlight and outside Orbit. */
export function servingLight(state: GameState, content: EraContent): number {
	const o = orbitOf(content);
	return o && inDark(o, state.tick) ? o.darkServe : 1;
}

/** The first launch window after `tick`. */
export function nextWindow(o: OrbitDef, tick: number): number {
	return (Math.floor(tick / o.window) + 1) * o.window;
}

/** The tick at which hardware bought now reaches the fleet: in Orbit, the window after its
 * lead time unless the lab charters; elsewhere, after its lead time. */
export function shipsAt(state: GameState, content: EraContent, leadTime: number): number {
	const o = orbitOf(content);
	const ready = state.tick + leadTime;
	return o && !state.orbit.charter ? nextWindow(o, Math.max(state.tick, ready - 1)) : ready;
}

/** What a purchase's price is multiplied by for its launch: 1 + the charter share while the
 * lab charters rockets in Orbit, else 1. */
export function launchPremium(state: GameState, content: EraContent): number {
	const o = orbitOf(content);
	return o && state.orbit.charter ? 1 + o.charter : 1;
}

/** The next dusk or dawn after now (Infinity outside Orbit). Windows arrive as orders. */
export function nextOrbitTick(state: GameState): number {
	const o = ORBITS[state.eraId];
	if (!o) return Infinity;
	const phase = state.tick % o.period;
	const dusk = o.period - o.dark;
	return state.tick + (phase < dusk ? dusk - phase : o.period - phase);
}

/**
 * At dusk and dawn the rates change (returns true); at dawn radiation retires a share of each
 * unshielded tier, in whole units.
 */
export function applyOrbit(state: GameState, content: EraContent): boolean {
	const o = orbitOf(content);
	if (!o || state.tick === 0) return false;
	const phase = state.tick % o.period;
	if (phase === 0) {
		const lost: string[] = [];
		for (const hw of content.era.hardware) {
			const n = state.hardware[hw.id] ?? 0;
			const gone = o.shielded.includes(hw.id) ? 0 : Math.floor(n * o.radiation);
			if (gone > 0) {
				state.hardware[hw.id] = n - gone;
				lost.push(`${gone} × ${hw.name}`);
			}
		}
		if (lost.length) pushNews(state, 'radiation', { item: lost.join(', ') });
		return true;
	}
	return phase === o.period - o.dark;
}
