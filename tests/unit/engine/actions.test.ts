import { describe, expect, it } from 'vitest';
import {
	Decimal,
	advance,
	buy,
	discardModel,
	hire,
	hireCost,
	newGame,
	quoteHardware,
	rates,
	release,
	research,
	researchCost,
	researchLevel,
	setPriceTier,
	setTrainShare,
	signContract,
	startRun,
	stopRun
} from '../../../src/lib/engine';
import { eraContent } from '../../../src/lib/content';
import { garage } from './helpers';

const rich = () => {
	const s = newGame(1);
	s.cash = new Decimal(1e9);
	return s;
};

describe('buy', () => {
	it('pays the exact bulk price and adds the units', () => {
		const s = rich();
		const quote = quoteHardware(s, garage, 'gaming-gpu', 10)!;
		const before = s.cash;
		const owned = s.hardware['gaming-gpu'];
		expect(buy(s, garage, 'gaming-gpu', 10)).toEqual({ ok: true });
		expect(s.hardware['gaming-gpu']).toBe(owned + 10);
		expect(before.sub(s.cash).sub(quote.cost).abs().toNumber()).toBeLessThan(1e-6);
	});

	it('Max buys as many as cash allows and leaves less than one more', () => {
		const s = newGame(1);
		s.cash = new Decimal(1000);
		expect(buy(s, garage, 'gaming-gpu', 'max')).toEqual({ ok: true });
		expect(quoteHardware(s, garage, 'gaming-gpu', 1)!.cost.gt(s.cash)).toBe(true);
	});

	it('refuses without cash, unknown ids and bad amounts, changing nothing', () => {
		const s = newGame(1);
		const cash = s.cash;
		expect(buy(s, garage, 'garage-server', 1)).toEqual({ ok: false, reason: 'not-enough-cash' });
		expect(buy(s, garage, 'quantum-toaster', 1)).toEqual({ ok: false, reason: 'unknown-id' });
		for (const bad of [0, -1, 1.5, NaN, Infinity]) {
			expect(buy(s, garage, 'gaming-gpu', bad)).toEqual({ ok: false, reason: 'invalid-amount' });
		}
		expect(s.cash.eq(cash)).toBe(true);
		expect(s.hardware).toEqual(garage.era.startHardware);
	});

	it('orders top-tier chips: paid now, delivered after the lead time, even in one jump', () => {
		const s = rich();
		expect(buy(s, garage, 'garage-server', 2)).toEqual({ ok: true });
		expect(s.hardware['garage-server'] ?? 0).toBe(0);
		expect(s.orders).toHaveLength(1);
		const lead = garage.hardware.get('garage-server')!.leadTime;
		advance(s, garage, lead - 1);
		expect(s.hardware['garage-server'] ?? 0).toBe(0);
		advance(s, garage, 1);
		expect(s.hardware['garage-server']).toBe(2);
		expect(s.orders).toHaveLength(0);
		expect(s.news.some((n) => n.kind === 'delivery')).toBe(true);
	});

	it('prices units on order as if owned', () => {
		const s = rich();
		const first = quoteHardware(s, garage, 'garage-server', 1)!.cost;
		buy(s, garage, 'garage-server', 1);
		expect(quoteHardware(s, garage, 'garage-server', 1)!.cost.gt(first)).toBe(true);
	});
});

describe('power', () => {
	it('throttles compute in proportion when draw exceeds capacity, and says so', () => {
		const s = rich();
		buy(s, garage, 'mining-rig', 4);
		const r = rates(s, garage);
		expect(r.throttle).toBeLessThan(1);
		expect(r.compute.div(r.unthrottledCompute).toNumber()).toBeCloseTo(
			r.powerCapacity.div(r.powerDraw).toNumber(),
			12
		);
		expect(s.news.some((n) => n.kind === 'throttled')).toBe(true);
	});

	it('a contract adds capacity only once built', () => {
		const s = rich();
		const before = rates(s, garage).powerCapacity;
		expect(signContract(s, garage, 'garage-subpanel')).toEqual({ ok: true });
		expect(rates(s, garage).powerCapacity.eq(before)).toBe(true);
		advance(s, garage, garage.power.get('garage-subpanel')!.buildTime + 1);
		expect(rates(s, garage).powerCapacity.gt(before)).toBe(true);
		expect(signContract(s, garage, 'garage-subpanel')).toEqual({
			ok: false,
			reason: 'already-done'
		});
	});

	it('refuses a contract the lab cannot pay for', () => {
		const s = newGame(1);
		expect(signContract(s, garage, 'gas-genset')).toEqual({ ok: false, reason: 'not-enough-cash' });
		expect('gas-genset' in s.power).toBe(false);
	});
});

