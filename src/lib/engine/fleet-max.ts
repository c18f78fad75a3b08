// "Max" on the Fleet: as many cards as the cash pays, but no more than today's spare power
// runs (or, with none spare, the power being built will run). Cards past the power hold no model
// and give no compute (rates.ts: the whole fleet is throttled to the power), so buying them is
// cash for nothing until more power is signed.
import type { EraContent } from '../content';
import type { Decimal } from './decimal';
import { quoteHardware } from './actions';
import { figures } from './fleet-sums';
import { buildsFar } from './moon-mars';
import type { Rates } from './rates';
import type { GameState } from './state';

/** Most units a quote counts (the buy action's limit). */
const MOST = 1e6;

/**
 * How many more units of a tier today's signed, built power runs, once every order on the way
 * is running (0 when the fleet already draws all of it); `ahead`: counting the contracts signed
 * and still being built as if they delivered.
 */
export function unitsPowered(
	state: GameState,
	content: EraContent,
	r: Rates,
	hardwareId: string,
	ahead = false
): number {
	const hw = content.hardware.get(hardwareId);
	if (!hw) return 0;
	let spare = r.powerCapacity.sub(r.powerDraw);
	if (ahead)
		for (const id in state.power)
			if (state.power[id] > state.tick) spare = spare.add(content.power.get(id)!.capacity);
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
 * runs `powered` more (`ahead`: with none spare, the power being built runs that many). */
export interface MaxQuote {
	count: number;
	cost: Decimal;
	affordable: number;
	powered: number;
	ahead: number;
	/** Max stopped short of what the cash pays, at what the power runs. */
	stopped: boolean;
}

/**
 * Max stops at what the spare power runs, when it runs at least one. With the power already
 * full it stops at what the contracts being built will run (a lab may buy ahead of them), and
 * with none building it buys none: playtest 8 tapped "Order ×46" beside "your spare power runs
 * none of these" and ran throttled to 24–31 % for ten minutes (×1 and ×10 still buy, warned).
 * Moon and Mars build far, on sites of their own (FarSites).
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
		return { ...all, affordable: all.count, powered: all.count, ahead: 0, stopped: false };
	const powered = unitsPowered(state, content, r, hardwareId);
	const ahead = powered < 1 ? unitsPowered(state, content, r, hardwareId, true) : 0;
	const runs = powered >= 1 ? powered : ahead;
	if (all.count <= runs) return { ...all, affordable: all.count, powered, ahead, stopped: false };
	const cost = runs >= 1 ? quoteHardware(state, content, hardwareId, runs)!.cost : all.cost.mul(0);
	return { count: runs, cost, affordable: all.count, powered, ahead, stopped: true };
}
