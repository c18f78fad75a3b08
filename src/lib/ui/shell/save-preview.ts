// What the import confirm quotes of a save besides its stocks.
import { eraContent } from '$lib/content';
import type { Decimal, GameState } from '$lib/engine';
import { formatCount, formatMoney } from '$lib/format/number';
import { derive } from '$lib/runtime/snapshot';

/** The income a save's header will show once it loads (playtest 6 read $2.04e107 in the confirm
 * and $9.01e108 moments after: the lab earns more than its cash every second). */
export function saveIncome(state: GameState): Decimal {
	return derive(state, eraContent(state.eraId)).t.income;
}

/** The lab a save holds, as the import question names it: its era, the model it serves and its
 * cash, and the models it released this era when any. Playtest 33 read "It holds Spark-1, $2.1K
 * cash and 0 released models" of a lab serving its starter model, and could not tell which era. */
export function saveSummary(state: GameState): string {
	const era = eraContent(state.eraId).era.name;
	const released = state.stats.modelsReleased;
	const models =
		released > 0
			? `, and ${formatCount(released)} model${released === 1 ? '' : 's'} released this era`
			: '';
	return `a lab in the ${era} era serving ${state.model.name}, with ${formatMoney(state.cash)} cash${models}`;
}
