// Orbit's rules (content/orbit.ts): a fixed light/dark cycle, launch windows, chartered rockets
// dearer with each one flown since the last window, and radiation. Every change falls on a
// known tick (dusk, dawn, a window) or an action, so between them the rates and prices are
// constant and fast-forward stays exact: nextOrbitTick tells advance where to stop.
import { ORBITS, type EraContent, type OrbitDef } from '../content';
import { eraSeed } from './era-seed';
import { multipliers } from './effects';
import { buildsFar } from './moon-mars';
import { pushNews } from './news';
import { nextRandom } from './rng';
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

/** The tick of the era's first launch window: drawn once from the game's seed and the era's
 * place (a pure function of them, so nothing is stored and fast-forward knows it), whole minutes
 * within `firstWindow`. */
export function firstWindowAt(o: OrbitDef, state: GameState): number {
	// Drawn once per game and era: the window is asked at every step of an Orbit advance.
	const k = drawn;
	if (k.o === o && k.seed === state.meta.seed && k.eraId === state.eraId) return k.at;
	const [lo, hi] = o.firstWindow;
	const draw = nextRandom({ rng: eraSeed(state.meta.seed, state.eraId) ^ FIRST_WINDOW_STREAM });
	const at = lo + 60 * Math.floor((draw * (hi - lo + 60)) / 60);
	drawn = { o, seed: state.meta.seed, eraId: state.eraId, at };
	return at;
}
/** The last first window drawn, with what it was drawn from (a pure function of them). */
let drawn: { o: OrbitDef | null; seed: number; eraId: string; at: number } = {
	o: null,
	seed: NaN,
	eraId: '',
	at: 0
};
/** Mixed into the era's seed so the first window is a stream of its own. */
const FIRST_WINDOW_STREAM = 0x5a7e11;

/** The first launch window after `tick` (the state's own unless given): the first at
 * `firstWindowAt`, then every `window`. */
export function nextWindow(o: OrbitDef, state: GameState, tick = state.tick): number {
	const first = firstWindowAt(o, state);
	if (tick < first) return first;
	return first + (Math.floor((tick - first) / o.window) + 1) * o.window;
}

/** Whether a launch window opens at `tick` (the state's own unless given). */
export function onWindow(o: OrbitDef, state: GameState, tick = state.tick): boolean {
	const first = firstWindowAt(o, state);
	return tick >= first && (tick - first) % o.window === 0;
}
const windowOpens = (o: OrbitDef, state: GameState) => onWindow(o, state);

/** Units already booked on the window at `at` (orders waiting for it). */
export function bookedOn(state: GameState, at: number): number {
	let n = 0;
	for (const order of state.orders) if (order.arrivesAt === at) n += order.count;
	return n;
}

/** When `count` units bought now reach the fleet, as loads of [tick, units]: in Orbit, the
 * windows after their lead time that still have room on their manifest (`windowSlots` each, the
 * first filled first), unless the lab charters; built on Mars, at once (made where they run:
 * moon-mars.ts buyFar; playtest 17 read "arrives in 6m" of a Mars foundry already there);
 * elsewhere, all after the lead time. */
export function shipsAt(
	state: GameState,
	content: EraContent,
	leadTime: number,
	count: number
): [number, number][] {
	if (buildsFar(state, content)) return [[state.tick, count]];
	const o = orbitOf(content);
	const ready = state.tick + leadTime;
	if (!o || state.orbit.charter) return [[ready, count]];
	const loads: [number, number][] = [];
	let at = nextWindow(o, state, Math.max(state.tick, ready - 1));
	for (let left = count; left > 0; at += o.window) {
		const n = Math.min(left, o.windowSlots - bookedOn(state, at));
		if (n <= 0) continue;
		loads.push([at, n]);
		left -= n;
	}
	return loads;
}

/** Seconds until `count` units of a card with `leadTime` bought now reach the fleet: the first
 * load and the last (shipsAt). In Orbit the next window after the lead time, not the lead time
 * (playtest 13 read "ships in 5m" on a card whose units waited for a window 40 minutes off). */
export function arrivalIn(
	state: GameState,
	content: EraContent,
	leadTime: number,
	count: number
): { first: number; last: number } {
	const loads = shipsAt(state, content, leadTime, Math.max(1, count));
	return { first: loads[0][0] - state.tick, last: loads[loads.length - 1][0] - state.tick };
}

/** While the lab charters: when a unit of each tier bought now lands (arrivalIn), at once or,
 * for a tier built to order, after its lead time, the rocket flying once it is built. Playtest 34
 * read "Every purchase flies now" beside Constellation blocks arriving in 4m 46s. Empty while
 * purchases wait for the windows, and outside Orbit. */
export function charterLands(
	state: GameState,
	content: EraContent
): { name: string; landsIn: number }[] {
	if (!orbitOf(content) || !state.orbit.charter) return [];
	return content.era.hardware.map((hw) => ({
		name: hw.name,
		landsIn: arrivalIn(state, content, hw.leadTime, 1).first
	}));
}

