// The run the run card plans: the size last chosen while it is offered, else the engine's
// suggestion. Kept while the page lives (the Lab unmounts on another tab, and a player who
// picked a bigger run found the list back at one size up: the playtest). The run card and the
// Edge's Distil card both read it, so they speak of the same run (playtest 4).
// The choice belongs to one lab (its game's seed and era): an imported save, a new game or a new
// era starts with none (playtest 6 imported an Orbit save and read "Everything ×3e13 is no
// longer offered", the size it had picked in the save before). And it belongs to the model it was
// picked against: a release brings the suggestion back (playtest 12 kept training the size it
// had picked two models before, smaller than the one the new model's runs now suggest).
import type { EraContent, RunSizeDef } from '$lib/content';
import { runSizesOffered, suggestedRunSize, type GameState, type Rates } from '$lib/engine';

const picked = $state({ size: '', lab: '' });
const labOf = (s: GameState) => `${s.meta.seed}:${s.eraId}:${s.stats.modelsReleased}`;

/** The size the player picked in this lab ('' when none). */
export function chosenSize(s: GameState): string {
	return picked.lab === labOf(s) ? picked.size : '';
}

/** The player picks a size for this lab's next runs. */
export function chooseSize(s: GameState, id: string): void {
	picked.size = id;
	picked.lab = labOf(s);
}

/** The planned size, and whether it is the player's choice (else the suggestion). */
export function plannedSize(
	s: GameState,
	c: EraContent,
	r: Rates
): { size: RunSizeDef; kept: boolean } {
	const chosen = chosenSize(s);
	const kept = runSizesOffered(s, c, r).some((z) => z.id === chosen);
	const id = kept ? chosen : suggestedRunSize(s, c, r).id;
	return { size: c.era.runSizes.find((z) => z.id === id)!, kept };
}
