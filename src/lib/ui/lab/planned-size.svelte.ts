// The run the run card plans: the size last chosen while it is offered, else the engine's
// suggestion. Kept while the page lives and across a reload (the Lab unmounts on another tab,
// and a player who picked a bigger run found the list back at one size up: the playtest). The
// run card and the Edge's Distil card both read it, so they speak of the same run (playtest 4).
// The choice belongs to one lab (its game's seed and era): an imported save, a new game or a new
// era starts with none (playtest 6 imported an Orbit save and read "Everything ×3e13 is no
// longer offered", the size it had picked in the save before). And it belongs to the model it was
// picked against: a release brings the suggestion back (playtest 12 kept training the size it
// had picked two models before, smaller than the one the new model's runs now suggest).
import type { EraContent, RunSizeDef } from '$lib/content';
import { runSizesOffered, suggestedRunSize, type GameState, type Rates } from '$lib/engine';

// Kept across a reload too (playtest 26 picked Short, reloaded, and started the Medium run the
// list had gone back to): per device, beside the preferences, never in the save.
const KEY = 'frontier/run-size';
const picked = $state(readPicked());
const labOf = (s: GameState) => `${s.meta.seed}:${s.eraId}:${s.stats.modelsReleased}`;

function readPicked(): { size: string; lab: string } {
	try {
		const raw: unknown = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? 'null');
		if (raw && typeof raw === 'object') {
			const { size, lab } = raw as Record<string, unknown>;
			if (typeof size === 'string' && typeof lab === 'string') return { size, lab };
		}
	} catch {
		// A damaged or blocked entry is as good as none.
	}
	return { size: '', lab: '' };
}

/** The size the player picked in this lab ('' when none). */
export function chosenSize(s: GameState): string {
	return picked.lab === labOf(s) ? picked.size : '';
}

/** The player picks a size for this lab's next runs. */
export function chooseSize(s: GameState, id: string): void {
	picked.size = id;
	picked.lab = labOf(s);
	try {
		globalThis.localStorage?.setItem(KEY, JSON.stringify({ size: id, lab: picked.lab }));
	} catch {
		// Full or blocked storage: the choice holds while the page lives.
	}
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
