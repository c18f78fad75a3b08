// Dyson's decisions as a thoughtful player makes them: a panel when the fleet's draw nears what
// the star and the rings will give once the panels being built land (the next chip would wait
// for watts), otherwise chips; and the beam: while a long run trains, beam the chips what they
// draw and keep the rest of the star's watts to train at the star (a kept watt trains as much as
// `keptGain` beamed ones); between runs and near a run's end, beam it all (Earth's grid buys
// what the chips do not draw: cash for panels and chips).
import type { EraContent } from '../content';
import { beamToPower, rates, runTimeLeft, starOf, starView, type GameState } from '../engine';
import type { Action, ActionResult } from '../engine';

type Act = (action: Action) => ActionResult;

/** Draw over power (with the panels on the way) beyond which the player orders another panel
 * before buying chips. */
export const PANEL_AT = 0.8;

/** Returns whether the player saves its cash for panels this round: the chips it has already
 * want more watts than the star will give once the panels on the way land (one more chip
 * would only wait for watts). */
export function decidePanels(s: GameState, c: EraContent, act: Act): boolean {
	for (let i = 0; i < 20; i++) {
		const { v, draw, power } = starPower(s, c);
		if (!v) return false;
		if (draw.div(power).toNumber() < PANEL_AT) return false;
		if (!v.canBuy) return draw.gte(power);
		if (!act({ type: 'panel' }).ok) return false;
	}
	const { draw, power } = starPower(s, c);
	return draw.gte(power);
}

/** The star's card, the fleet's draw, and the power it will have once the panels on the way
 * land (the player weighs its purchases with every panel beaming: strategy.ts decide). */
function starPower(s: GameState, c: EraContent) {
	const r = rates(s, c);
	const v = starView(s, c, r);
	const power = v ? r.powerCapacity.add(v.coming) : r.powerCapacity;
	return { v, draw: r.powerDraw, power };
}

/** Seconds the run still needs (with every watt beamed) beyond which the run, not cash, holds
 * the lab back: the player keeps the surplus at the star to train; under it, it sells the
 * surplus to Earth's grid (content/dyson.ts sale). */
export const KEEP_RUN = 1200;

/** Sets the beam. Between runs (the star trains nothing then), near a run's end (KEEP_RUN), or
 * for the player who leaves the beam alone (`all`: the probe's control), every watt: what the
 * chips do not draw is sold to Earth's grid. While a long run trains, what the chips draw beyond
 * the rings: the surplus is kept at the star, where a kept watt trains `keptGain` times what a
 * beamed one would. */
export function decideBeam(s: GameState, c: EraContent, act: Act, all = false): void {
	const star = starOf(c);
	if (!star) return;
	const r = rates(s, c);
	if (!s.run || all || runTimeLeft(s, r, c) < KEEP_RUN) {
		if (s.dyson.beam !== 1) act({ type: 'beam', share: 1 });
		return;
	}
	const beam = beamToPower(s, c, r);
	if (beam !== s.dyson.beam) act({ type: 'beam', share: beam });
}
