// Moon and Mars's decision as a thoughtful player makes it: build near (on the Moon, where
// chips serve Earth) while runs are short, while the lab cannot serve its demand even at the
// least train share, or while the model at the gate does not fit the fleet's memory (it could
// not be released); otherwise the run is what holds the lab back: build far (on Mars: cheap
// and abundant, but it only trains), the tier with the most FLOP/s per dollar, with the cash
// at hand.
import type { EraContent } from '../content';
import {
	farQuote,
	gateServes,
	moonMarsView,
	rates,
	runTimeLeft,
	type Action,
	type ActionResult,
	type GameState
} from '../engine';

type Act = (action: Action) => ActionResult;

/** Seconds the run still needs beyond which training, not cash, is what holds the lab back. */
export const FAR_RUN = 900;

/** Returns whether the player built far this round (then it buys nothing near). */
export function decideFar(s: GameState, c: EraContent, act: Act): boolean {
	const r = rates(s, c);
	const v = moonMarsView(s, c, r);
	if (!v) return false;
	const far = runTimeLeft(s, r) > FAR_RUN && !v.servingShort && (!s.gate || gateServes(s, c, r));
	if (far !== v.far) act({ type: 'build-far', on: far });
	if (!far) return false;
	let best: { id: string; value: number } | null = null;
	for (const hw of c.era.hardware) {
		const q = farQuote(s, c, hw.id, 1)!;
		const value = Math.log10(hw.flops) - q.cost.log10();
		if (!best || value > best.value) best = { id: hw.id, value };
	}
	if (best) act({ type: 'buy', hardware: best.id, count: 'max' });
	return true;
}
