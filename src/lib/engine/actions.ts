// Player actions. Each validates, changes the state in place, and returns a result the UI
// can show; a refused action changes nothing.
import { lettingGo } from './rehire';
import type { EraContent } from '../content';
import { Decimal } from './decimal';
import { bulkCost, maxAffordable } from './formulas';
import { multipliers } from './effects';
import { releaseGate, drawOutcome } from './models';
import { keptFromStart } from './run-band';
import { researchClosed } from './research-open';
import { money, moneyScale } from './money';
import { pushNews } from './news';
import { quoteHire, validHireAmount, type HireAmount } from './hiring';
import { eventEffect, signingDelay } from './world-events';
import { launchPremium, orbitOf, rocketFlown, shipsAt } from './orbit';
import { buildsFar, buyFar, farQuote } from './moon-mars';
import { rates, type Rates } from './rates';
import { takeId, type GameState } from './state';

export type Refusal =
	| 'unknown-id'
	| 'not-enough-cash'
	| 'not-enough-insight'
	| 'not-enough-moat'
	| 'invalid-amount'
	| 'run-in-progress'
	| 'no-model-waiting'
	| 'already-done'
	| 'locked'
	| 'later-era'
	| 'goal-not-reached'
	| 'last-era'
	| 'no-event'
	| 'no-cargo'
	| 'no-run'
	| 'no-blocks';

export type ActionResult = { ok: true } | { ok: false; reason: Refusal };

const OK: ActionResult = { ok: true };
const refuse = (reason: Refusal): ActionResult => ({ ok: false, reason });

/** Units of a tier owned or on order (orders count toward the price). */
export function unitsHeld(state: GameState, hardwareId: string): number {
	let n = state.hardware[hardwareId] ?? 0;
	for (const o of state.orders) if (o.hardwareId === hardwareId) n += o.count;
	return n;
}

export type Amount = number | 'max';

/** How many units `amount` means right now, and what they cost. */
export function quoteHardware(
	state: GameState,
	content: EraContent,
	hardwareId: string,
	amount: Amount
): { count: number; cost: Decimal } | null {
	// Moon and Mars: built far, a tier has a price of its own (moon-mars.ts).
	if (buildsFar(state, content)) return farQuote(state, content, hardwareId, amount);
	return quoteNear(state, content, hardwareId, amount);
}

/** What `amount` of a card costs built where the catalog prices it (on Earth, or on the Moon in
 * Moon and Mars), whichever world the next purchases go to. */
export function quoteNear(
	state: GameState,
	content: EraContent,
	hardwareId: string,
	amount: Amount
): { count: number; cost: Decimal } | null {
	const hw = content.hardware.get(hardwareId);
	if (!hw) return null;
	const held = unitsHeld(state, hardwareId);
	// Prices are in era money (dearer in a chip shortage): compare and charge in cash.
	const factor =
		(eventEffect(state)?.hardwareCost ?? 1) *
		(1 + content.era.launchCost) *
		launchPremium(state, content);
	// Automation quotes a lot, then buys it (quoting it again): the last quote is kept.
	const q = lastQuote;
	if (
		amount !== 'max' &&
		q.content === content &&
		q.id === hardwareId &&
		q.count === amount &&
		q.held === held &&
		q.factor === factor
	)
		return { count: amount, cost: q.cost };
	const scale = moneyScale(content).mul(factor);
	const count =
		amount === 'max'
			? maxAffordable(hw.baseCost, hw.costRatio, held, state.cash.div(scale))
			: amount;
	const cost = bulkCost(hw.baseCost, hw.costRatio, held, count).mul(scale);
	lastQuote = { content, id: hardwareId, count, held, factor, cost };
	return { count, cost };
}
let lastQuote: {
	content: EraContent | null;
	id: string;
	count: number;
	held: number;
	factor: number;
	cost: Decimal;
} = { content: null, id: '', count: 0, held: 0, factor: 0, cost: new Decimal(0) };

export function buy(
	state: GameState,
	content: EraContent,
	hardwareId: string,
	amount: Amount
): ActionResult {
	return purchase(state, content, hardwareId, amount).result;
}

/**
 * buy(), for a caller that holds this state's rates (`before`: automation): also returns the
 * rates after the purchase (`before` itself when the unit went on order: rates read the fleet,
 * not cash or orders), so they are derived once.
 */
export function buyKnowing(
	state: GameState,
	content: EraContent,
	hardwareId: string,
	amount: Amount,
	before: Rates
): { result: ActionResult; after: Rates } {
	const { result, after } = purchase(state, content, hardwareId, amount, before);
	return { result, after: after ?? before };
}

function purchase(
	state: GameState,
	content: EraContent,
	hardwareId: string,
	amount: Amount,
	before?: Rates
): { result: ActionResult; after?: Rates } {
	const hw = content.hardware.get(hardwareId);
	if (!hw) return { result: refuse('unknown-id') };
	if (amount !== 'max' && !(Number.isInteger(amount) && amount > 0 && amount <= 1e6))
		return { result: refuse('invalid-amount') };
	// A Mars site changes the rates (its FLOP trains): the caller gets them fresh.
	if (buildsFar(state, content)) {
		const result = buyFar(state, content, hardwareId, amount);
		return { result, after: result.ok ? rates(state, content) : undefined };
	}
	const quote = quoteHardware(state, content, hardwareId, amount)!;
	if (quote.count <= 0 || quote.cost.gt(state.cash)) return { result: refuse('not-enough-cash') };
	// In Orbit every purchase waits for the next launch windows with room (orbit.ts).
	const loads = shipsAt(state, content, hw.leadTime, quote.count);
	const cargo = orbitOf(content) !== null && !state.orbit.charter;
	if (state.orbit.charter) rocketFlown(state, content); // Orbit only: a chartered rocket flies
	if (loads[0][0] > state.tick) {
		state.cash = state.cash.sub(quote.cost);
		for (const [arrivesAt, count] of loads) {
			// Cargo of one tier for one window is one order (a window's manifest stays a few lines).
			const same = cargo
				? state.orders.find((o) => o.hardwareId === hardwareId && o.arrivesAt === arrivesAt)
				: undefined;
			if (same) same.count += count;
			else state.orders.push({ id: takeId(state), hardwareId, count, arrivesAt });
		}
		return { result: OK };
	}
	// Rates do not read cash: the throttle before the purchase, derived only when it lands.
	const wasThrottled = (before ?? rates(state, content)).throttle < 1;
	state.cash = state.cash.sub(quote.cost);
	state.hardware[hardwareId] = (state.hardware[hardwareId] ?? 0) + quote.count;
	const after = before || !wasThrottled ? rates(state, content) : undefined;
	if (!wasThrottled && after!.throttle < 1) pushNews(state, 'throttled');
	return { result: OK, after };
}