describe('train, serve and release', () => {
	it('the train share splits compute between the run and serving', () => {
		const s = rich();
		startRun(s, garage, 'small');
		setTrainShare(s, 0.25);
		const a = rates(s, garage);
		setTrainShare(s, 0.75);
		const b = rates(s, garage);
		expect(b.trainRate.gt(a.trainRate)).toBe(true);
		expect(b.capacity.lt(a.capacity)).toBe(true);
		expect(setTrainShare(s, 1.5)).toEqual({ ok: false, reason: 'invalid-amount' });
		expect(setTrainShare(s, NaN)).toEqual({ ok: false, reason: 'invalid-amount' });
	});

	it('with no run, all compute serves', () => {
		const s = newGame(1);
		setTrainShare(s, 0.9);
		expect(rates(s, garage).trainShare).toBe(0);
	});

	it('a finished run waits at the gate; releasing serves it and spikes hype', () => {
		const s = rich();
		expect(startRun(s, garage, 'sprint')).toEqual({ ok: true });
		expect(startRun(s, garage, 'small')).toEqual({ ok: false, reason: 'run-in-progress' });
		expect(release(s, garage)).toEqual({ ok: false, reason: 'no-model-waiting' });
		advance(s, garage, 3600);
		expect(s.run).toBeNull();
		expect(s.gate).not.toBeNull();
		const waiting = s.gate!;
		expect(release(s, garage)).toEqual({ ok: true });
		expect(s.model.name).toBe(waiting.name);
		expect(s.gate).toBeNull();
		expect(s.hype).toBeGreaterThan(0.5);
		expect(s.stats.modelsReleased).toBe(1);
	});

	it('stopping a run loses its training, frees the lab for another run, and is refused twice', () => {
		const s = rich();
		buy(s, garage, 'gaming-gpu', 3);
		startRun(s, garage, 'large');
		setTrainShare(s, 1);
		advance(s, garage, 600);
		expect(s.run!.progress.gt(0)).toBe(true);
		const served = s.model.name;
		expect(stopRun(s)).toEqual({ ok: true });
		expect(s.run).toBeNull();
		expect(s.gate).toBeNull();
		// A second tap of the button: refused, nothing changes.
		expect(stopRun(s)).toEqual({ ok: false, reason: 'no-run' });
		// Nothing trains now: all compute serves, and the served model is the one it was.
		expect(rates(s, garage).trainShare).toBe(0);
		advance(s, garage, 600);
		expect(s.gate).toBeNull();
		expect(s.model.name).toBe(served);
		// The next run starts from nothing.
		expect(startRun(s, garage, 'sprint')).toEqual({ ok: true });
		expect(s.run!.progress.eq(0)).toBe(true);
	});

	it('a waiting model can be discarded: the served one stays, and a second tap is refused', () => {
		const s = rich();
		startRun(s, garage, 'sprint');
		advance(s, garage, 3600);
		const served = s.model.name;
		expect(s.gate).not.toBeNull();
		expect(discardModel(s)).toEqual({ ok: true });
		expect(s.gate).toBeNull();
		expect(s.model.name).toBe(served);
		expect(discardModel(s)).toEqual({ ok: false, reason: 'no-model-waiting' });
		expect(release(s, garage)).toEqual({ ok: false, reason: 'no-model-waiting' });
	});

	it('a bigger run makes a more capable model', () => {
		const caps = ['sprint', 'small', 'medium'].map((size) => {
			const s = rich();
			s.rng = 99; // the same outcome draw for every size
			buy(s, garage, 'gaming-gpu', 3);
			startRun(s, garage, size);
			setTrainShare(s, 1);
			advance(s, garage, 100_000);
			return s.gate!.capability;
		});
		expect(caps[1]).toBeGreaterThan(caps[0]);
		expect(caps[2]).toBeGreaterThan(caps[1]);
	});

	it('price tiers trade volume for margin', () => {
		const s = newGame(1);
		const std = rates(s, garage);
		expect(setPriceTier(s, garage, 'premium')).toEqual({ ok: true });
		const prem = rates(s, garage);
		expect(prem.price.gt(std.price)).toBe(true);
		expect(prem.baseDemand.lt(std.baseDemand)).toBe(true);
		expect(setPriceTier(s, garage, 'free-lunch')).toEqual({ ok: false, reason: 'unknown-id' });
	});

	it('a model too big for the fleet memory serves proportionally slower', () => {
		const s = rich();
		// Ten times what the fleet's gaming GPUs hold.
		const bytes = garage.era.servingBytesPerParam;
		const gpu = garage.era.hardware.find((h) => h.id === 'gaming-gpu')!.memory;
		expect(Object.keys(s.hardware)).toEqual(['gaming-gpu']);
		s.model = { ...s.model, params: new Decimal((10 * gpu * s.hardware['gaming-gpu']) / bytes) };
		const r = rates(s, garage);
		expect(r.memoryFit).toBeCloseTo(0.1, 12);
		research(Object.assign(s, { insight: new Decimal(1e6) }), garage, 'int8-quantization');
		expect(rates(s, garage).memoryFit).toBeCloseTo(0.2, 12);
	});
});

