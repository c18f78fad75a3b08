// What the import confirm quotes of a save besides its stocks.
import { eraContent } from '$lib/content';
import { cashLoss, type Decimal, type GameState } from '$lib/engine';
import { formatDuration } from '$lib/format/duration';
import { formatCount, formatMoney } from '$lib/format/number';
import { derive } from '$lib/runtime/snapshot';

/** The income a save's header will show once it loads (playtest 6 read $2.04e107 in the confirm
 * and $9.01e108 moments after: the lab earns more than its cash every second). */
export function saveIncome(state: GameState): Decimal {
	return derive(state, eraContent(state.eraId)).t.income;
}

/** What the import question adds when the save's cash runs out within the hour of loading (or
 * its lab is broke already): playtest 37 read "$2.50e311 cash … Its income: −$2.81e331/s" and
 * then a lab at $1.01e331 earning +$3.25e329/s, its cash gone within a second and the grid's power
 * cut. Empty otherwise. */
export function saveCashOut(state: GameState): string {
	const c = eraContent(state.eraId);
	const { r, f } = derive(state, c);
	const loss = cashLoss(state, c, r, f);
	if (!loss) return '';
	const broke = 'the lab is broke: researchers down tools and the grid cuts power to its chips';
	if (loss.broke) return ` Its cash ran out before it was saved: ${broke}.`;
	return ` Its cash runs out within ${formatDuration(Math.max(1, loss.runsOutIn))} of loading; then ${broke}.`;
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
