// The throttle a purchase would bring, told before the tap (rates.ts derives the throttle now).
import type { EraContent } from '../content';
import { figures } from './fleet-sums';
import type { Rates } from './rates';
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
