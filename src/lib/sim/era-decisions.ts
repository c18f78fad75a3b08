// Each era's own decision, made by the scripted players before they spend on hardware.
import type { EraContent } from '../content';
import type { GameState } from '../engine';
import { decideLaunch } from './orbit-strategy';
import { decidePanels } from './dyson-strategy';
import type { Action, ActionResult } from '../engine';

type Act = (action: Action) => ActionResult;

/** Returns whether the player saves its cash for the decision this round (buys no hardware). */
export function eraDecision(s: GameState, c: EraContent, act: Act, away = false): boolean {
	if (s.eraId === 'orbit') return decideLaunch(s, c, act, away);
	if (s.eraId === 'dyson') return decidePanels(s, c, act);
	return false;
}
