// One fixed step of the simulation, written plainly. This is the rule of the game;
// advance.ts must end exactly where repeating it ends (tests/unit/engine/advance.test.ts).
import type { EraContent } from '../content';
import { D0 } from './decimal';
import { hypeAfter, market, revenue } from './market';
import { automate } from './automation';
import { nextRenewal } from './cloud';
import { renewRental } from './cloud-actions';
import { applyHyperscale, nextHyperscaleTick } from './hyperscale';
import { applyOrbit, nextOrbitTick } from './orbit';
import { applyDyson, nextDysonTick } from './dyson';
import { runEnd } from './edge';
import { finishRun, runIsDone } from './models';
import { loyaltyAfter } from './loyalty';
import { pushNews } from './news';
import { rates, rehireDue, type Rates } from './rates';
import { releaseRival } from './rivals';
import { applyWorldEvents, nextEventTick } from './world-events';
import { answerStanding } from './standing-answer';
import type { GameState } from './state';
import { changing } from './rates-kept';

/**
 * Applies what falls due at the current tick: deliveries, contracts coming online, rival
 * releases, world events. Returns whether any of them left the derived rates stale.
 */
export function applyScheduled(state: GameState, content: EraContent): boolean {
	const t = state.tick;
	let ratesStale = false;
	if (state.orders.some((o) => o.arrivesAt <= t)) {
		const due = state.orders.filter((o) => o.arrivesAt <= t);
		state.orders = state.orders.filter((o) => o.arrivesAt > t);
		ratesStale = true;
		for (const o of due) {
			state.hardware[o.hardwareId] = (state.hardware[o.hardwareId] ?? 0) + o.count;
			const name = content.hardware.get(o.hardwareId)!.name;
			pushNews(state, 'delivery', { item: `${o.count} × ${name}` });
		}
	}
	for (const id in state.power) {
		if (state.power[id] === t) {
			ratesStale = true;
			pushNews(state, 'power-online', { item: content.power.get(id)!.name });
		}
	}
	for (const rival of state.rivals) {
		if (rival.nextReleaseAt <= t) releaseRival(state, content, rival);
	}
	if (renewRental(state, content)) ratesStale = true;
	if (applyHyperscale(state, content)) ratesStale = true;
	if (applyOrbit(state, content)) ratesStale = true;
	if (applyDyson(state)) ratesStale = true;
	// A world event starting or ending changes prices and demand: rates are stale too.
	const news = (text: string, kind: 'world-event' | 'event-default' = 'world-event') =>
		pushNews(state, kind, { item: text });
	if (applyWorldEvents(state, content, news, () => answerStanding(state, content)))
		ratesStale = true;
	return ratesStale;
}

/** The tick the next contract being built delivers (Infinity if none is being built). */
export function nextPowerTick(state: GameState): number {
	let next = Infinity;
	for (const id in state.power) {
		const at = state.power[id];
		if (at > state.tick) next = Math.min(next, at);
	}
	return next;
}

/** The first tick after now at which something falls due (Infinity if nothing does). */
export function nextScheduledTick(state: GameState): number {
	let next = Infinity;
	for (const o of state.orders) next = Math.min(next, o.arrivesAt);
	next = Math.min(next, nextPowerTick(state));
	for (const r of state.rivals) next = Math.min(next, r.nextReleaseAt);
	next = Math.min(next, nextEventTick(state));
	next = Math.min(next, nextRenewal(state));
	next = Math.min(next, nextHyperscaleTick(state));
	next = Math.min(next, nextOrbitTick(state));
	next = Math.min(next, nextDysonTick(state));
	return Math.max(next, state.tick + 1);
}

/** The continuous part of one step, with rates already derived. */
export function flowOneStep(state: GameState, r: Rates): void {
	const m = market(r, state.hype);
	state.tokens = state.tokens.add(m.served);
	state.insight = state.insight.add(r.insightRate);
	const income = revenue(m, r).sub(r.costs);
	const cash = state.cash.add(income);
	if (cash.lt(0)) {
		// What cannot be paid is written off; researchers down tools unless serving pays them, and
		// the grid powers only the chips the income pays for (power-cut.ts).
		state.cash = D0;
		if (!state.idle) {
			state.idle = true;
			if (state.researchers > 0) pushNews(state, 'broke');
		}
	} else {
		state.cash = cash;
		if (state.idle && rehireDue(r, cash, income)) {
			state.idle = false;
			// Only of researchers, as 'broke' is (playtest 33 read "Payroll is back" eight times
			// with none hired: a power cut lifting).
			if (state.researchers > 0) pushNews(state, 'rehired');
		}
	}
	state.hype = hypeAfter(state.hype, state.loyalty, r, m.soldOut, 1);
	state.loyalty = loyaltyAfter(state.loyalty, m.soldOut, 1, r.reach);
	if (state.run) state.run.progress = state.run.progress.add(r.trainRate);
}

/**
 * Advances the state by exactly one step (mutates and returns it). `derived` may pass the
 * rates of this very state when the caller has them (advance does); they are not re-derived.
 */
export function step(state: GameState, content: EraContent, derived?: Rates): GameState {
	changing(() => stepAndRates(state, content, derived));
	return state;
}

/**
 * step(), returning the rates of the state it leaves when they are known (the step changed
 * none of their inputs, or automation derived them after its last action; advance reuses
 * them), else undefined. `due`: false when the caller knows nothing is scheduled for the tick
 * the step ends on (advance does), so applyScheduled has nothing to do.
 */
export function stepAndRates(
	state: GameState,
	content: EraContent,
	derived?: Rates,
	due = true
): Rates | undefined {
	const r = derived ?? rates(state, content);
	const idle = state.idle;
	flowOneStep(state, r);
	// Researchers downing tools or coming back, a finished run and a rival's release change
	// the rates too (costs, train share, market share), though not what automation reads.
	let changed = state.idle !== idle;
	if (state.run && runIsDone(state.run.progress, runEnd(state, content, r.mult))) {
		finishRun(state, content, r.mult);
		changed = true;
	}
	state.tick += 1;
	// `due` false: the caller knows nothing is scheduled for this tick (nextScheduledTick).
	if (due && state.rivals.some((rival) => rival.nextReleaseAt <= state.tick)) changed = true;
	const ratesStale = due && applyScheduled(state, content);
	// Automation reads power and prices, which flows and rival releases leave as they were.
	const given = ratesStale ? undefined : r;
	const out = automate(state, content, given);
	// Handed back unchanged, `r` is this state's rates unless the step changed one of their inputs.
	return out === given && changed ? undefined : out;
}
