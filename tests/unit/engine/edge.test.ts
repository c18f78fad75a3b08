// The Edge swarm's decision: recruited devices serve a model that fits one device at full speed
// and a bigger one split over several devices a copy at a fraction of it; distilling makes the
// next models fit one device, for a loss of capability; fast-forward stays exact.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eraContent, SWARMS, swarmOnline } from '../../../src/lib/content';
import {
	advance,
	apply,
	blockFlops,
	capabilityBand,
	cloneState,
	Decimal,
	devicesPerCopy,
	distilled,
	distilView,
	expectedRunTime,
	memoryView,
	modelFootprint,
	newGame,
	plannedMemory,
	plannedModel,
	rates,
	recruitQuote,
	runEnd,
	runFlop,
	runModel,
	runProgress,
	runTimeLeft,
	splitSpeed,
	step,
	swarmFit,
	swarmHold,
	swarmReach,
	swarmView,
	type GameState
} from '../../../src/lib/engine';
import { migrate } from '../../../src/lib/save/migrations';
import { stateDiff } from './helpers';

const c = eraContent('edge');
const def = SWARMS.edge;

function lab(): GameState {
	const s = newGame(3, 'edge');
	s.cash = recruitQuote(s, c, 1)!.cost.mul(1000);
	return s;
}

/** A served model `times` the swarm's reach. */
function bigModel(s: GameState, times: number): void {
	const r = rates(s, c);
	const reach = swarmReach(c, r.mult);
	const params = reach.div(c.era.servingBytesPerParam * r.mult.footprint).mul(times);
	s.model = { ...s.model, params, capability: 150 };
}

