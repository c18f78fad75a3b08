// The throttle a purchase would bring, told before the tap (rates.ts derives the throttle now).
import type { EraContent } from '../content';
import { cloneState } from './clone';
import { figures } from './fleet-sums';
import { rates, type Rates } from './rates';
import { nextPowerTick } from './step';
import type { GameState } from './state';

/**
 * The throttle the fleet would run at once `count` more units of a tier, and every order on
 * the way, are running on today's power (1: no throttle). Read before a purchase, so the
 * player is told before the tap, not after.
 */
export function throttleAfter(
	state: GameState,
	content: EraContent,
	r: Rates,
	hardwareId: string,
	count: number
): number {
	const hw = content.hardware.get(hardwareId);
	if (!hw) return r.throttle;
	let watts = figures(hw).watts.mul(count);
	for (const o of state.orders)
		watts = watts.add(figures(content.hardware.get(o.hardwareId)!).watts.mul(o.count));
	const draw = r.powerDraw.add(watts.mul(r.mult.watts));
	// The chips' power (rates.ts throttles to `powered`: the star's kept watts run no chip).
	return draw.lte(r.powered) ? 1 : r.powered.div(draw).toNumber();
}

/** The lab with every order on the way running on today's power (not paid for, no contract
 * switched on): the fleet throttleAfter speaks of, for a figure that needs its rates. */
export function ordersRunning(state: GameState): GameState {
	if (!state.orders.length) return state;
	const hardware = { ...state.hardware };
	for (const o of state.orders) hardware[o.hardwareId] = (hardware[o.hardwareId] ?? 0) + o.count;
	return { ...state, hardware, orders: [] };
}

/**
 * The power being built, for a purchase past the power: the seconds until the next contract
 * lands, and the throttle the fleet would run at then with `count` more of the tier (null with
 * none being built). Playtest 28 read "Sign power first" on every card while its contract was
 * on the way.
 */
export function whenPowerLands(
	state: GameState,
	content: EraContent,
	hardwareId: string,
	count: number
): { in: number; throttle: number } | null {
	const lands = nextPowerTick(state);
	if (!Number.isFinite(lands)) return null;
	const x = cloneState(state);
	for (const id in x.power) if (x.power[id] === lands) x.power[id] = x.tick;
	return {
		in: lands - state.tick,
		throttle: throttleAfter(x, content, rates(x, content), hardwareId, count)
	};
}

/**
 * The seconds until the power contracts being built are all on, when they then run every chip
 * the lab has (null: none is being built, or the fleet is still past its power with them). The
 * Lab said "sign power" while a contract that covered the fleet was being built (playtest 44).
 */
export function powerCoversIn(state: GameState, content: EraContent): number | null {
	const lands = powerLands(state, content);
	return lands && lands.throttle >= 1 ? lands.in : null;
}

/**
 * The power contracts being built, as they come online: the first landing after which the fleet
 * runs every chip, its seconds from now (throttle 1), else the last landing and the throttle the
 * fleet still runs at then; null with none being built. The Power card's throttle warning said
 * "sign more power below" while a contract was being built, and the Memory card counted to the
 * last of two contracts when the first, 40 s away, was enough (playtest 44).
 */
export function powerLands(
	state: GameState,
	content: EraContent
): { in: number; throttle: number } | null {
	const lands = [...new Set(Object.values(state.power).filter((t) => t > state.tick))].sort(
		(a, b) => a - b
	);
	let found: { in: number; throttle: number } | null = null;
	for (const at of lands) {
		const power = { ...state.power };
		for (const id in power) if (power[id] > state.tick && power[id] <= at) power[id] = state.tick;
		found = { in: at - state.tick, throttle: rates({ ...state, power }, content).throttle };
		if (found.throttle >= 1) break;
	}
	return found;
}
