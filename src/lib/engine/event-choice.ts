// Answering a world event: the choice card's action. An answer's fee is paid now; its other
// consequences and its multipliers are world-events.ts's.
import type { EraContent, EventOptionDef } from '../content';
import { D0, dmin, type Decimal } from './decimal';
import { restingHype } from './loyalty';
import { market, revenue } from './market';
import { rates } from './rates';
import type { ActionResult } from './actions';
import type { GameState } from './state';
import { pushNews } from './news';
import { activeEvent, eventOptionDef, eventPending, takeOption } from './world-events';

/** What an answer costs now, in cash: seconds of the lab's revenue or of its payroll. The revenue
 * is the steady one at most (once a launch rush has settled: loyalty.ts restingHype), so a
 * release does not raise the fee: playtest 31 saw "Pay the premium" go from $77.7 to $1.89K
 * right after a release. */
export function eventFee(state: GameState, content: EraContent, option: EventOptionDef): Decimal {
	if (!option.feeRevenueSeconds && !option.feeSalarySeconds) return D0;
	const r = rates(state, content);
	let fee = D0;
	if (option.feeRevenueSeconds) {
		const now = revenue(market(r, state.hype), r);
		const steady = revenue(market(r, Math.min(state.hype, restingHype(state.loyalty, r.reach))), r);
		fee = fee.add(dmin(now, steady).mul(option.feeRevenueSeconds));
	}
	if (option.feeSalarySeconds) fee = fee.add(r.salaries.mul(option.feeSalarySeconds));
	return fee;
}

/** The card's answers with what each costs now (empty when no event waits for one). */
export function eventChoices(
	state: GameState,
	content: EraContent
): { option: EventOptionDef; fee: Decimal; isDefault: boolean; affordable: boolean }[] {
	const def = activeEvent(state);
	if (!def || !eventPending(state)) return [];
	return def.options.map((option) => {
		const fee = eventFee(state, content, option);
		return {
			option,
			fee,
			isDefault: option.id === def.defaultOption,
			affordable: fee.lte(state.cash)
		};
	});
}

export function chooseEvent(state: GameState, content: EraContent, optionId: string): ActionResult {
	const def = activeEvent(state);
	if (!def) return { ok: false, reason: 'no-event' };
	if (!eventPending(state)) return { ok: false, reason: 'already-done' };
	const option = eventOptionDef(def, optionId);
	if (!option) return { ok: false, reason: 'unknown-id' };
	const fee = eventFee(state, content, option);
	if (fee.gt(state.cash)) return { ok: false, reason: 'not-enough-cash' };
	state.cash = state.cash.sub(fee);
	// Power held up by the default's delay and due by now comes online now.
	for (const id of takeOption(state, option))
		pushNews(state, 'power-online', { item: content.power.get(id)!.name });
	return { ok: true };
}
