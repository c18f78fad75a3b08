// What the import confirm quotes of a save besides its stocks.
import { eraContent } from '$lib/content';
import type { Decimal, GameState } from '$lib/engine';
import { derive } from '$lib/runtime/snapshot';

/** The income a save's header will show once it loads (playtest 6 read $2.04e107 in the confirm
 * and $9.01e108 moments after: the lab earns more than its cash every second). */
export function saveIncome(state: GameState): Decimal {
	return derive(state, eraContent(state.eraId)).t.income;
}