export function setTrainShare(state: GameState, share: number): ActionResult {
	if (!Number.isFinite(share) || share < 0 || share > 1) return refuse('invalid-amount');
	state.trainShare = share;
	return OK;
}

export function setPriceTier(state: GameState, content: EraContent, tierId: string): ActionResult {
	if (!content.priceTiers.has(tierId)) return refuse('unknown-id');
	state.priceTier = tierId;
	return OK;
}

export function startRun(state: GameState, content: EraContent, sizeId: string): ActionResult {
	const size = content.era.runSizes.find((s) => s.id === sizeId);
	if (!size) return refuse('unknown-id');
	if (state.run) return refuse('run-in-progress');
	state.run = {
		sizeId,
		target: new Decimal(size.flop),
		progress: new Decimal(0),
		outcome: drawOutcome(state),
		...keptFromStart(state, content, size)
	};
	return OK;
}

/** Stops the training run: its compute is spent and lost, and the next run can start at once.
 * (Its outcome was never shown: stopping cannot fish for a luckier draw that the player saw.) */
export function stopRun(state: GameState): ActionResult {
	if (!state.run) return refuse('no-run');
	state.run = null;
	return OK;
}

/** Throws the waiting model away (a worse one, or one the player will not serve). */
export function discardModel(state: GameState): ActionResult {
	if (!state.gate) return refuse('no-model-waiting');
	state.gate = null;
	return OK;
}

export function release(state: GameState, content: EraContent): ActionResult {
	if (!state.gate) return refuse('no-model-waiting');
	releaseGate(state, content, multipliers(state.research, content, state.meta.perks));
	return OK;
}

export function hireCost(state: GameState, content: EraContent): Decimal {
	const { era } = content;
	return money(
		content,
		Decimal.pow(era.researcherCostRatio, state.researchers).mul(era.researcherCost)
	);
}

/** Hires `amount` researchers (hiring.ts): all of them, or none if the cash falls short. */
export function hire(state: GameState, content: EraContent, amount: HireAmount = 1): ActionResult {
	if (!validHireAmount(amount)) return refuse('invalid-amount');
	const quote =
		amount === 1 ? { count: 1, cost: hireCost(state, content) } : quoteHire(state, content, amount);
	if (quote.count <= 0 || quote.cost.gt(state.cash)) return refuse('not-enough-cash');
	state.cash = state.cash.sub(quote.cost);
	state.researchers += quote.count;
	return OK;
}

/** One researcher leaves: no refund, and the next hire costs what this one did. */
export function letGo(state: GameState): ActionResult {
	if (state.researchers <= 0) return refuse('invalid-amount');
	lettingGo(state, 1);
	return OK;
}

/** How many times a project has been done (0 or 1, more for a repeatable one). */
export function researchLevel(state: GameState, id: string): number {
	return state.research.reduce((n, done) => (done === id ? n + 1 : n), 0);
}

/** What a project's next level costs, in insight. */
export function researchCost(state: GameState, content: EraContent, id: string): Decimal {
	const def = content.research.get(id);
	if (!def) return new Decimal(0);
	const level = def.repeatable ? researchLevel(state, id) : 0;
	return Decimal.pow(def.repeatable ?? 1, level).mul(def.cost);
}

export function canResearch(state: GameState, content: EraContent, id: string): ActionResult {
	const closed = researchClosed(state, content, id);
	if (closed) return refuse(closed);
	if (state.insight.lt(researchCost(state, content, id))) return refuse('not-enough-insight');
	return OK;
}

export function research(state: GameState, content: EraContent, id: string): ActionResult {
	const check = canResearch(state, content, id);
	if (!check.ok) return check;
	takeLevel(state, content, id);
	pushNews(state, 'research', { item: content.research.get(id)!.name });
	return OK;
}

/** Pays for project `id`'s next level and records it (the caller checked canResearch). */
export function takeLevel(state: GameState, content: EraContent, id: string): void {
	state.insight = state.insight.sub(researchCost(state, content, id));
	state.research.push(id);
}

/** What a power contract costs to sign, in cash. */
export function contractCost(content: EraContent, id: string): Decimal {
	return money(content, content.power.get(id)?.cost ?? 0);
}

export function signContract(state: GameState, content: EraContent, id: string): ActionResult {
	const def = content.power.get(id);
	if (!def) return refuse('unknown-id');
	if (id in state.power) return refuse('already-done');
	const cost = contractCost(content, id);
	if (state.cash.lt(cost)) return refuse('not-enough-cash');
	state.cash = state.cash.sub(cost);
	state.power[id] = state.tick + def.buildTime + signingDelay(state);
	if (state.power[id] === state.tick) pushNews(state, 'power-online', { item: def.name });
	return OK;
}