describe('recruiting the swarm', () => {
	it("the Era tab's idea and the Fleet tab's card say the same share online, from the content", () => {
		const edge = eraContent('edge');
		expect(swarmOnline(SWARMS.edge.availability)).toBe(
			'about 50% of the devices are online at any time'
		);
		expect(edge.era.idea).toContain(swarmOnline(SWARMS.edge.availability));
	});

	it('adds serving capacity at once, on no power of the lab, and never trains', () => {
		const s = lab();
		const before = rates(s, c);
		const cash = s.cash;
		const quote = recruitQuote(s, c, 2)!;
		expect(apply(s, c, { type: 'recruit', count: 2 })).toEqual({ ok: true });
		const after = rates(s, c);
		expect(s.edge.blocks).toBe(2);
		expect(cash.sub(s.cash).div(quote.cost).toNumber()).toBeCloseTo(1, 9);
		expect(after.swarm.gt(0)).toBe(true);
		expect(after.fullCapacity.sub(before.fullCapacity).div(after.swarm).toNumber()).toBeCloseTo(
			1,
			9
		);
		expect(after.powerDraw.eq(before.powerDraw)).toBe(true);
		expect(after.compute.eq(before.compute)).toBe(true);
		// The Memory card says the swarm serves too (its devices' memory, not the fleet's).
		expect(memoryView(s, c, before).swarmServes).toBe(false);
		expect(memoryView(s, c, after).swarmServes).toBe(true);
		expect(after.trainRate.eq(before.trainRate)).toBe(true);
		// The swarm serves whatever the train share: all of the own fleet may train.
		s.trainShare = 1;
		s.run = {
			sizeId: c.era.runSizes[0].id,
			target: new Decimal(1e40),
			progress: new Decimal(0),
			outcome: 1,
			recipe: 0,
			usualLow: 0
		};
		expect(rates(s, c).capacity.div(after.swarm).toNumber()).toBeCloseTo(1, 9);
	});

	it('each block costs more than the last, and refuses what the cash cannot pay', () => {
		const s = lab();
		const one = recruitQuote(s, c, 1)!.cost;
		apply(s, c, { type: 'recruit', count: 1 });
		expect(recruitQuote(s, c, 1)!.cost.div(one).toNumber()).toBeCloseTo(def.priceRatio, 9);
		s.cash = new Decimal(0);
		expect(apply(s, c, { type: 'recruit', count: 1 })).toEqual({
			ok: false,
			reason: 'not-enough-cash'
		});
		expect(apply(s, c, { type: 'recruit', count: 0 }).ok).toBe(false);
		expect(s.edge.blocks).toBe(1);
	});

	it('serves a model bigger than a device split over k devices a copy, at (1 - splitCost)^(k-1)/k (issue #17: the full model was no option)', () => {
		const s = lab();
		// The swarm's tokens a second at full speed, and at its memory fit and split.
		s.edge.blocks = 20;
		const tokens = (r: ReturnType<typeof rates>) =>
			(blockFlops(c, r.mult) * s.edge.blocks * (1 - c.era.latency)) / r.flopPerToken.toNumber();
		bigModel(s, 0.9);
		const r0 = rates(s, c);
		expect(devicesPerCopy(c, r0.mult, r0.footprint)).toBe(1);
		expect(splitSpeed(c, r0.mult, r0.footprint)).toBe(1);
		expect(r0.swarm.toNumber() / tokens(r0)).toBeCloseTo(swarmFit(s, c, r0.mult, r0.footprint), 9);
		expect(swarmView(s, c, r0)!.fits).toBe(true);
		for (const [times, k] of [
			[1.48, 2],
			[2, 2],
			[2.01, 3],
			[9.5, 10]
		] as const) {
			bigModel(s, times);
			const r = rates(s, c);
			expect(devicesPerCopy(c, r.mult, r.footprint)).toBe(k);
			const speed = Math.pow(1 - def.splitCost, k - 1) / k;
			expect(splitSpeed(c, r.mult, r.footprint)).toBeCloseTo(speed, 12);
			// A split copy needs as many bytes as a whole one: the blocks' fit applies as well.
			const fit = swarmFit(s, c, r.mult, r.footprint);
			expect(fit).toBeGreaterThan(0);
			expect(r.swarm.toNumber() / tokens(r)).toBeCloseTo(speed * fit, 9);
			const v = swarmView(s, c, r)!;
			expect(v.fits).toBe(false);
			expect(v.devices).toBe(k);
			expect(v.split).toBeCloseTo(speed, 12);
		}
		bigModel(s, 1.48);
		expect(splitSpeed(c, rates(s, c).mult, rates(s, c).footprint)).toBeCloseTo(0.48, 12);
		// Outside the Edge there is no device to split over.
		const garage = eraContent('garage');
		expect(devicesPerCopy(garage, rates(s, c).mult, rates(s, c).footprint)).toBe(0);
		expect(splitSpeed(garage, rates(s, c).mult, rates(s, c).footprint)).toBe(0);
	});

	it('serves a model bigger than its blocks hold at the share they hold: a bigger model needs more blocks', () => {
		const s = lab();
		apply(s, c, { type: 'recruit', count: 10 });
		bigModel(s, 0.9); // fits a device
		const r = rates(s, c);
		const held = def.blockMemory * Math.sqrt(r.mult.compute) * 10;
		const fit = held / r.footprint.toNumber();
		expect(fit).toBeLessThan(1);
		expect(swarmFit(s, c, r.mult, r.footprint)).toBeCloseTo(fit, 9);
		// The swarm's FLOP/s serve at that share, as the fleet's do with a model bigger than its memory.
		const full = (blockFlops(c, r.mult) * 10 * (1 - c.era.latency)) / r.flopPerToken.toNumber();
		expect(r.swarm.toNumber() / full).toBeCloseTo(fit, 9);
		expect(swarmView(s, c, r)!.fit).toBeCloseTo(fit, 9);
		const needed = swarmView(s, c, r)!.hold.blocks!;
		expect(needed).toBe(Math.ceil(r.footprint.toNumber() / (held / 10)));
		// With the blocks it needs, it serves at full speed; one fewer, not quite.
		s.edge.blocks = needed - 1;
		expect(swarmFit(s, c, rates(s, c).mult, rates(s, c).footprint)).toBeLessThan(1);
		s.edge.blocks = needed;
		expect(swarmFit(s, c, rates(s, c).mult, rates(s, c).footprint)).toBe(1);
		expect(swarmView(s, c, rates(s, c))!.fit).toBe(1);
		// A smaller model is held by fewer blocks.
		bigModel(s, 0.09);
		expect(swarmView(s, c, rates(s, c))!.hold.blocks).toBeLessThanOrEqual(Math.ceil(needed / 10));
	});

	it('speeds research while it serves the model: insight × (1 + feedback per block)', () => {
		const s = lab();
		s.researchers = 4;
		const alone = rates(s, c).insightRate;
		apply(s, c, { type: 'recruit', count: 10 });
		bigModel(s, 0.9);
		const serving = rates(s, c);
		expect(serving.insightRate.div(alone).toNumber()).toBeCloseTo(1 + 10 * def.feedback, 9);
		// A model bigger than a device: split, it still serves and reports; with no blocks, nothing.
		bigModel(s, 1.1);
		expect(rates(s, c).swarm.gt(0)).toBe(true);
		expect(rates(s, c).insightRate.div(alone).toNumber()).toBeCloseTo(1 + 10 * def.feedback, 9);
		s.edge.blocks = 0;
		expect(rates(s, c).insightRate.eq(alone)).toBe(true);
	});

	it('is only in the Edge', () => {
		const s = newGame(3, 'cloud');
		const cloud = eraContent('cloud');
		expect(apply(s, cloud, { type: 'recruit', count: 1 })).toEqual({
			ok: false,
			reason: 'unknown-id'
		});
		expect(apply(s, cloud, { type: 'distil', on: true })).toEqual({
			ok: false,
			reason: 'unknown-id'
		});
		expect(swarmView(s, cloud, rates(s, cloud))).toBeNull();
		expect(distilView(s, cloud, rates(s, cloud))).toBeNull();
	});
});

