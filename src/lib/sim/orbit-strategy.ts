// Orbit's decision as a thoughtful player makes it: purchases wait for the windows as cargo,
// and the cargo flies on a chartered rocket when the wait left (until the last of it lands:
// each window lifts a few units) is worth more than the
// rocket's price (a rocket's share climbs with each one flown since the last window, so the
// first ones after a window are cheap and the later ones are not; a cargo worth several times
// the fleet up there is worth a dearer rocket) and there is enough of it to be worth a rocket; a player away between check-ins lets purchases fly by themselves while
// a rocket is worth it. (What runs in the dark is the train share: marketChoice reads the
// dimmed serving capacity.)
import type { EraContent } from '../content';
import { orbitView, type GameState } from '../engine';
import type { Action, ActionResult } from '../engine';

type Act = (action: Action) => ActionResult;

/** A rocket flies when its share of the cargo's price is at most this many times the share of
 * the gap between windows still to wait for the cargo to land (times the cargo's weight): the
 * premium against the wait it saves. (0.3 chartered too rarely once windows lifted a few units:
 * the cargo waited windows on end. 2 read as well per seed, but the quick probe's
 * era5.memory.bound fell to 14.6 with the Edge's split rule before Orbit; 1.5 left one seed of
 * five at −3.7 %.) */
export const CHARTER_WORTH = 1;
/** ... and its cargo is at least this share of all the hardware bought (or the orbit is empty). */
export const CHARTER_LOAD = 0.1;
/** The rocket's worth grows with the cargo's list price over that of the fleet up there, up to
 * this many times (a cargo of 1,400 units beside 40 in orbit waited three hours for a rocket at
 * +30 %, the same rule as for a cargo of a few units). */
export const CARGO_CAP = 3;

/** Flies the waiting cargo when a rocket is worth it and the cash covers it; purchases themselves
 * wait, except into an empty orbit (they fly together) or, for a player who is `away` between
 * short check-ins, whenever a rocket is worth it. Short of the rocket's price the player does
 * not stop buying to save for it: on one seed saving froze the fleet (and its power) for hours,
 * Orbit 741 min against 348 without. Never returns true (it saves nothing). */
export function decideLaunch(s: GameState, c: EraContent, act: Act, away = false): boolean {
	const v = orbitView(s, c);
	if (!v) return false;
	const cargoOverOrbit = v.cargoShare < 1 ? v.cargoShare / (1 - v.cargoShare) : CARGO_CAP;
	const weight = Math.max(1, Math.min(CARGO_CAP, cargoOverOrbit));
	const worthWaiting = (wait: number) =>
		v.charterShare > CHARTER_WORTH * (wait / v.windowEvery) * weight;
	const fly = !worthWaiting(v.roomIn) && (away || v.inOrbit === 0);
	if (v.chartering !== fly) act({ type: 'chartering', on: fly });
	if (v.cargoUnits === 0 || worthWaiting(v.cargoLandsIn) || v.cargoShare < CHARTER_LOAD)
		return false;
	if (v.canCharter) act({ type: 'charter' });
	return false;
}
