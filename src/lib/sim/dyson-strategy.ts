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
		const r = rates(s, c);
		const v = starView(s, c, r);
		if (!v) return false;
		const power = r.powerCapacity.add(v.coming);
		if (r.powerDraw.div(power).toNumber() < PANEL_AT) return false;
		if (!v.canBuy) return r.powerDraw.gte(power);
		if (!act({ type: 'panel' }).ok) return false;
	}
	const r = rates(s, c);
	return r.powerDraw.gte(r.powerCapacity.add(starView(s, c, r)!.coming));
}
