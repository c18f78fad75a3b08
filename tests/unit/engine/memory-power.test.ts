// Memory is the board and power costs money: the rules as the engine states them, and each
// era's own catalog.
import { describe, expect, it } from 'vitest';
import { ERAS, eraContent } from '../../../src/lib/content';
import {
	Decimal,
	advance,
	apply,
	contractPrice,
	contractToSign,
	market,
	memoryView,
	modelFootprint,
	newGame,
	powerBillShare,
	powerPriceIndex,
	gridPriceClimb,
	rates,
	revenue,
	suggestedRunSize,
	trainingBill
} from '../../../src/lib/engine';

const garage = eraContent('garage');

/** A new Garage game: its two Gaming GPUs hold the starter model. */
function fitted() {
	const s = newGame(1);
	expect(s.hardware).toEqual({ 'gaming-gpu': 2 });
	return s;
}

describe('memory', () => {
	// The starter model overflows one card, so a new game starts with two (content/garage.ts):
	// it serves at full speed, and memory binds from the first better models on.
	it('a new game: its two Gaming GPUs hold the starter model; one card alone would not', () => {
		expect(rates(fitted(), garage).memoryFit).toBe(1);
		const s = newGame(1);
		s.hardware['gaming-gpu'] = 1;
		const r = rates(s, garage);
		expect(r.memoryFit).toBeGreaterThan(0.5);
		expect(r.memoryFit).toBeLessThan(1);
	});

	it('a model that fits serves at full speed; one twice the fleet memory serves half', () => {
		const s = fitted();
		const r = rates(s, garage);
		expect(r.memory.gte(r.footprint)).toBe(true);
		expect(r.memoryFit).toBe(1);
		// The same model, four times the parameters: twice the fleet memory needs 2× the params
		// of a model that exactly fits.
		const fitsExactly = r.memory.div(garage.era.servingBytesPerParam);
		s.model = { ...s.model, params: fitsExactly.mul(2) };
		const big = rates(s, garage);
		expect(big.footprint.div(big.memory).toNumber()).toBeCloseTo(2, 9);
		expect(big.memoryFit).toBeCloseTo(0.5, 9);
		// FLOP per token doubles with the parameters too: capacity falls by both.
		s.model = { ...s.model, params: fitsExactly };
		const exact = rates(s, garage);
		expect(exact.memoryFit).toBeCloseTo(1, 12);
		expect(big.fullCapacity.div(exact.fullCapacity).toNumber()).toBeCloseTo(0.25, 9);
	});

	it('footprint is parameters × the era’s bytes per parameter, cut by quantization', () => {
		const s = fitted();
		const r = rates(s, garage);
		expect(modelFootprint(garage, r, s.model).toNumber()).toBeCloseTo(
			s.model.params.toNumber() * garage.era.servingBytesPerParam,
			0
		);
		s.research = ['int8-quantization'];
		const q = rates(s, garage);
		expect(q.footprint.div(r.footprint).toNumber()).toBeCloseTo(0.5, 12);
	});

	it('serving chips left idle by memory draw no power: the bill falls with the fit', () => {
		const s = fitted();
		const full = rates(s, garage);
		s.model = { ...s.model, params: full.memory.div(garage.era.servingBytesPerParam).mul(4) };
		const quarter = rates(s, garage);
		expect(quarter.memoryFit).toBeCloseTo(0.25, 9);
		expect(quarter.powerCost.div(full.powerCost).toNumber()).toBeCloseTo(0.25, 9);
	});

	it('cards past the power hold no model: memory is throttled with the compute', () => {
		const s = newGame(1);
		const gpu = garage.hardware.get('gaming-gpu')!;
		s.hardware['gaming-gpu'] = 8; // 3.6 kW on the 2 kW home circuit
		const all = new Decimal(gpu.memory * 8);
		// A model exactly the size of all eight cards' memory.
		s.model = { ...s.model, params: all.div(garage.era.servingBytesPerParam) };
		const short = rates(s, garage);
		expect(short.throttle).toBeCloseTo(2000 / 3600, 12);
		expect(short.memory.div(all).toNumber()).toBeCloseTo(short.throttle, 12);
		expect(short.memoryFit).toBeCloseTo(short.throttle, 12);
		expect(memoryView(s, garage, short).fit).toBeCloseTo(short.throttle, 12);
		expect(memoryView(s, garage, short).unpowered).toBe(true); // the screens say why
		// Power for all eight: every card holds its share, the model fits.
		s.power['garage-subpanel'] = 0;
		const powered = rates(s, garage);
		expect(powered.throttle).toBe(1);
		expect(powered.memory.div(all).toNumber()).toBeCloseTo(1, 12);
		expect(powered.memoryFit).toBe(1);
		expect(memoryView(s, garage, powered).unpowered).toBe(false);
		// Serving loses the unpowered cards' FLOP/s and their memory: throttle squared.
		expect(short.fullCapacity.div(powered.fullCapacity).toNumber()).toBeCloseTo(
			short.throttle ** 2,
			9
		);
	});

	it('the memory view compares the served and the waiting model with the fleet', () => {
		const s = fitted();
		s.gate = { ...s.model, name: 'Big', params: s.model.params.mul(1e4) };
		const v = memoryView(s, garage, rates(s, garage));
		expect(v.fit).toBe(1);
		expect(v.gateFootprint!.gt(v.memory)).toBe(true);
		expect(v.gateFit!).toBeGreaterThan(0);
		expect(v.gateFit!).toBeLessThan(1);
	});

	it("the memory view knows the era's starter model from the player's own (the screens say a short starter calmly)", () => {
		for (const era of ERAS) {
			const c = eraContent(era.id);
			const s = newGame(1, era.id);
			expect(memoryView(s, c, rates(s, c)).starter).toBe(true);
			s.model = { ...s.model, name: `${c.era.playerModelFamily}-1` };
			expect(memoryView(s, c, rates(s, c)).starter).toBe(false);
		}
	});
});

