// What to buy next: the best hardware within the power, the card with the most memory, the
// contract worth signing; and the memory a model needs against the fleet's. Read by
// automation, the scripted players and the Fleet and Lab screens.
import type { EraContent, HardwareDef } from '../content';
import { contractCost, quoteHardware } from './actions';
import { Decimal } from './decimal';
import { money } from './money';
import { gateWorse } from './models';
import { powerBill, powerPriceIndex, type Rates } from './rates';
import { MIN_RELEASE_FIT, unitsOnOrder, type GameState, type Model } from './state';

/**
 * The hardware with the most of `per` (FLOP/s or memory) per dollar among the tiers the power
 * can still take (and, given `within`, that cost no more than it), with the price of one unit.
 */
function mostPerDollar(
	s: GameState,
	c: EraContent,
	r: Rates,
	per: 'flops' | 'memory',
	within?: Decimal,
	room?: number
): { id: string; cost: Decimal } | null {
	const id = bestTier(s, c, r, per, within, room);
	return id === null ? null : { id, cost: quoteHardware(s, c, id, 1)!.cost };
}

/** An era's tiers with the log10 of FLOP/s, of memory, of the catalogue price and of the
 * price climb, made once per catalogue (automation ranks them at every purchase). */
interface TierLogs {
	hw: HardwareDef;
	flops: number;
	memory: number;
	cost: number;
	ratio: number;
}
const catalogLogs = new WeakMap<readonly HardwareDef[], TierLogs[]>();
function logsOf(catalog: readonly HardwareDef[]): TierLogs[] {
	let logs = catalogLogs.get(catalog);
	if (!logs)
		catalogLogs.set(
			catalog,
			(logs = catalog.map((hw) => ({
				hw,
				flops: Math.log10(hw.flops),
				memory: Math.log10(hw.memory),
				cost: Math.log10(hw.baseCost),
				ratio: Math.log10(hw.costRatio)
			})))
		);
	return logs;
}

/** Watts the power can still take, as a plain number (kept for the last rates: automation
 * ranks the tiers, then sizes its lot, with the same rates). */
export function freeWatts(r: Rates): number {
	if (r !== freeFor) {
		free = r.powerCapacity.sub(r.powerDraw).toNumber();
		freeFor = r;
	}
	return free;
}
let freeFor: Rates | null = null;
let free = 0;

/**
 * Watts the power can still take once every unit on order has landed: freeWatts less what the
 * orders will draw (automation counting only freeWatts ordered them over: 50 lots in a step).
 * Kept with the orders it read: their count, the last id, the units (Orbit merges orders). */
export function roomAfterOrders(s: GameState, c: EraContent, r: Rates): number {
	const orders = s.orders.length;
	const lastOrder = orders > 0 ? s.orders[orders - 1].id : -1;
	const units = unitsOnOrder(s);
	const m = roomMemo;
	const same = m && m.r === r && m.c === c && m.orders === orders && m.lastOrder === lastOrder;
	if (same && m.units === units) return m.value;
	let watts = 0;
	for (const o of s.orders) watts += c.hardware.get(o.hardwareId)!.watts * o.count;
	const value = freeWatts(r) - watts * r.mult.watts;
	roomMemo = { r, c, orders, lastOrder, units, value };
	return value;
}
let roomMemo: {
	r: Rates;
	c: EraContent;
	orders: number;
	lastOrder: number;
	units: number;
	value: number;
} | null = null;

/**
 * The id of the tier mostPerDollar picks, without its quote (automation quotes its lot), among
 * the tiers whose unit fits in `room` watts (the free watts unless given).
 * Every tier's price carries the same money scale and event factor: rank by the log of `per`
 * over the catalogue price (plain numbers), and quote in cash only what is needed.
 */
export function bestTier(
	s: GameState,
	c: EraContent,
	r: Rates,
	per: 'flops' | 'memory',
	within?: Decimal,
	room: number = freeWatts(r)
): string | null {
	let best: string | null = null;
	let bestValue = 0;
	const watts = r.mult.watts;
	for (const t of logsOf(c.era.hardware)) {
		const hw = t.hw;
		if (hw.watts * watts > room) continue;
		if (within && quoteHardware(s, c, hw.id, 1)!.cost.gt(within)) continue;
		let held = s.hardware[hw.id] ?? 0; // unitsHeld
		for (const o of s.orders) if (o.hardwareId === hw.id) held += o.count;
		const value = (per === 'flops' ? t.flops : t.memory) - t.cost - held * t.ratio;
		if (best === null || value > bestValue) {
			best = hw.id;
			bestValue = value;
		}
	}
	return best;
}

/** The hardware with the most FLOP/s per dollar that the power can still take. */
export function bestPurchase(
	s: GameState,
	c: EraContent,
	r: Rates,
	within?: Decimal
): { id: string; cost: Decimal } | null {
	return mostPerDollar(s, c, r, 'flops', within);
}

/** The hardware with the most memory per dollar that the power can still take (`room` watts:
 * the free watts unless given; Infinity for a buyer who wants the memory past the power). */
export function mostMemoryPurchase(
	s: GameState,
	c: EraContent,
	r: Rates,
	within?: Decimal,
	room?: number
): { id: string; cost: Decimal } | null {
	return mostPerDollar(s, c, r, 'memory', within, room);
}

/** Bytes a model needs to serve at full speed in this era, after quantization research. */
export function modelFootprint(c: EraContent, r: Rates, model: Pick<Model, 'params'>): Decimal {
	return model.params.mul(c.era.servingBytesPerParam * r.mult.footprint);
}