describe('distilling for the swarm', () => {
	it('shrinks a model to the reach, losing capability with each decade it shrinks', () => {
		const s = lab();
		const r = rates(s, c);
		bigModel(s, 100);
		const small = distilled(c, r.mult, s.model)!;
		expect(modelFootprint(c, r, small).div(swarmReach(c, r.mult)).toNumber()).toBeCloseTo(1, 9);
		expect(s.model.capability - small.capability).toBeCloseTo(2 * def.lossPerDecade, 1);
		// A model that fits already is not distilled.
		expect(distilled(c, r.mult, small)).toBeNull();
	});

	it("before a run, speaks of the run the run card plans, as the card's memory line does (playtest 4)", () => {
		const s = lab();
		const biggest = c.era.runSizes[c.era.runSizes.length - 1];
		apply(s, c, { type: 'distil', on: true });
		const r = rates(s, c);
		expect(s.run).toBeNull();
		const view = distilView(s, c, r, biggest)!;
		const planned = plannedMemory(s, c, r, biggest);
		// The card's figure is the distilled footprint; the Distil card's full one is the same run's.
		expect(planned.distilled).toBe(true);
		expect(view.small!.footprint.eq(planned.footprint)).toBe(true);
		expect(view.full.footprint.eq(modelFootprint(c, r, plannedModel(r, biggest)))).toBe(true);
		expect(view.full.footprint.gt(modelFootprint(c, r, s.model))).toBe(true);
		// No run planned (no size given): the served model, as before.
		expect(distilView(s, c, r)!.full.footprint.eq(modelFootprint(c, r, s.model))).toBe(true);
	});

	it("tells a run's luck only when it ends: under way, the Distil card shows the run card's average (playtest 38)", () => {
		// The playtest read "Next model: capability 136.2 … or 129.7 distilled" beside "About
		// capability 176", and the run made the 129.7.
		const s = lab();
		const size = c.era.runSizes[c.era.runSizes.length - 1];
		apply(s, c, { type: 'start-run', size: size.id });
		// The run card's estimate of the size as it started (full size: distilling off).
		const estimate = capabilityBand(s, c, rates(s, c), size).expected;
		apply(s, c, { type: 'distil', on: true });
		const average = distilView(s, c, rates(s, c))!;
		expect(average.full.capability).toBeCloseTo(estimate, 9);
		for (const outcome of [0.8, 1.08]) {
			s.run!.outcome = outcome;
			const view = distilView(s, c, rates(s, c))!;
			expect(view.full.capability).toBe(average.full.capability);
			expect(view.small!.capability).toBe(average.small!.capability);
			// The drawn luck is the engine's still: the model the run makes.
			expect(runModel(s, rates(s, c).mult)!.capability).not.toBeCloseTo(average.full.capability, 1);
		}
	});

	it('applies to the models that finish while it is on, and to no others', () => {
		const s = lab();
		s.research = [];
		apply(s, c, { type: 'start-run', size: c.era.runSizes[c.era.runSizes.length - 1].id });
		// An average draw: the view speaks of the average (its luck is told when it ends).
		s.run!.outcome = 1;
		const target = s.run!.target;
		const full = cloneState(s);
		apply(s, c, { type: 'distil', on: true });
		const view = distilView(s, c, rates(s, c))!;
		expect(view.on).toBe(true);
		expect(view.small).not.toBeNull();
		for (const x of [s, full]) x.run!.progress = target;
		step(s, c);
		step(full, c);
		// The full-size model is done at its target; the distilled one takes a pass more.
		expect(full.gate).not.toBeNull();
		expect(s.run).not.toBeNull();
		expect(s.gate).toBeNull();
		expect(runEnd(s, c, rates(s, c).mult).div(target).toNumber()).toBeCloseTo(1 + def.pass, 9);
		s.run!.progress = target.mul(1 + def.pass);
		step(s, c);
		expect(s.run).toBeNull();
		expect(s.gate!.name).toMatch(/Mini$/);
		expect(s.gate!.capability).toBeCloseTo(view.small!.capability, 1);
		expect(full.gate!.name).not.toMatch(/Mini$/);
		expect(full.gate!.capability).toBeCloseTo(view.full.capability, 1);
		expect(s.gate!.params.lt(full.gate!.params)).toBe(true);
	});
});

