// Dyson's decision as a thoughtful player makes it: a panel when the fleet's draw nears what
// the star and the rings give (the next chip would wait for watts), otherwise chips. (The
// star's share is the train share: marketChoice sets it.)
import type { EraContent } from '../content';
import { rates, starView, type GameState } from '../engine';
import type { Action, ActionResult } from '../engine';

type Act = (action: Action) => ActionResult;

/** Draw over power beyond which the player collects another panel before buying chips. */
export const PANEL_AT = 0.8;

export function decidePanels(s: GameState, c: EraContent, act: Act): boolean {
	for (let i = 0; i < 20; i++) {
		const v = starView(s, c, rates(s, c));
		if (!v || v.drawShare < PANEL_AT) return false;
		if (!v.canBuy) return false;
		if (!act({ type: 'panel' }).ok) return false;
	}
	return false;
}
