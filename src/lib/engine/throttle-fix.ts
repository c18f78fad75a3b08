// What lifts the throttle, the cheapest fix first, for the Power card's warning (its words:
// ui/fleet/throttle-fix-text.ts). Playtest 22: new chips landed in Dyson with watts kept at the
// star, and it said "Order a panel, or sign more power below" when beaming them powered the chips.
import type { EraContent } from '../content';
import { beamToPower, starView } from './dyson-view';
import { starOf } from './dyson';
import { keptFromChips, nextContract } from './purchases';
import type { Rates } from './rates';
import type { GameState } from './state';

/** A way to more power for the chips: beam the watts kept at the star (free, at once), order a
 * panel, or sign a contract. */
export type ThrottleStep = 'beam' | 'panel' | 'sign';

export interface ThrottleFix {
	/** The fixes, cheapest first: beaming kept watts costs nothing; then a panel, unless the
	 * cheapest ring left's watts are now cheaper than a panel's (starView's ring); no 'sign' at the
	 * star once every ring is signed. */
	steps: ThrottleStep[];
	/** With 'beam': the beamed share that powers every chip, alone (null when even beaming all
	 * of it falls short: the next step is needed too). */
	beamTo: number | null;
}

/** Null while the chips get all the power they draw. */
export function throttleFix(s: GameState, c: EraContent, r: Rates): ThrottleFix | null {
	if (!(r.throttle < 1)) return null;
	if (!starOf(c)) return { steps: ['sign'], beamTo: null };
	// A ring left to sign (none: every contract is signed, panels alone bring more).
	const ring = starView(s, c, r)?.ring;
	const bought: ThrottleStep[] = !ring
		? ['panel']
		: ring.panelsLeft === 0
			? ['sign', 'panel']
			: ['panel', 'sign'];
	if (!keptFromChips(r).gt(0)) return { steps: bought, beamTo: null };
	const fits = beamToPower(s, c, r);
	return { steps: ['beam', ...bought], beamTo: fits < 1 ? fits : null };
}

/** Where more power comes from now: the star's watts kept from the chips (Dyson: beam them, free
 * and at once), a contract left to sign, else the star's panels (Dyson), else nowhere this era
 * (every contract signed: only research and perks that cut the chips' watts). Playtest 39 read
 * "Sign a power contract" and "Sign power first" in Dyson with every contract online; playtest
 * 40 read "Order panels" while the beam kept every watt at the star. */
export type PowerSource = 'beam' | 'sign' | 'panel' | 'none';

export function powerSource(s: GameState, c: EraContent, r: Rates): PowerSource {
	if (keptFromChips(r).gt(0)) return 'beam';
	if (nextContract(s, c) !== null) return 'sign';
	return starOf(c) ? 'panel' : 'none';
}

/** A throttle this close to full speed (the fleet runs at 95 % or more) is said calmly, without
 * a warning: playtest 29 read "throttled 99.5%" in orange and feared for a 0.5 % loss. */
export const THROTTLE_SLIGHT = 0.95;

/** The fleet is throttled, but only slightly (THROTTLE_SLIGHT or more of its speed). */
export function throttleSlight(r: Pick<Rates, 'throttle'>): boolean {
	return r.throttle < 1 && r.throttle >= THROTTLE_SLIGHT;
}
