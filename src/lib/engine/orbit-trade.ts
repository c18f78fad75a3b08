// Orbit's trade in the lab's money, for the launch card: what waiting for the windows forgoes
// (the income the waiting cargo would add up there, until each part of it lands) against what a
// rocket costs now. Apart from orbit-actions.ts: the income reads automation, which applies
// actions (an import cycle).
import type { EraContent } from '../content';
import { netIncome } from './cash-trend';
import { D0, type Decimal } from './decimal';
import { cargoOrders, charterCost } from './orbit-actions';
import { rates, type Rates } from './rates';
import { market } from './market';
import { runFlop } from './run-plan';
import { powerLands } from './throttle-after';
import type { GameState } from './state';

/** Why the cargo up there would add no income, what holds the lab first (noGainReason).
 * Playtest 43 read "the lab already sells all it can" beside 3.25 Quad tok/s unmet, its fleet
 * throttled for power. */
export type NoGainReason =
	'run-takes-all' | 'power' | 'power-building' | 'demand-met' | 'memory' | 'costs';

export interface LaunchTrade {
	/** Income per second now, and with all the waiting cargo up there (the same moment: light,
	 * hype, the run), serving the better of the model and the one waiting at the gate. */
	now: Decimal;
	landed: Decimal;
	/** The model waiting at the gate when `landed` is its income, released (null: the served
	 * model's). */
	serving: string | null;
	/** What the cargo adds up there, per second (none below 0: e.g. demand already met). */
	gain: Decimal;
	/** Seconds until the last of the cargo lands by the windows. */
	wait: number;
	/** The income waiting forgoes: what is still down, until each window lifts its part. */
	waitCost: Decimal;
	/** A rocket for all of it now, and whether waiting forgoes more than it. */
	rocket: Decimal;
	worthRocket: boolean;
	/** Seconds sooner the run under way ends with all the cargo up now than by the windows (0
	 * with no run). Playtest 34 read "it would add no income now …, so waiting forgoes nothing.
	 * Worth waiting." beside cargo that would train the run: the weighing was of money alone. */
	runSooner: number;
	/** The throttle the fleet runs at with all the cargo up, on today's power (1: none). */
	throttle: number;
	/** The power contracts being built (null: none): the seconds until the first landing that runs
	 * every chip with all the cargo up (else the last), and the throttle the fleet runs at then (playtest 38 flew cargo up
	 * while a contract was building and found it throttled; the card had said nothing). */
	powerLands: { in: number; throttle: number } | null;
	/** Why the cargo would add no income (null: it adds some). */
	noGain: NoGainReason | null;
}

/** The launch card's weighing; null outside Orbit or without cargo. */
export function launchTrade(state: GameState, content: EraContent): LaunchTrade | null {
	const orders = cargoOrders(state, content);
	if (orders.length === 0) return null;
	// What the lab earns on `hardware`, serving the better of its model and the one waiting at
	// the gate (playtest 25: memory banks that would let the waiting model serve read "Up there
	// it would add no income now … Worth waiting").
	const gated = (hardware: Record<string, number>) => {
		const s = { ...state, hardware };
		const r = rates(s, content);
		const serving = netIncome(s, content, r);
		if (!state.gate) return { income: serving, gate: false, r };
		const released = { ...s, model: state.gate, gate: null };
		const after = netIncome(released, content, rates(released, content));
		return after.gt(serving)
			? { income: after, gate: true, r }
			: { income: serving, gate: false, r };
	};
	const income = (hardware: Record<string, number>) => gated(hardware).income;
	const up = { ...state.hardware };
	for (const o of orders) up[o.hardwareId] = (up[o.hardwareId] ?? 0) + o.count;
	const now = income(state.hardware);
	const top = gated(up);
	const landed = top.income;
	// Until each window the lab earns on what has landed so far and forgoes the rest.
	const arrivals = [...new Set(orders.map((o) => o.arrivesAt))].sort((a, b) => a - b);
	const sofar = { ...state.hardware };
	let earning = now;
	let waitCost = D0;
	let from = state.tick;
	for (const at of arrivals) {
		const short = landed.sub(earning);
		if (short.gt(0)) waitCost = waitCost.add(short.mul(at - from));
		for (const o of orders)
			if (o.arrivesAt === at) sofar[o.hardwareId] = (sofar[o.hardwareId] ?? 0) + o.count;
		earning = income({ ...sofar });
		from = at;
	}
	const rocket = charterCost(state, content);
	const gain = landed.sub(now);
	// The power being built as it lands, with the cargo up (the Memory card counts the same).
	const lands = powerLands({ ...state, hardware: up }, content);
	return {
		now,
		landed,
		serving: top.gate ? state.gate!.name : null,
		gain: gain.gt(0) ? gain : D0,
		wait: from - state.tick,
		waitCost,
		rocket,
		worthRocket: waitCost.gt(rocket),
		runSooner: runSooner(state, content, orders, arrivals, up),
		// The fleet's throttle with the served model (a model's memory moves no watt).
		throttle: top.r.throttle,
		powerLands: lands,
		noGain: gain.gt(0) ? null : noGainReason(top.r, market(top.r, state.hype).soldOut, lands)
	};
}

/**
 * Why cargo adds no income, from the lab with all of it up (`up`, its rates; `soldOut`: customers
 * wait then): the run takes all of the compute; the power runs no more chips (`power-building`:
 * the contracts being built run them all once on, `powerLands`); every customer is served
 * already; else the chips serve less than their power costs, for the fleet's memory holds too
 * little of the model (`memory`), or, the model fitting, for each token's power costs more than
 * it sells for (`costs`). Each tier computes and holds memory, so a lab its power runs, with
 * customers waiting, earns more with more of them unless their power costs more than that.
 */
export function noGainReason(
	up: Pick<Rates, 'trainShare' | 'throttle' | 'memoryFit'>,
	soldOut: boolean,
	powerLands: LaunchTrade['powerLands']
): NoGainReason {
	if (up.trainShare >= 1) return 'run-takes-all';
	if (up.throttle < 1) return powerLands && powerLands.throttle >= 1 ? 'power-building' : 'power';
	if (!soldOut) return 'demand-met';
	return up.memoryFit < 1 ? 'memory' : 'costs';
}

/** How much sooner the run under way ends with every unit of cargo up now than with each window
 * lifting its part: the run trains at the fleet's pace of the moment (the light and the split as
 * they are), stepped from one launch window to the next one. */
function runSooner(
	state: GameState,
	content: EraContent,
	orders: ReturnType<typeof cargoOrders>,
	arrivals: readonly number[],
	up: Record<string, number>
): number {
	if (!state.run) return 0;
	const pace = (hardware: Record<string, number>) =>
		rates({ ...state, hardware }, content).trainRate;
	const flop = runFlop(state, content, rates(state, content))!;
	const rest = flop.total.sub(flop.done);
	const rocket = pace(up);
	if (!rest.gt(0) || !rocket.gt(0)) return 0;
	const flown = rest.div(rocket).toNumber();
	// By the windows: what each span trains, until the run is done or the last window lifts.
	const sofar = { ...state.hardware };
	let left = rest;
	let from = state.tick;
	for (const at of arrivals) {
		const p = pace(sofar);
		if (p.mul(at - from).gte(left))
			return Math.max(0, from - state.tick + left.div(p).toNumber() - flown);
		left = left.sub(p.mul(at - from));
		for (const o of orders)
			if (o.arrivesAt === at) sofar[o.hardwareId] = (sofar[o.hardwareId] ?? 0) + o.count;
		from = at;
	}
	return Math.max(0, from - state.tick + left.div(rocket).toNumber() - flown);
}