/** The served model's (and the waiting model's) footprint against the fleet's memory. */
export interface MemoryView {
	memory: Decimal;
	footprint: Decimal;
	/** Share of the served model that fits, at most 1: serving runs at this share of its speed. */
	fit: number;
	/** The served model's footprint as a share of the fleet's memory, at most 1. */
	use: number;
	/** How many times the fleet's memory the served model needs, when more than it holds (null:
	 * it fits, or the fleet holds none). Playtest 30 heard "needs 100%" of a model needing 22×. */
	needsTimes: number | null;
	/** The model at the launch gate, if one waits: its footprint and the share that would fit. */
	gateFootprint: Decimal | null;
	gateFit: number | null;
	/** The waiting model is worse than the served one (gateWorse): the gate offers to discard it,
	 * and no memory is advised for it. */
	gateWorse: boolean;
	/** The Edge swarm serves the model too (on its own devices' memory, not the fleet's). */
	swarmServes: boolean;
	/** The fleet draws more than the power: cards past it hold no model (`memory` counts only
	 * the powered share), so power, not only memory, makes room. */
	unpowered: boolean;
	/** The served model is the era's starter: a short fit then is how a lab begins (said calmly). */
	starter: boolean;
}

/** Share of `need` that `memory` holds, at most 1. */
function fitOf(memory: Decimal, need: Decimal): number {
	return memory.gte(need) ? 1 : memory.div(need).toNumber();
}

export function memoryView(s: GameState, c: EraContent, r: Rates): MemoryView {
	const gateFootprint = s.gate ? modelFootprint(c, r, s.gate) : null;
	return {
		memory: r.memory,
		footprint: r.footprint,
		fit: r.memoryFit,
		use: r.memory.gt(r.footprint) ? r.footprint.div(r.memory).toNumber() : 1,
		needsTimes:
			r.footprint.gt(r.memory) && r.memory.gt(0) ? r.footprint.div(r.memory).toNumber() : null,
		gateFootprint,
		gateFit: gateFootprint ? fitOf(r.memory, gateFootprint) : null,
		gateWorse: gateWorse(s),
		swarmServes: r.swarm.gt(0),
		unpowered: r.throttle < 1,
		starter: s.model.name === c.era.starterModel.name
	};
}

/** The waiting model would serve at `minFit` of its speed or better (auto-release passes the
 * player's rule; the scripted players the new game's MIN_RELEASE_FIT). */
export function gateServes(
	s: GameState,
	c: EraContent,
	r: Rates,
	minFit = MIN_RELEASE_FIT
): boolean {
	// memoryView's gateFit, without the rest of the view (automation asks at every event and
	// step, with the same rates and model: the last answer is kept).
	if (!s.gate) return true;
	const m = servesMemo;
	if (m.r === r && m.gate === s.gate && m.c === c) return m.fit >= minFit;
	const fit = fitOf(r.memory, modelFootprint(c, r, s.gate));
	servesMemo = { r, gate: s.gate, c, fit };
	return fit >= minFit;
}
let servesMemo: { r: Rates | null; gate: Model | null; c: EraContent | null; fit: number } = {
	r: null,
	gate: null,
	c: null,
	fit: 0
};

/** The fleet holds less than the served model, or the waiting one, needs. */
export function memoryShort(s: GameState, c: EraContent, r: Rates): boolean {
	return r.memoryFit < 1 || (!!s.gate && r.memory.lt(modelFootprint(c, r, s.gate)));
}

export { contractBuilding, nextContract } from './contracts-left';

/**
 * The contract most worth signing now, judged over `horizon` seconds: when the fleet needs
 * watts (`needWatts`), the cheapest watts over the horizon (price to sign plus the bill,
 * counting only the time it is built); otherwise the one whose savings on the bill (cheaper
 * power replacing dearer) most exceed its price — or null when none pays for itself.
 * Only contracts the lab could pay for within `reach` are considered.
 */
export function contractToSign(
	s: GameState,
	c: EraContent,
	r: Rates,
	horizon: number,
	needWatts: boolean,
	reach: Decimal
): string | null {
	const draw = r.billedDraw;
	const index = powerPriceIndex(s, c);
	let best: { id: string; score: number } | null = null;
	for (const p of c.era.power) {
		if (p.id in s.power) continue;
		const cost = contractCost(c, p.id);
		if (cost.gt(reach)) continue;
		const live = Math.max(0, horizon - p.buildTime) / horizon;
		let score: number;
		if (needWatts) {
			if (live === 0) continue;
			const running = money(c, (p.capacity / 1000) * (p.pricePerKwh / 3600) * horizon).mul(index);
			score = -cost
				.add(running)
				.div(p.capacity * live)
				.toNumber();
		} else {
			const saved = r.powerCost.sub(powerBill(s, c, draw, p.id)).mul(horizon * live);
			score = saved
				.sub(cost)
				.div(cost.gt(0) ? cost : 1)
				.toNumber();
			if (score <= 0) continue;
		}
		if (!best || score > best.score) best = { id: p.id, score };
	}
	return best?.id ?? null;
}

/** Power drawn as a share of what the chips can draw (`powered`: contracts, campuses and the
 * beamed panel watts), at most 1 (1 with none at all). Dyson's kept watts are not the chips'
 * (playtest 8, #3: "3.36 PW of 12 PW" in red, throttled to 60 %, counted them). */
export function powerUse(r: Rates): number {
	return r.powered.gt(0) ? Math.min(1, r.powerDraw.div(r.powered).toNumber()) : 1;
}

/** Panel watts Dyson keeps at the star (counted as beamed watts: what beaming them would send
 * the chips), which train the run there and the chips cannot draw; 0 elsewhere. */
export function keptFromChips(r: Rates): Decimal {
	const kept = r.powerCapacity.sub(r.powered);
	return kept.gt(0) ? kept : new Decimal(0);
}
