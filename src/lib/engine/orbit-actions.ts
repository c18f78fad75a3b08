// Orbit's action: charter a rocket now instead of waiting for the launch window (orbit.ts).
import type { EraContent, OrbitDef } from '../content';
import { unitsHeld, type ActionResult } from './actions';
import { bulkCost } from './formulas';
import { moneyScale } from './money';
import { D0, type Decimal } from './decimal';
import { pushNews } from './news';
import {
	bookedOn,
	charterLands,
	charterShare,
	firstWindowAt,
	nextRocketShare,
	nextWindow,
	onWindow,
	orbitOf,
	radiationRate,
	rocketFlown
} from './orbit';
import type { ChipOrder, GameState } from './state';

/** An order waits for a launch window (one on a chartered rocket arrives after its lead time:
 * it is paid for and not cargo; playtest 5 saw it listed as waiting with a second fee). */
function waitsForWindow(o: OrbitDef, state: GameState, order: ChipOrder): boolean {
	return onWindow(o, state, order.arrivesAt);
}

/** The orders that wait for a launch window to fly (none outside Orbit). */
export function cargoOrders(state: GameState, content: EraContent): ChipOrder[] {
	const o = orbitOf(content);
	return o ? state.orders.filter((order) => waitsForWindow(o, state, order)) : [];
}

/** Units of each tier that wait for a launch window to fly. */
export function cargo(state: GameState, content: EraContent): Record<string, number> {
	const units: Record<string, number> = {};
	for (const order of cargoOrders(state, content))
		units[order.hardwareId] = (units[order.hardwareId] ?? 0) + order.count;
	return units;
}

/**
 * What chartering a launch for all the cargo costs now: the next rocket's share × the cargo's list price
 * (the last units of each tier at today's prices; 0 with no cargo or outside Orbit).
 */
export function charterCost(state: GameState, content: EraContent): Decimal {
	const o = orbitOf(content);
	if (!o) return D0;
	let cost = D0;
	for (const [id, n] of Object.entries(cargo(state, content))) {
		const hw = content.hardware.get(id)!;
		const held = unitsHeld(state, id);
		cost = cost.add(bulkCost(hw.baseCost, hw.costRatio, held - n, n));
	}
	return cost.mul(moneyScale(content)).mul(charterShare(o, state));
}

/** The cargo's list price over that of all the hardware bought (in orbit and waiting). */
function cargoShare(state: GameState, content: EraContent): number {
	const waiting = cargo(state, content);
	let part = D0;
	let whole = D0;
	for (const hw of content.era.hardware) {
		const held = unitsHeld(state, hw.id);
		const n = waiting[hw.id] ?? 0;
		whole = whole.add(bulkCost(hw.baseCost, hw.costRatio, 0, held));
		if (n > 0) part = part.add(bulkCost(hw.baseCost, hw.costRatio, held - n, n));
	}
	return whole.gt(0) ? part.div(whole).toNumber() : 0;
}

/** Chartering on: every purchase flies at once, for the charter share more; off: it waits. */
export function setCharter(state: GameState, content: EraContent, on: boolean): ActionResult {
	if (!orbitOf(content)) return { ok: false, reason: 'unknown-id' };
	state.orbit.charter = on;
	return { ok: true };
}

/** Launches every order now, for its charter price. */
export function charter(state: GameState, content: EraContent): ActionResult {
	const o = orbitOf(content);
	if (!o) return { ok: false, reason: 'unknown-id' };
	const units = cargo(state, content);
	if (Object.keys(units).length === 0) return { ok: false, reason: 'no-cargo' };
	const cost = charterCost(state, content);
	if (state.cash.lt(cost)) return { ok: false, reason: 'not-enough-cash' };
	state.cash = state.cash.sub(cost);
	rocketFlown(state, content);
	// Orders already on a chartered rocket keep their own arrival.
	state.orders = state.orders.filter((order) => !waitsForWindow(o, state, order));
	const names: string[] = [];
	for (const [id, n] of Object.entries(units)) {
		state.hardware[id] = (state.hardware[id] ?? 0) + n;
		names.push(`${n} × ${content.hardware.get(id)!.name}`);
	}
	pushNews(state, 'charter', { item: names.join(', ') });
	return { ok: true };
}

/** The tick the last of the cargo lands at by the windows (the state's tick without cargo). */
function cargoLands(o: OrbitDef, state: GameState): number {
	let last = state.tick;
	for (const order of state.orders)
		if (waitsForWindow(o, state, order)) last = Math.max(last, order.arrivesAt);
	return last;
}

/** The first launch window with room on its manifest. */
function windowWithRoom(o: OrbitDef, state: GameState): number {
	let at = nextWindow(o, state);
	while (bookedOn(state, at) >= o.windowSlots) at += o.window;
	return at;
}

