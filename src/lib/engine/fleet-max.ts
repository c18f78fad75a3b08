// "Max" on the Fleet: as many cards as the cash pays, but no more than today's spare power
// runs (or, with none spare, the power being built will run by the time the cards arrive). Cards
// past the power hold no model and give no compute (rates.ts: the whole fleet is throttled to
// the power), so buying them is cash for nothing until more power is signed.
import type { EraContent } from '../content';
import type { Decimal } from './decimal';
import { quoteHardware } from './actions';
import { figures } from './fleet-sums';
import { buildsFar } from './moon-mars';
import { shipsAt } from './orbit';
import { nextPowerTick } from './step';
import type { Rates } from './rates';
import type { GameState } from './state';

/** Most units a quote counts (the buy action's limit). */
const MOST = 1e6;

/**
 * How many more units of a tier today's signed, built power runs, once every order on the way
 * is running (0 when the fleet already draws all of it); with `by` (a tick), counting the
 * contracts signed and still being built that deliver by then.
 */
export function unitsPowered(
	state: GameState,
	content: EraContent,
	r: Rates,
	hardwareId: string,
	by?: number
): number {
	const hw = content.hardware.get(hardwareId);
	if (!hw) return 0;
	// What the chips can draw: Dyson's panel watts kept at the star train the run there, and run
	// no chip (playtest 13's Max bought 12 lifts on them, at "Keep 100%").
	let spare = r.powered.sub(r.powerDraw);
	if (by !== undefined)
		for (const id in state.power) {
			const at = state.power[id];
			if (at > state.tick && at <= by) spare = spare.add(content.power.get(id)!.capacity);
		}
	for (const o of state.orders)
		spare = spare.sub(
			figures(content.hardware.get(o.hardwareId)!).watts.mul(o.count * r.mult.watts)
		);
	if (!spare.gt(0)) return 0;
	const each = hw.watts * r.mult.watts;
	if (!(each > 0)) return MOST;
	return Math.min(MOST, Math.floor(spare.div(each).toNumber()));
}

/** What "Max" buys: `count` at `cost`; the cash would pay for `affordable`, the spare power
 * runs `powered` more (`ahead`: with none spare, the power being built by the time the cards
 * arrive runs that many). */
export interface MaxQuote {
	count: number;
	cost: Decimal;
	affordable: number;
	powered: number;
	ahead: number;
	/** With none powered and none ahead: seconds until the next contract being built delivers
	 * (Max buys then), or null with none being built. */
	powerIn: number | null;
	/** Max stopped short of what the cash pays, at what the power runs. */
	stopped: boolean;
}

/**
 * Max stops at what the spare power runs, when it runs at least one. With the power already
 * full it stops at what the contracts being built will run by the time the cards arrive (an
 * order that ships after the power lands never waits throttled), and otherwise it buys none:
 * playtest 8 tapped "Order ×46" beside "your spare power runs none of these" and ran throttled
 * to 24–31 % for ten minutes; playtest 11 tapped Max on cards that arrive at once, ahead of
 * contracts still being built, and read "throttled 11%" for minutes (×1 and ×10 still buy,
 * warned). Moon and Mars build far, on sites of their own (FarSites).
 */
export function fleetMaxQuote(
	state: GameState,
	content: EraContent,
	r: Rates,
	hardwareId: string
): MaxQuote | null {
	const cash = quoteHardware(state, content, hardwareId, 'max');
	if (!cash) return null;
	// Never more than one buy action takes (a late lab's cash pays for billions of Mars farms).
	const all = cash.count <= MOST ? cash : quoteHardware(state, content, hardwareId, MOST)!;
	if (buildsFar(state, content))
		return {
			...all,
			affordable: all.count,
			powered: all.count,
			ahead: 0,
			powerIn: null,
			stopped: false
		};
	const powered = unitsPowered(state, content, r, hardwareId);
	const arrives = shipsAt(state, content, content.hardware.get(hardwareId)!.leadTime, 1)[0][0];
	const ahead = powered < 1 ? unitsPowered(state, content, r, hardwareId, arrives) : 0;
	const runs = powered >= 1 ? powered : ahead;
	const lands = nextPowerTick(state);
	const powerIn = runs >= 1 || !Number.isFinite(lands) ? null : lands - state.tick;
	if (all.count <= runs)
		return { ...all, affordable: all.count, powered, ahead, powerIn, stopped: false };
	const cost = runs >= 1 ? quoteHardware(state, content, hardwareId, runs)!.cost : all.cost.mul(0);
	return { count: runs, cost, affordable: all.count, powered, ahead, powerIn, stopped: true };
}
