// How the scripted players answer a world event's question: as the engine advises the player
// (engine/event-advice.ts; the probe checks the answers).
import type { EraContent } from '../content';
import { eventAdvice, type Action, type ActionResult, type GameState } from '../engine';

/** The answer a sensible player gives to the event under way (null: none is asked): the
 * engine's advice, the one the choice card emphasises (engine/event-advice.ts). */
export function sensibleAnswer(s: GameState, c: EraContent): string | null {
	return eventAdvice(s, c);
}

/** Answers the event under way, if one waits for an answer. */
export function answerEvent(
	s: GameState,
	c: EraContent,
	act: (action: Action) => ActionResult
): void {
	const option = sensibleAnswer(s, c);
	if (option) act({ type: 'event-choice', option });
}