describe("the run card's estimate with distilling on (playtest 4: 'about 125, 1m49s' became 99.1 and 2m10s)", () => {
	it('quotes the time with the pass and the capability of the distilled copy: the run started says the same', () => {
		const s = lab();
		s.research = [];
		s.trainShare = 0.6;
		apply(s, c, { type: 'distil', on: true });
		// A run whose model is 3x the swarm's reach or more: distilling costs it a point or more.
		const size = c.era.runSizes.find(
			(z) => (distilView(s, c, rates(s, c), z)?.small?.shrink ?? 0) >= 3
		)!;
		const r = rates(s, c);
		const band = capabilityBand(s, c, r, size);
		const eta = expectedRunTime(s, c, r, size);
		// Off, the same size: no pass, the full-size capability.
		const off = cloneState(s);
		apply(off, c, { type: 'distil', on: false });
		const full = capabilityBand(off, c, rates(off, c), size);
		expect(eta / expectedRunTime(off, c, rates(off, c), size)).toBeCloseTo(1 + def.pass, 9);
		expect(full.expected - band.expected).toBeGreaterThan(0.5);
		expect(full.low - band.low).toBeGreaterThan(0.5);
		// Started: the time left is the time quoted, and the model made lands in the band quoted.
		apply(s, c, { type: 'start-run', size: size.id });
		expect(runTimeLeft(s, rates(s, c), c) / eta).toBeCloseTo(1, 9);
		// The card's "done / total" counts the pass, as its bar does (playtest 9: 87 % beside
		// "10.4 RFLOP / 10 RFLOP").
		s.run!.progress = s.run!.target.mul(0.9);
		const flop = runFlop(s, c, rates(s, c))!;
		expect(flop.total.eq(runEnd(s, c, rates(s, c).mult))).toBe(true);
		expect(flop.distilling).toBe(true);
		expect(flop.done.div(flop.total).toNumber()).toBeCloseTo(runProgress(s, c, rates(s, c)), 12);
		expect(flop.done.lt(flop.total)).toBe(true);
		s.run!.progress = s.run!.target.mul(0);
		s.run!.progress = runEnd(s, c, rates(s, c).mult);
		step(s, c);
		const made = s.gate!.capability;
		expect(s.gate!.name).toMatch(/Mini$/);
		const inUsual = made >= band.low && made <= band.high;
		const inPoor = made >= band.poorLow && made <= band.poorHigh;
		expect(inUsual || inPoor, `${made} in ${JSON.stringify(band)}`).toBe(true);
	});
});

