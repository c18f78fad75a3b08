// Moon and Mars's rules (content/moon-mars.ts): hardware built far (on Mars) only trains, and
// what the run does not take runs batch jobs, as many as the batch market wants; it is priced on
// its own count, as a power of it. Nothing here moves between purchases, runs and releases (the
// batch market is a share of the demand before hype), so fast-forward needs no new event: far
// FLOP/s add to the run's pace, and batch jobs are a constant credit against the running costs.
import { FAR_SITES, type EraContent, type FarDef } from '../content';
import { D0, Decimal } from './decimal';
import type { Multipliers } from './effects';
import { moneyScale } from './money';
import { pushNews } from './news';
import type { GameState } from './state';
import { eventEffect } from './world-events';

export function farOf(content: EraContent): FarDef | null {
	return FAR_SITES[content.era.id] ?? null;
}

/** Whether the next purchases are built far (only where the era has far sites). */
export function buildsFar(state: GameState, content: EraContent): boolean {
	return state.moonMars.far && farOf(content) !== null;
}

/** Far units of a tier. */
export function farUnits(state: GameState, hardwareId: string): number {
	return state.moonMars.units[hardwareId] ?? 0;
}

/** A tier's units on each world (null outside Moon and Mars): the Fleet counts both, whichever
 * world the next purchase goes to (the playtest read "× 0" with one on the Moon). */
export function unitsBySite(
	state: GameState,
	content: EraContent,
	hardwareId: string
): { near: number; far: number } | null {
	if (!farOf(content)) return null;
	return { near: state.hardware[hardwareId] ?? 0, far: farUnits(state, hardwareId) };
}

/** FLOP/s the far sites give (research and reliability applied; 0 outside Moon and Mars). */
export function farFlops(state: GameState, content: EraContent, mult: Multipliers): Decimal {
	if (!farOf(content)) return D0;
	let flops = 0;
	for (const id in state.moonMars.units) {
		const n = state.moonMars.units[id];
		if (n > 0) flops += content.hardware.get(id)!.flops * n;
	}
	return flops > 0 ? farUnitFlops(content, mult, flops) : D0;
}

/** Far FLOP/s of units whose catalog FLOP/s add up to `flops` (research and reliability applied). */
export function farUnitFlops(content: EraContent, mult: Multipliers, flops: number): Decimal {
	return new Decimal(flops).mul(mult.compute * content.era.reliability);
}

/** Cash per far unit of `price × base`: the era's money, a chip shortage's premium. */
function farScale(state: GameState, content: EraContent, far: FarDef): Decimal {
	return moneyScale(content).mul(far.price * (eventEffect(state)?.hardwareCost ?? 1));
}

/** What `count` more far units of a tier cost: base × price × ((n + count)^climb − n^climb). */
function farBulk(far: FarDef, base: number, owned: number, count: number): Decimal {
	const to = Decimal.pow(owned + count, far.climb);
	return to.sub(Decimal.pow(owned, far.climb)).mul(base);
}

/** How many far units `amount` means right now, and what they cost (null for an unknown tier). */
export function farQuote(
	state: GameState,
	content: EraContent,
	hardwareId: string,
	amount: number | 'max'
): { count: number; cost: Decimal } | null {
	const far = farOf(content);
	const hw = content.hardware.get(hardwareId);
	if (!far || !hw) return null;
	const owned = farUnits(state, hardwareId);
	const scale = farScale(state, content, far);
	let count = amount === 'max' ? 0 : amount;
	if (amount === 'max') {
		const budget = state.cash.div(scale).div(hw.baseCost);
		const reach = Decimal.pow(owned, far.climb)
			.add(budget)
			.pow(1 / far.climb)
			.toNumber();
		count = Math.max(0, Math.min(1e12, Math.floor(reach) - owned));
		while (count > 0 && farBulk(far, hw.baseCost, owned, count).mul(scale).gt(state.cash)) count--;
		while (
			count < 1e12 &&
			farBulk(far, hw.baseCost, owned, count + 1)
				.mul(scale)
				.lte(state.cash)
		)
			count++;
	}
	return { count, cost: farBulk(far, hw.baseCost, owned, count).mul(scale) };
}

/** Far FLOP/s the current run takes: all of them, up to its target over the light delay. */
export function farToRun(state: GameState, content: EraContent, far: Decimal): Decimal {
	const most = farCap(state, content);
	if (!most || !far.gt(0)) return D0;
	return far.lt(most) ? far : most;
}