describe('research and researchers', () => {
	it('hiring costs cash, grows in price, and researchers produce insight', () => {
		const s = rich();
		const c0 = hireCost(s, garage);
		expect(hire(s, garage)).toEqual({ ok: true });
		expect(hireCost(s, garage).gt(c0)).toBe(true);
		advance(s, garage, 100);
		expect(s.insight.toNumber()).toBeCloseTo(100 * garage.era.insightRate, 9);
	});

	it('projects need their prerequisites and the insight, and apply their effect', () => {
		const s = rich();
		expect(research(s, garage, 'distillation')).toEqual({ ok: false, reason: 'locked' });
		expect(research(s, garage, 'int8-quantization')).toEqual({
			ok: false,
			reason: 'not-enough-insight'
		});
		s.insight = new Decimal(1000);
		const before = rates(s, garage).flopPerToken;
		expect(research(s, garage, 'int8-quantization')).toEqual({ ok: true });
		expect(research(s, garage, 'int8-quantization')).toEqual({ ok: false, reason: 'already-done' });
		expect(research(s, garage, 'distillation')).toEqual({ ok: true });
		expect(rates(s, garage).flopPerToken.lt(before)).toBe(true);
	});

	it('a repeatable project levels up again and again, each level dearer, its effect compounding', () => {
		const cloud = eraContent('cloud');
		const s = newGame(1, 'cloud');
		const def = cloud.research.get('algorithmic-advances')!;
		expect(def.repeatable).toBeGreaterThan(1);
		s.insight = new Decimal(1e12);
		// Locked behind the tree like any project.
		expect(research(s, cloud, def.id)).toEqual({ ok: false, reason: 'locked' });
		for (const id of ['data-curation', 'scaling-laws', 'synthetic-data', 'rl-post-training'])
			expect(research(s, cloud, id)).toEqual({ ok: true });
		const base = rates(s, cloud).mult.algoEfficiency;
		const paid: number[] = [];
		for (let level = 0; level < 4; level++) {
			expect(researchLevel(s, def.id)).toBe(level);
			const cost = researchCost(s, cloud, def.id);
			const before = s.insight;
			expect(research(s, cloud, def.id)).toEqual({ ok: true });
			expect(before.sub(s.insight).div(cost).toNumber()).toBeCloseTo(1, 9);
			paid.push(cost.toNumber());
		}
		expect(paid[0]).toBe(def.cost);
		for (let i = 1; i < paid.length; i++)
			expect(paid[i] / paid[i - 1]).toBeCloseTo(def.repeatable!, 9);
		expect(rates(s, cloud).mult.algoEfficiency / base).toBeCloseTo(1.5 ** 4, 9);
		// Not enough insight for the next level: refused, nothing changes.
		s.insight = researchCost(s, cloud, def.id).mul(0.99);
		expect(research(s, cloud, def.id)).toEqual({ ok: false, reason: 'not-enough-insight' });
		expect(researchLevel(s, def.id)).toBe(4);
	});

	it('unpaid salaries idle the researchers until cash covers them again', () => {
		const s = newGame(1);
		s.cash = new Decimal(2000);
		for (let i = 0; i < 4; i++) hire(s, garage);
		setTrainShare(s, 1);
		startRun(s, garage, 'moonshot'); // nothing served: no income
		advance(s, garage, 4000);
		expect(s.idle).toBe(true);
		expect(s.cash.eq(0)).toBe(true);
		const insight = s.insight;
		advance(s, garage, 100);
		expect(s.insight.eq(insight)).toBe(true); // idle researchers make nothing
		expect(s.news.some((n) => n.kind === 'broke')).toBe(true);
		// Cash alone does not bring them back while nothing pays them (payroll.test.ts).
		s.cash = rates(s, garage).salaries.mul(1000);
		advance(s, garage, 1);
		expect(s.idle).toBe(true);
	});
});