export interface OrbitView {
	dark: boolean;
	/** Seconds until the light changes (dusk in sunlight, dawn in the dark). */
	lightChangesIn: number;
	/** Share of serving capacity kept in the dark. */
	darkServe: number;
	darkSeconds: number;
	period: number;
	windowIn: number;
	/** Seconds between launch windows. */
	windowEvery: number;
	/** Units each window lifts, and those already booked on the next one. */
	windowSlots: number;
	booked: number;
	/** Seconds until the first window with room (where a purchase now goes), and until the last
	 * of the waiting cargo lands by the windows (0 without cargo). */
	roomIn: number;
	cargoLandsIn: number;
	/** The next window is the era's first (its time drawn per game: content/orbit.ts). */
	firstWindow: boolean;
	/** Units in orbit; units waiting for the window, and what a charter would cost now. */
	inOrbit: number;
	cargoUnits: number;
	cargoNames: string;
	charterCost: Decimal;
	canCharter: boolean;
	/** Purchases fly on chartered rockets (at `charter` × their price more), and when a unit of
	 * each tier bought now lands, at once or once built (charterLands; empty while not chartering). */
	chartering: boolean;
	charterLands: { name: string; landsIn: number }[];
	/** The next rocket's share of its cargo's price, what each further one adds before the
	 * window, and how many rockets flew since the last window (counted from it). */
	charterShare: number;
	charterStep: number;
	rockets: number;
	/** The next rocket to lift off after the `rockets` flown: charter + a step for each (the
	 * count and the share the Fleet card shows together). */
	nextRocketShare: number;

	/** The cargo's share of all the hardware bought this era, at list price (0 without cargo). */
	cargoShare: number;
	radiation: number;
	/** Names of the tiers radiation leaves alone. */
	shielded: string;
	/** What radiation takes over a day of dawns at the fleet as it is (radiationDay). */
	radiationDay: RadiationDay;
}

export interface RadiationDay {
	/** Dawns in a day, and the share of the unshielded units they retire together. */
	dawns: number;
	share: number;
	/** Unshielded units in orbit or on their way (the cargo waiting for a window lands within
	 * the day: playtest 25 counted 3 up there and 12 coming), and about how many a day's dawns
	 * retire. */
	exposed: number;
	units: number;
	/** A project of the era not yet researched that cuts radiation: its name, its insight, and
	 * the projects it still waits for (names; empty when it can start). Null when none is left. */
	cutBy: { name: string; cost: number; after: string[] } | null;
}

/** A day of dawns at the fleet as it is: each retires `radiation` of the unshielded units
 * (orbit.ts radiationLoss, at radiationRate), so a day of them takes 1 − (1 − radiation)^dawns.
 * Playtest 24 saw two satellites keep both and read radiation as nothing; a player away for a
 * night loses ~15 % of them. */
export function radiationDay(state: GameState, content: EraContent, o: OrbitDef): RadiationDay {
	const dawns = Math.floor(86_400 / o.period);
	const share = 1 - Math.pow(1 - radiationRate(state, content, o), dawns);
	let exposed = 0;
	for (const hw of content.era.hardware)
		if (!o.shielded.includes(hw.id)) exposed += state.hardware[hw.id] ?? 0;
	for (const order of state.orders)
		if (!o.shielded.includes(order.hardwareId)) exposed += order.count;
	let cutBy: RadiationDay['cutBy'] = null;
	for (const p of content.research.values())
		if (!cutBy && !state.research.includes(p.id) && p.effects.some((e) => e.target === 'radiation'))
			cutBy = {
				name: p.name,
				cost: p.cost,
				after: p.requires
					.filter((id) => !state.research.includes(id))
					.map((id) => content.research.get(id)?.name ?? id)
			};
	return { dawns, share, exposed, units: Math.round(exposed * share), cutBy };
}

/** What the Fleet and Lab screens show of the orbit (null outside Orbit). */
export function orbitView(state: GameState, content: EraContent): OrbitView | null {
	const o = orbitOf(content);
	if (!o) return null;
	const phase = state.tick % o.period;
	const dusk = o.period - o.dark;
	const dark = phase >= dusk;
	const units = cargo(state, content);
	const cost = charterCost(state, content);
	return {
		dark,
		lightChangesIn: dark ? o.period - phase : dusk - phase,
		darkServe: o.darkServe,
		darkSeconds: o.dark,
		period: o.period,
		windowIn: nextWindow(o, state) - state.tick,
		windowEvery: o.window,
		windowSlots: o.windowSlots,
		booked: bookedOn(state, nextWindow(o, state)),
		roomIn: windowWithRoom(o, state) - state.tick,
		cargoLandsIn: cargoLands(o, state) - state.tick,
		firstWindow: state.tick < firstWindowAt(o, state),
		inOrbit: content.era.hardware.reduce((n, hw) => n + (state.hardware[hw.id] ?? 0), 0),
		cargoUnits: Object.values(units).reduce((a, b) => a + b, 0),
		cargoNames: Object.entries(units)
			.map(([id, n]) => `${n} × ${content.hardware.get(id)!.name}`)
			.join(', '),
		charterCost: cost,
		canCharter: Object.keys(units).length > 0 && state.cash.gte(cost),
		chartering: state.orbit.charter,
		charterLands: charterLands(state, content),
		charterShare: charterShare(o, state),
		charterStep: o.charterStep,
		rockets: state.orbit.rockets,
		nextRocketShare: nextRocketShare(o, state),
		cargoShare: cargoShare(state, content),
		radiation: radiationRate(state, content, o),
		shielded: o.shielded.map((id) => content.hardware.get(id)?.name ?? id).join(', '),
		radiationDay: radiationDay(state, content, o)
	};
}