/** The most far FLOP/s the run under way can take through the light delay (null with no run, or
 * outside Moon and Mars). */
export function farCap(state: GameState, content: EraContent): Decimal | null {
	const def = farOf(content);
	return def && state.run ? state.run.target.div(def.sync) : null;
}

/** Batch tokens per second: what far sites could run on the FLOP/s the run does not take
 * (`spare`), and what the batch market wants (`market`, a share of `baseDemand`); `taken`, the
 * smaller. All 0 outside Moon and Mars. */
export function batchTokens(
	content: EraContent,
	spare: Decimal,
	flopPerToken: Decimal,
	baseDemand: Decimal
): { could: Decimal; market: Decimal; taken: Decimal } {
	const def = farOf(content);
	if (!def || !spare.gt(0) || !flopPerToken.gt(0)) return { could: D0, market: D0, taken: D0 };
	const could = spare.div(flopPerToken);
	const market = baseDemand.mul(def.batchMarket);
	return { could, market, taken: could.lt(market) ? could : market };
}

/** Cash per step far sites earn on batch jobs: the batch tokens taken (batchTokens) at the
 * batch share of the token price. `far`: the far FLOP/s, `toRun`: what the run takes of them. */
export function batchIncome(
	content: EraContent,
	far: { far: Decimal; toRun: Decimal },
	flopPerToken: Decimal,
	price: Decimal,
	baseDemand: Decimal
): Decimal {
	const def = farOf(content);
	if (!def || !far.far.gt(0)) return D0;
	const spare = far.toRun.gt(0) ? far.far.sub(far.toRun) : far.far;
	const { taken } = batchTokens(content, spare, flopPerToken, baseDemand);
	return taken.gt(0) ? taken.mul(price).mul(def.batch) : D0;
}

/** What the far units built so far cost at list price (no shortage premium), in cash. */
export function farValue(state: GameState, content: EraContent): Decimal {
	const far = farOf(content);
	if (!far) return D0;
	let value = D0;
	for (const id in state.moonMars.units) {
		const hw = content.hardware.get(id)!;
		value = value.add(farBulk(far, hw.baseCost, 0, state.moonMars.units[id]));
	}
	return value.mul(moneyScale(content)).mul(far.price);
}

/**
 * Builds `amount` units of a tier far: paid now, training at once. (The `buy` action calls it
 * while the next purchases are built far; its refusals are buy's.)
 */
export function buyFar(
	state: GameState,
	content: EraContent,
	hardwareId: string,
	amount: number | 'max'
): { ok: true } | { ok: false; reason: 'unknown-id' | 'not-enough-cash' } {
	const quote = farQuote(state, content, hardwareId, amount);
	if (!quote) return { ok: false, reason: 'unknown-id' };
	if (quote.count <= 0 || quote.cost.gt(state.cash))
		return { ok: false, reason: 'not-enough-cash' };
	const first = Object.values(state.moonMars.units).every((n) => n === 0);
	state.cash = state.cash.sub(quote.cost);
	state.moonMars.units[hardwareId] = farUnits(state, hardwareId) + quote.count;
	if (first) pushNews(state, 'far-site', { item: content.hardware.get(hardwareId)!.name });
	return { ok: true };
}

/** The lab's compute, as the header's Compute tile says it: the fleet's FLOP/s after the power
 * limit, and Moon and Mars's far sites, which train but never serve (playtest 5 read 8.50e28
 * FLOP/s on the tile while the Lab sent 3.23e29 to the run). */
export function labCompute(r: { compute: Decimal; far: Decimal }): Decimal {
	return r.far.gt(0) ? r.compute.add(r.far) : r.compute;
}

/** Share (0…1) of the lab's compute (labCompute) that trains the run, as the header's Compute
 * tile says it: the fleet's share at the slider (less a broke lab's power cut) and the far FLOP/s
 * the run takes, Mars's or the star's. `trainRate` is that pace × the research that speeds
 * training (rates.ts trainingPace). Playtest 23 read "0% training" while Mars trained 78 % of
 * the lab's FLOP/s: the tile read the fleet's slider alone. 0 with no run. */
export function labTrainShare(r: {
	compute: Decimal;
	far: Decimal;
	trainRate: Decimal;
	mult: Pick<Multipliers, 'trainThroughput'>;
}): number {
	const lab = labCompute(r);
	if (!lab.gt(0) || !r.trainRate.gt(0)) return 0;
	return Math.min(1, r.trainRate.div(lab.mul(r.mult.trainThroughput)).toNumber());
}
