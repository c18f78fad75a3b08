// "Max" on the Fleet: as many cards as the cash pays, but no more than today's spare power
// runs. Cards past the power hold no model and give no compute (rates.ts: the whole fleet is
// throttled to the power), so buying them is cash for nothing until more power is signed.
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
 * is running (0 when the fleet already draws all of it).
 */
export function unitsPowered(
	state: GameState,
	content: EraContent,
	r: Rates,
	hardwareId: string
): number {
	const hw = content.hardware.get(hardwareId);
	if (!hw) return 0;
	let spare = r.powerCapacity.sub(r.powerDraw);
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
 * runs `powered` more. */
export interface MaxQuote {
	count: number;
	cost: Decimal;
	affordable: number;
	powered: number;
	/** Max stopped short of what the cash pays, at what the power runs. */
	stopped: boolean;
}

/**
 * Max stops at what the spare power runs, when it runs at least one. With the power already
 * full it quotes what the cash pays (the screen says none of them would run): a lab may buy
 * ahead of a contract being built. Moon and Mars build far, on sites of their own (FarSites).
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
		return { ...all, affordable: all.count, powered: all.count, stopped: false };
	const powered = unitsPowered(state, content, r, hardwareId);
	if (powered < 1 || all.count <= powered)
		return { ...all, affordable: all.count, powered, stopped: false };
	const cost = quoteHardware(state, content, hardwareId, powered)!.cost;
	return { count: powered, cost, affordable: all.count, powered, stopped: true };
}
