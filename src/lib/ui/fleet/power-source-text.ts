// Where more power comes from, in words (engine/throttle-fix.ts powerSource): the star's kept
// watts, a contract to sign, the star's panels, or, with every contract signed, nothing bought
// this era. Playtest 39 read "Sign a power contract (Fleet)" and "Sign power first." in Dyson
// with every contract online.
import type { PowerSource } from '$lib/engine';

/** What the player does first, as a sentence: "Sign power first." */
export function powerFirstText(source: PowerSource): string {
	return {
		beam: "Beam more of the star's watts to the chips, or order panels, first (the star's card).",
		sign: 'Sign power first.',
		panel: "Order panels first (the star's card).",
		none: "Every power contract is signed: only research and perks that cut the chips' watts make room."
	}[source];
}

/** What lets auto-buy buy again, after "Waits: no unit fits the power left." */
export function autoBuyPowerText(source: PowerSource): string {
	return {
		beam: "The beam keeps the rest of the star's watts from the chips: beam more, or order panels (the star's card, Fleet), and it buys again.",
		sign: 'Sign a power contract (Fleet) and it buys again.',
		panel: "Order panels (the star's card, Fleet) and it buys again.",
		none: "Every power contract is signed: it buys again as research and perks cut the chips' watts."
	}[source];
}
