// Why a project is closed to research whatever the insight (actions.ts canResearch adds the
// insight; research-plan.ts plans purchases with it): the rule once.
import type { EraContent } from '../content';
import type { GameState } from './state';

/** Null when the project is known, not done (a repeatable project never is) and its
 * prerequisites are done; else why not. */
export function researchClosed(
	state: Pick<GameState, 'research'>,
	content: EraContent,
	id: string
): 'unknown-id' | 'already-done' | 'locked' | null {
	const def = content.research.get(id);
	if (!def) return 'unknown-id';
	if (!def.repeatable && state.research.includes(id)) return 'already-done';
	if (!def.requires.every((r) => state.research.includes(r))) return 'locked';
	return null;
}