describe('power', () => {
	it('the bill is the draw at the cheapest contracts’ price, × the grid’s price level', () => {
		const s = fitted();
		const r = rates(s, garage);
		const home = garage.power.get('home-circuit')!;
		const expected = ((r.powerDraw.toNumber() / 1000) * home.pricePerKwh) / 3600;
		expect(r.powerCost.toNumber()).toBeCloseTo(expected, 12);
		expect(powerPriceIndex(s, garage).toNumber()).toBe(1);
		expect(gridPriceClimb(s, garage)).toBeNull(); // nothing to explain yet
		// A served model 10 points up raises every contract's price by 10^(10 × climb).
		s.model = { ...s.model, capability: s.model.capability + 10 };
		const climbed = rates(s, garage);
		expect(climbed.powerCost.div(r.powerCost).toNumber()).toBeCloseTo(
			10 ** (10 * garage.era.powerPriceClimb),
			9
		);
		// The Fleet screen says why: the climb since the era's first model.
		expect(gridPriceClimb(s, garage)!.toNumber()).toBeCloseTo(
			10 ** (10 * garage.era.powerPriceClimb),
			9
		);
		expect(contractPrice(s, garage, 'home-circuit').toNumber()).toBeCloseTo(
			home.pricePerKwh * 10 ** (10 * garage.era.powerPriceClimb),
			9
		);
	});

	it('the bill is paid out of revenue, every step, exactly under advance', () => {
		const s = newGame(1);
		const r = rates(s, garage);
		const m = market(r, s.hype);
		const before = s.cash;
		advance(s, garage, 1);
		const expected = before.add(revenue(m, r)).sub(r.costs);
		expect(s.cash.toNumber()).toBeCloseTo(expected.toNumber(), 9);
		expect(r.costs.gte(r.powerCost)).toBe(true);
		expect(powerBillShare(s, r)).toBeCloseTo(r.powerCost.div(revenue(m, r)).toNumber(), 12);
	});

	// Playtest 7, Dyson: just after the first release the Power card read "51 % of revenue" while
	// the next run trained, and about 1 % once it was done. The new model overflowed the memory
	// (the serving chips it idles draw nothing), so the bill was nearly all the training chips'
	// while the sales were a sliver: a share of the sales is the serving chips' part alone.
	it("the bill's share of revenue is serving's part: the training chips' part is the run's", () => {
		const dyson = eraContent('dyson');
		const s = newGame(7, 'dyson');
		expect(apply(s, dyson, { type: 'start-run', size: 'sprint' }).ok).toBe(true);
		while (!s.gate) advance(s, dyson, 1);
		expect(apply(s, dyson, { type: 'release' }).ok).toBe(true);
		const between = rates(s, dyson);
		// No run: no training part, the share the whole bill's, as it always was.
		expect(trainingBill(between).eq(0)).toBe(true);
		const idle = powerBillShare(s, between)!;
		expect(idle).toBeCloseTo(
			between.powerCost.div(revenue(market(between, s.hype), between)).toNumber(),
			12
		);
		const size = suggestedRunSize(s, dyson, between);
		expect(apply(s, dyson, { type: 'start-run', size: size.id }).ok).toBe(true);
		const r = rates(s, dyson);
		expect(r.memoryFit).toBeLessThan(0.05);
		const sales = revenue(market(r, s.hype), r);
		// The whole bill over the sales: the figure the card showed (20 % for this lab).
		expect(r.powerCost.div(sales).toNumber()).toBeGreaterThan(0.15);
		// Training draws almost all of it (its chips all run; serving's few are kept busy by
		// the memory), and the serving chips' part is about the share between runs.
		const training = trainingBill(r);
		expect(training.div(r.powerCost).toNumber()).toBeGreaterThan(0.9);
		const share = powerBillShare(s, r)!;
		expect(share).toBeCloseTo(r.powerCost.sub(training).div(sales).toNumber(), 12);
		expect(share).toBeLessThan(2 * idle);
		expect(share).toBeGreaterThan(0);
	});

	it('a cheap contract that saves more than it costs is worth signing; none when nothing pays', () => {
		const s = newGame(1);
		s.hardware['gaming-gpu'] = 4;
		s.power['garage-subpanel'] = 0;
		const r = rates(s, garage);
		// Over a long horizon a contract cheaper per kWh than the subpanel pays for itself.
		const saver = contractToSign(s, garage, r, 1e7, false, new Decimal(1e9));
		expect(garage.power.get(saver!)!.pricePerKwh).toBeLessThan(
			garage.power.get('garage-subpanel')!.pricePerKwh
		);
		// Over a minute nothing does.
		expect(contractToSign(s, garage, r, 60, false, new Decimal(1e9))).toBeNull();
		// Short of watts, within reach of a small purse: the subpanel's neighbour, not solar.
		const short = contractToSign(s, garage, r, 1200, true, new Decimal(20_000));
		expect(short).not.toBeNull();
		expect(garage.power.get(short!)!.cost).toBeLessThanOrEqual(20_000);
	});
});

