// Dyson's decision as a thoughtful player makes it: a panel when the fleet's draw nears what
// the star and the rings will give once the panels being built land (the next chip would wait
// for watts), otherwise chips. (The star's share is the train share: marketChoice sets it.)
import type { EraContent } from '../content';
import { rates, starView, type GameState } from '../engine';
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

/** The star's card, the fleet's draw, and the power it will have once the panels on the way land. */
function starPower(s: GameState, c: EraContent) {
	const r = rates(s, c);
	const v = starView(s, c, r);
	return { v, draw: r.powerDraw, power: v ? r.powerCapacity.add(v.coming) : r.powerCapacity };
}
