// The run the run card plans: the size last chosen while it is offered, else the engine's
// suggestion. Kept while the page lives (the Lab unmounts on another tab, and a player who
// picked a bigger run found the list back at one size up: the playtest). The run card and the
// Edge's Distil card both read it, so they speak of the same run (playtest 4).
import type { EraContent, RunSizeDef } from '$lib/content';
import { runSizesOffered, suggestedRunSize, type GameState, type Rates } from '$lib/engine';

export const remembered = $state({ size: '' });

/** The planned size, and whether it is the player's choice (else the suggestion). */
export function plannedSize(
	s: GameState,
	c: EraContent,
	r: Rates
): { size: RunSizeDef; kept: boolean } {
	const kept = runSizesOffered(s, c, r).some((z) => z.id === remembered.size);
	const id = kept ? remembered.size : suggestedRunSize(s, c, r).id;
	return { size: c.era.runSizes.find((z) => z.id === id)!, kept };
}