/** Whether a rocket chartered this very tick still has room: purchases made together fly together. */
function loading(state: GameState): boolean {
	return state.orbit.rockets > 0 && state.orbit.flewAt === state.tick;
}

/** The next chartered rocket's price, as a share of its cargo's list price: the first after a
 * window costs `charter`, each further one `charterStep` more. */
export function charterShare(o: OrbitDef, state: GameState): number {
	return o.charter + o.charterStep * (state.orbit.rockets - (loading(state) ? 1 : 0));
}

/** The share of the next rocket to lift off after those already flown (one loading this tick
 * counted as flown): `charter` plus a step for each, so it always agrees with the count shown
 * beside it (playtest 4 read "+10% (1 flown)" then "+20% (1 flown)": charterShare is the one a
 * purchase this instant pays, which rides the rocket still loading). */
export function nextRocketShare(o: OrbitDef, state: GameState): number {
	return o.charter + o.charterStep * state.orbit.rockets;
}

/** What a purchase's price is multiplied by for its launch: 1 + the next rocket's share while
 * the lab charters rockets in Orbit, else 1. */
export function launchPremium(state: GameState, content: EraContent): number {
	const o = orbitOf(content);
	return o && state.orbit.charter ? 1 + charterShare(o, state) : 1;
}

/** A chartered rocket flew: the next one costs more until the next window opens. */
export function rocketFlown(state: GameState, content: EraContent): void {
	if (!orbitOf(content)) return;
	if (!loading(state)) state.orbit.rockets += 1;
	state.orbit.flewAt = state.tick;
}

/** The next dusk, dawn or launch window after now, or the next tick while a rocket that flew
 * this tick still loads (the next one is dearer); Infinity outside Orbit. */
export function nextOrbitTick(state: GameState): number {
	const o = ORBITS[state.eraId];
	if (!o) return Infinity;
	if (loading(state)) return state.tick + 1;
	const phase = state.tick % o.period;
	const dusk = o.period - o.dark;
	const light = state.tick + (phase < dusk ? dusk - phase : o.period - phase);
	return Math.min(light, nextWindow(o, state));
}

/**
 * At dusk and dawn the rates change (returns true); at dawn radiation retires a share of each
 * unshielded tier, in whole units (radiationLoss). At a window, chartered rockets are cheap again.
 */
export function applyOrbit(state: GameState, content: EraContent): boolean {
	const o = orbitOf(content);
	if (!o || state.tick === 0) return false;
	if (windowOpens(o, state)) state.orbit.rockets = 0;
	const phase = state.tick % o.period;
	if (phase === 0) {
		const lost: string[] = [];
		const dawn = state.tick / o.period;
		const rate = radiationRate(state, content, o);
		for (const [i, hw] of content.era.hardware.entries()) {
			const n = state.hardware[hw.id] ?? 0;
			const gone = o.shielded.includes(hw.id) ? 0 : radiationLoss(rate, state, dawn, i, n);
			if (gone > 0) {
				state.hardware[hw.id] = n - gone;
				state.orbit.lost += gone;
				lost.push(`${gone} × ${hw.name}`);
			}
		}
		if (lost.length) pushNews(state, 'radiation', { item: lost.join(', ') });
		return true;
	}
	return phase === o.period - o.dark;
}

/**
 * Units of a tier of `n` that radiation retires at dawn number `dawn`: the share `rate` of
 * them, its fraction rounded up or down by a draw (a hash of the era's seed, the dawn and the
 * tier: nothing stored), so a fleet loses `n × rate` units a dawn on average whatever its size
 * (radiationRate). Rounded down, a tier of fewer than 50 never lost a unit (playtest 24: "2 % of
 * two satellites changed nothing") while the card said 2 % a dawn.
 */
export function radiationLoss(
	rate: number,
	state: GameState,
	dawn: number,
	tier: number,
	n: number
): number {
	if (n <= 0) return 0;
	let h = (eraSeed(state.meta.seed, state.eraId) ^ RADIATION_STREAM) >>> 0;
	h = Math.imul(h ^ dawn, 0x9e3779b1) ^ Math.imul(tier + 1, 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
	const draw = ((h ^ (h >>> 16)) >>> 0) / 4294967296;
	return Math.min(n, Math.floor(n * rate + draw));
}
/** Mixed into the era's seed so radiation's draws are a stream of their own. */
const RADIATION_STREAM = 0x4ad1a7;

/** The share of each unshielded tier a dawn retires: the orbit's `radiation`, less what research
 * shields (Radiation hardening halves it). */
export function radiationRate(state: GameState, content: EraContent, o: OrbitDef): number {
	return o.radiation * multipliers(state.research, content, state.meta.perks).radiation;
}
