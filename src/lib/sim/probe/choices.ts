// The alternatives the probe weighs at a moment. Each is a list of named options; an option
// changes a copy of the state (through the engine's actions) and says how long to let it run.
import { eraContent, PRICE_TIERS } from '../../content';
import {
	advance,
	apply,
	cloneState,
	cloudView,
	flow,
	contractToSign,
	memoryShort,
	mostMemoryPurchase,
	nextContract,
	orbitOf,
	rates,
	quoteHardware,
	type Action,
	type GameState
} from '../../engine';
import { worth, yardstick } from './worth';
import { powerHorizon } from '../purchase-strategy';

export interface Outcome {
	option: string;
	worth: number;
}

/** The horizon over which one choice is judged, in seconds. */
export const HORIZON = 600;
/** Holds compared with releasing now, in seconds; every option has released by the last. */
export const HOLDS = [0, 300, 900, 1800];

/** A copy with automation off: the probe compares the player's choices, all else equal. */
function frozenCopy(s: GameState): GameState {
	const copy = cloneState(s);
	for (const rule of Object.values(copy.meta.automation)) rule.on = false;
	return copy;
}

/** An action at a tick from the moment; `retry`: tried again every RETRY_EVERY s until it goes through. */
export interface Timed {
	at: number;
	action: Action;
	retry?: boolean;
}

const RETRY_EVERY = 10;

function run(s: GameState, actions: Timed[], seconds: number): GameState {
	const copy = frozenCopy(s);
	const c = eraContent(copy.eraId);
	const queue = [...actions].sort((a, b) => a.at - b.at);
	let t = 0;
	while (queue.length && queue[0].at < seconds) {
		const next = queue.shift()!;
		advance(copy, c, next.at - t);
		t = next.at;
		if (!apply(copy, c, next.action).ok && next.retry) {
			queue.push({ ...next, at: t + RETRY_EVERY });
			queue.sort((a, b) => a.at - b.at);
		}
	}
	advance(copy, c, seconds - t);
	return copy;
}

/** Each option's worth after the horizon, as a ratio to the best option (1 = the best). */
export function weigh(
	s: GameState,
	secondsLeft: number,
	options: { option: string; actions: Timed[] }[],
	seconds = HORIZON
): Outcome[] {
	const y = yardstick(s, eraContent(s.eraId), secondsLeft);
	const worths = options.map((o) => ({
		option: o.option,
		w: worth(y, run(s, o.actions, seconds))
	}));
	const top = worths.reduce((a, b) => (b.w.gt(a.w) ? b : a)).w;
	return worths.map(({ option, w }) => ({
		option,
		// Nothing worth anything (a broke lab over a short horizon): the best still ranks first.
		worth: top.gt(0) ? w.div(top).toNumber() : w.eq(top) ? 1 : 0
	}));
}

/** Train share on a grid of 0, 10 … 100 % (only while a run is going). */
export function trainShares(s: GameState, secondsLeft: number): Outcome[] | null {
	if (!s.run) return null;
	const grid = Array.from({ length: 11 }, (_, i) => i / 10);
	return weigh(
		s,
		secondsLeft,
		grid.map((share) => ({
			option: String(Math.round(share * 100)),
			actions: [{ at: 0, action: { type: 'train-share', share } }]
		}))
	);
}

/** Each price tier, held for the horizon. */
export function priceTiers(s: GameState, secondsLeft: number): Outcome[] {
	return weigh(
		s,
		secondsLeft,
		PRICE_TIERS.map((t) => ({
			option: t.id,
			actions: [{ at: 0, action: { type: 'price-tier', tier: t.id } }]
		}))
	);
}

/**
 * A copy that has bought the memory the waiting model needs, as the scripted player does
 * while memory is short (memory cards the power runs, with the cash at hand): a player about
 * to release a model that overflows buys memory first, whether it releases now or holds.
 */
export function withGateMemory(s: GameState): GameState {
	const copy = cloneState(s);
	const c = eraContent(copy.eraId);
	for (let i = 0; i < 20; i++) {
		const r = rates(copy, c);
		if (!memoryShort(copy, c, r)) break;
		const pick = mostMemoryPurchase(copy, c, r, copy.cash);
		if (!pick || !apply(copy, c, { type: 'buy', hardware: pick.id, count: 1 }).ok) break;
	}
	// Past the power, the Cloud rents the racks (they bring their own power) while the cash
	// covers two hours of the bill.
	for (let i = 0; i < 200; i++) {
		const r = rates(copy, c);
		if (!memoryShort(copy, c, r)) break;
		const view = cloudView(copy, c, r, flow(copy, r));
		if (!view || copy.cash.lt(view.hourly.mul(2).add(view.oneMore))) break;
		if (!apply(copy, c, { type: 'rent', racks: view.racks + 1 }).ok) break;
	}
	return copy;
}

/**
 * The next purchase: the card with the most FLOP/s per dollar (compute-rich), the card with
 * the most memory per FLOP/s (memory-rich), or the contract the scripted player would sign —
 * each bought as soon as the lab can pay for it.
 */
export function purchases(s: GameState, secondsLeft: number): Outcome[] | null {
	const c = eraContent(s.eraId);
	const most = (value: (hw: (typeof c.era.hardware)[number]) => number) =>
		c.era.hardware.reduce((a, b) => (value(b) > value(a) ? b : a)).id;
	const perDollar = (hw: (typeof c.era.hardware)[number]) =>
		Math.log10(hw.flops) - quoteHardware(s, c, hw.id, 1)!.cost.log10();
	// In Orbit a card bought waits in the hold for the launch window (up to hours away) unless a
	// rocket is chartered: over the horizon, two cards left in the hold are worth the same, so
	// each card option flies on a chartered rocket (both pay the same share for it).
	const fly: Timed[] = orbitOf(c) ? [{ at: 0, action: { type: 'chartering', on: true } }] : [];
	const buy = (hardware: string): Timed[] => [
		...fly,
		{ at: 0, action: { type: 'buy', hardware, count: 1 }, retry: true }
	];
	const compute = most(perDollar);
	const memory = most((hw) => hw.memory / hw.flops);
	const options = [{ option: 'compute', actions: buy(compute) }];
	if (memory !== compute) options.push({ option: 'memory', actions: buy(memory) });
	// The contract a thoughtful player would sign next (the scripted player's choice), else
	// the next one on the list.
	const r = rates(s, c);
	const needWatts = !r.powerDraw.mul(1.2).lt(r.powerCapacity);
	const contract =
		contractToSign(
			s,
			c,
			r,
			powerHorizon(s),
			needWatts,
			s.cash.add(r.price.mul(r.capacity).mul(600))
		) ?? nextContract(s, c);
	if (contract)
		options.push({
			option: 'power',
			actions: [{ at: 0, action: { type: 'sign', contract }, retry: true }]
		});
	return options.length >= 2 ? weigh(s, secondsLeft, options) : null;
}
