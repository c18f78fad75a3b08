// One fixed step of the simulation, written plainly. This is the rule of the game;
// advance.ts must end exactly where repeating it ends (tests/unit/advance.test.ts).
import type { EraContent } from '../content';
import { D0 } from './decimal';
import { HYPE_DECAY, HYPE_DECAY_UNMET, REHIRE_SECONDS } from './formulas';
import { automate } from './automation';
import { finishRun, runIsDone } from './models';
import { pushNews } from './news';
import { rates, type Rates } from './rates';
import { releaseRival } from './rivals';
import { applyWorldEvents } from './world-events';
import type { GameState } from './state';

/**
 * Applies what falls due at the current tick: deliveries, contracts coming online, rival
 * releases. Returns whether the fleet or its power changed (so derived rates are stale).
 */
export function applyScheduled(state: GameState, content: EraContent): boolean {
	const t = state.tick;
	let fleetChanged = false;
	if (state.orders.some((o) => o.arrivesAt <= t)) {
		const due = state.orders.filter((o) => o.arrivesAt <= t);
		state.orders = state.orders.filter((o) => o.arrivesAt > t);
		fleetChanged = true;
		for (const o of due) {
			state.hardware[o.hardwareId] = (state.hardware[o.hardwareId] ?? 0) + o.count;
			const name = content.hardware.get(o.hardwareId)!.name;
			pushNews(state, 'delivery', { item: `${o.count} × ${name}` });
		}
	}
	for (const [id, at] of Object.entries(state.power)) {
		if (at === t) {
			fleetChanged = true;
			pushNews(state, 'power-online', { item: content.power.get(id)!.name });
		}
	}
	for (const rival of state.rivals) {
		if (rival.nextReleaseAt <= t) releaseRival(state, content, rival);
	}
	// A world event starting or ending changes prices and demand: rates are stale too.
	if (applyWorldEvents(state, content, (text) => pushNews(state, 'world-event', { item: text })))
		fleetChanged = true;
	return fleetChanged;
}

/** The first tick after now at which something falls due (Infinity if nothing does). */
export function nextScheduledTick(state: GameState): number {
	let next = Infinity;
	for (const o of state.orders) next = Math.min(next, o.arrivesAt);
	for (const at of Object.values(state.power)) if (at > state.tick) next = Math.min(next, at);
	for (const r of state.rivals) next = Math.min(next, r.nextReleaseAt);
	next = Math.min(next, state.event ? state.event.endsAt : state.nextEventAt);
	return Math.max(next, state.tick + 1);
}

/** The continuous part of one step, with rates already derived. */
export function flowOneStep(state: GameState, r: Rates): void {
	const demand = r.baseDemand.mul(1 + state.hype);
	const unmet = demand.gt(r.capacity);
	const served = unmet ? r.capacity : demand;
	state.tokens = state.tokens.add(served);
	state.insight = state.insight.add(r.insightRate);
	// Spare capacity is resold as spot compute where the era allows (price 0 otherwise).
	const spare = unmet ? D0 : r.capacity.sub(served);
	const cash = state.cash.add(served.mul(r.price)).add(spare.mul(r.spotPrice)).sub(r.costs);
	if (cash.lt(0)) {
		// What cannot be paid is written off; researchers down tools until payroll is back.
		state.cash = D0;
		if (!state.idle && state.researchers > 0) {
			state.idle = true;
			pushNews(state, 'broke');
		}
	} else {
		state.cash = cash;
		if (state.idle && cash.gte(r.salaries.mul(REHIRE_SECONDS))) {
			state.idle = false;
			pushNews(state, 'rehired');
		}
	}
	state.hype *= unmet ? HYPE_DECAY_UNMET : HYPE_DECAY;
	if (state.run) state.run.progress = state.run.progress.add(r.trainRate);
}

/**
 * Advances the state by exactly one step (mutates and returns it). `derived` may pass the
 * rates of this very state when the caller has them (advance does); they are not re-derived.
 */
export function step(state: GameState, content: EraContent, derived?: Rates): GameState {
	const r = derived ?? rates(state, content);
	flowOneStep(state, r);
	if (state.run && runIsDone(state.run.progress, state.run.target))
		finishRun(state, content, r.mult);
	state.tick += 1;
	const fleetChanged = applyScheduled(state, content);
	// Automation reads power and prices, which flows and rival releases leave as they were.
	automate(state, content, fleetChanged ? undefined : r);
	return state;
}