describe("the distil pass: a thoughtful player's cost", () => {
	it('is paid only for a model that does not fit the swarm, and not once the switch is off', () => {
		const s = lab();
		s.research = [];
		apply(s, c, { type: 'start-run', size: c.era.runSizes[c.era.runSizes.length - 1].id });
		const target = s.run!.target;
		apply(s, c, { type: 'distil', on: true });
		s.run!.progress = target.mul(1 + def.pass / 2);
		// Turned off during the pass: the run is done at once, full size.
		apply(s, c, { type: 'distil', on: false });
		expect(runEnd(s, c, rates(s, c).mult).eq(target)).toBe(true);
		step(s, c);
		expect(s.gate!.name).not.toMatch(/Mini$/);
		// A run whose model already fits the swarm needs no pass.
		const t = lab();
		apply(t, c, { type: 'start-run', size: c.era.runSizes[0].id });
		apply(t, c, { type: 'distil', on: true });
		const small = distilled(c, rates(t, c).mult, runModel(t, rates(t, c).mult)!);
		expect(small).toBeNull();
		expect(runEnd(t, c, rates(t, c).mult).eq(t.run!.target)).toBe(true);
	});

	it('ends where stepping ends when a run finishes through its pass', () => {
		const s = lab();
		s.research = [];
		apply(s, c, { type: 'recruit', count: 5 });
		apply(s, c, { type: 'start-run', size: c.era.runSizes[c.era.runSizes.length - 1].id });
		apply(s, c, { type: 'distil', on: true });
		s.trainShare = 1;
		const r = rates(s, c);
		// Ten minutes before the pass ends (past the full-size target): the run must not end there.
		s.run!.progress = s.run!.target.mul(1 + def.pass).sub(r.trainRate.mul(600));
		const fast = advance(cloneState(s), c, 3600);
		const slow = cloneState(s);
		for (let i = 0; i < 3600; i++) step(slow, c);
		expect(fast.gate?.name ?? fast.model.name).toMatch(/Mini$/);
		expect(stateDiff(fast, slow, 1e-9, { cash: Math.abs(s.cash.toNumber()) })).toEqual([]);
	});
});

describe('fast-forward with the swarm', () => {
	it('ends where stepping ends, distilling and serving on the swarm', () => {
		const s = lab();
		apply(s, c, { type: 'recruit', count: 5 });
		apply(s, c, { type: 'distil', on: true });
		s.researchers = 3; // the swarm's reports speed their research
		apply(s, c, { type: 'start-run', size: c.era.runSizes[3].id });
		const fast = advance(cloneState(s), c, 3 * 3600);
		const slow = cloneState(s);
		for (let i = 0; i < 3 * 3600; i++) step(slow, c);
		expect(stateDiff(fast, slow, 1e-9, { cash: Math.abs(s.cash.toNumber()) })).toEqual([]);
	});
});

describe('saves from before the swarm', () => {
	it('load with no blocks and full-size models', () => {
		const record = JSON.parse(readFileSync('tests/fixtures/saves/v6.json', 'utf8'));
		const v6 = JSON.parse(record.state) as Record<string, unknown>;
		expect(v6.edge).toBeUndefined();
		expect(migrate(v6, 7).edge).toEqual({ blocks: 0, distil: false });
	});
});

