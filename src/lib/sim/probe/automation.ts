// Automation alone: from an era's start, every automation the lab owns switched on with the
// player's default rules, and no other input. DECISIONS.md: automation is a helper, not a
// player, so the active scripted player must reach the goal clearly sooner.
import { eraContent } from '../../content';
import {
	advance,
	cloneState,
	setAutomation,
	type AutomationKind,
	type GameState
} from '../../engine';

const KINDS: AutomationKind[] = ['release', 'run', 'buy', 'sign', 'match'];
/** How often the automation-only lab is looked at (the goal is noticed within this). */
const LOOK_EVERY = 60;

/** Seconds from `from` to the era goal with automation only; Infinity if not within `limit`. */
export function automationOnlySeconds(from: GameState, limit: number): number {
	const s = cloneState(from);
	const c = eraContent(s.eraId);
	for (const kind of KINDS) setAutomation(s, kind, { on: true });
	const end = s.tick + limit;
	while (!s.goalReached && s.tick < end) advance(s, c, Math.min(LOOK_EVERY, end - s.tick));
	return s.goalReached ? s.tick - from.tick : Infinity;
}