/** A catalog's shape: each tier's FLOP/s, memory, watts and price over the first tier's. */
function ratios(era: (typeof ERAS)[number]): number[] {
	const [first] = era.hardware;
	return era.hardware.flatMap((h) => [
		h.flops / first.flops,
		h.memory / first.memory,
		h.watts / first.watts,
		h.baseCost / first.baseCost
	]);
}

describe('each era its own catalog', () => {
	it('no two eras share the same hardware ratios', () => {
		for (let i = 0; i < ERAS.length; i++)
			for (let j = i + 1; j < ERAS.length; j++) {
				const a = ratios(ERAS[i]);
				const b = ratios(ERAS[j]);
				const same = a.every((x, k) => Math.abs(x / b[k] - 1) < 0.05);
				expect(same, `${ERAS[i].id} and ${ERAS[j].id}`).toBe(false);
			}
	});

	it('no two eras share the same power contracts (capacity, price, cost, build time)', () => {
		const shape = (era: (typeof ERAS)[number]) =>
			JSON.stringify(
				era.power.map((p) => [
					p.capacity / era.power[0].capacity,
					p.pricePerKwh / era.power[0].pricePerKwh,
					p.buildTime
				])
			);
		expect(new Set(ERAS.map(shape)).size).toBe(ERAS.length);
	});

	it('every era has a memory-rich card apart from its cheapest FLOP/s', () => {
		for (const era of ERAS) {
			const best = (f: (h: (typeof era.hardware)[number]) => number) =>
				era.hardware.reduce((a, b) => (f(b) > f(a) ? b : a)).id;
			expect(best((h) => h.memory / h.flops)).not.toBe(best((h) => h.flops / h.baseCost));
		}
	});
});