describe("the distil choice's forecast (playtest 9: 'serves here at 48%', then 2%)", () => {
	it('counts the blocks the lab has: the full model serves at its split times the swarm’s fit', () => {
		const s = lab();
		s.research = [];
		// A size split over devices whose split still serves (the playtest's: 2 devices, 48 %).
		const size = [...c.era.runSizes].reverse().find((z) => {
			const full = distilView(s, c, rates(s, c), z)!.full;
			return full.devices > 1 && full.split > 0.1;
		})!;
		const at = (blocks: number) => {
			s.edge.blocks = blocks;
			return distilView(s, c, rates(s, c), size)!.full;
		};
		const few = at(1);
		expect(few.speed).toBeLessThan(few.split);
		expect(few.speed).toBeCloseTo(few.split * swarmFit(s, c, rates(s, c).mult, few.footprint), 12);
		// Its copies take more blocks than the swarm recruits (playtest 19 read "needs 266 blocks"
		// beside "0 of 200"): the most blocks hold that share of them, and it serves at that.
		expect(few.hold.blocks).toBeNull();
		expect(few.hold.max).toBe(def.maxBlocks);
		expect(few.hold.most).toBeGreaterThan(0);
		expect(few.hold.most).toBeLessThan(1);
		const most = at(def.maxBlocks);
		expect(most.speed).toBeCloseTo(most.split * few.hold.most, 12);
		expect(most.speed).toBeGreaterThan(few.speed);
		expect(most.hold).toEqual(few.hold);
	});

	it('names the blocks that hold a model whole only when the swarm can have that many (playtest 19)', () => {
		const s = lab();
		const r = rates(s, c);
		const one = def.blockMemory * Math.sqrt(r.mult.compute);
		// A model that fits a device: its copies fit the blocks the swarm may recruit.
		const small = swarmHold(c, r.mult, new Decimal(one * 150));
		expect(small).toEqual({ blocks: 150, most: 1, max: def.maxBlocks });
		// One the most blocks hold exactly, and one a block's worth more.
		expect(swarmHold(c, r.mult, new Decimal(one * def.maxBlocks)).blocks).toBe(def.maxBlocks);
		const over = swarmHold(c, r.mult, new Decimal(one * (def.maxBlocks + 1)));
		expect(over.blocks).toBeNull();
		expect(over.most).toBeCloseTo(def.maxBlocks / (def.maxBlocks + 1), 12);
		// The blocks that hold it whole are what the swarm's fit says: fit 1 with that many.
		s.edge.blocks = small.blocks!;
		expect(swarmFit(s, c, r.mult, new Decimal(one * 150))).toBe(1);
		s.edge.blocks = def.maxBlocks;
		expect(swarmFit(s, c, r.mult, new Decimal(one * (def.maxBlocks + 1)))).toBeCloseTo(
			over.most,
			12
		);
	});

	it('says the distilled model at the speed the blocks serve it, as the swarm does once it serves (playtest 17)', () => {
		// Playtest 17 read "distilled, one at 100%" on the Lab beside the Fleet's "serves at 1%
		// speed … 180 blocks hold it whole" of the distilled model served.
		const s = lab();
		s.research = [];
		const size = [...c.era.runSizes]
			.reverse()
			.find((z) => distilView(s, c, rates(s, c), z)!.small !== null)!;
		s.edge.blocks = 1;
		const small = distilView(s, c, rates(s, c), size)!.small!;
		expect(small.hold.blocks).toBeGreaterThan(1);
		expect(small.speed).toBeLessThan(1);
		// Released, the swarm serves it at that speed (the Fleet's line: swarmView).
		const r = rates(s, c);
		const served = cloneState(s);
		served.model = distilled(c, r.mult, plannedModel(r, size))!;
		const v = swarmView(served, c, rates(served, c))!;
		expect(v.fits).toBe(true);
		expect(v.split * v.fit).toBeCloseTo(small.speed, 9);
		expect(v.hold).toEqual(small.hold);
		// With the blocks that hold its copies whole, all of it.
		s.edge.blocks = small.hold.blocks!;
		expect(distilView(s, c, rates(s, c), size)!.small!.speed).toBe(1);
	});
});
