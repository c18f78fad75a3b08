// Moon and Mars's decision: hardware built far (on Mars) is cheap and abundant but only
// trains; what the run does not take runs batch jobs, as many as batch buyers want. Built near (on the Moon), it serves and trains.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eraContent, FAR_SITES } from '../../../src/lib/content';
import {
	advance,
	apply,
	arrivalIn,
	batchTokens,
	Decimal,
	cloneState,
	farQuote,
	farStepFactor,
	farTotalFactor,
	farRunPart,
	farUnits,
	moonMarsView,
	netIncome,
	newGame,
	quoteHardware,
	rates,
	step,
	siteGains,
	siteQuotes,
	unitsBySite,
	type GameState
} from '../../../src/lib/engine';
import { fixtureState, stateDiff } from './helpers';

const c = eraContent('moon-mars');
const far = FAR_SITES['moon-mars'];
const tier = 'mars-farm';

function rich(seed = 3): GameState {
	const s = newGame(seed, 'moon-mars');
	s.cash = s.cash.mul(1e6);
	return s;
}

describe('Moon and Mars', () => {
	it('counts a tier on both worlds, whichever the next purchase goes to', () => {
		const s = rich();
		const before = unitsBySite(s, c, 'lunar-fab')!;
		expect(apply(s, c, { type: 'buy', hardware: 'lunar-fab', count: 1 }).ok).toBe(true);
		apply(s, c, { type: 'build-far', on: true });
		// Switched to Mars: the Moon's unit is still counted (the playtest read "× 0").
		expect(unitsBySite(s, c, 'lunar-fab')).toEqual({ near: before.near + 1, far: 0 });
		expect(apply(s, c, { type: 'buy', hardware: 'lunar-fab', count: 1 }).ok).toBe(true);
		expect(unitsBySite(s, c, 'lunar-fab')).toEqual({ near: before.near + 1, far: 1 });
		expect(unitsBySite(newGame(1), eraContent('garage'), 'gaming-gpu')).toBeNull();
	});

	it("quotes a card's next unit on both worlds, as each world's buy charges it (playtest 5)", () => {
		const s = rich();
		apply(s, c, { type: 'build-far', on: true });
		expect(apply(s, c, { type: 'buy', hardware: tier, count: 13 }).ok).toBe(true);
		const both = siteQuotes(s, c, tier)!;
		// Whichever world the switch points at, both prices are each world's own.
		expect(both.mars.eq(quoteHardware(s, c, tier, 1)!.cost)).toBe(true);
		apply(s, c, { type: 'build-far', on: false });
		expect(siteQuotes(s, c, tier)!.mars.eq(both.mars)).toBe(true);
		expect(both.moon.eq(quoteHardware(s, c, tier, 1)!.cost)).toBe(true);
		// 14th on Mars, first on the Moon: Mars is the dearer here, as the card now says it can be.
		expect(both.mars.gt(both.moon)).toBe(true);
		expect(siteQuotes(newGame(1), eraContent('garage'), 'gaming-gpu')).toBeNull();
	});

	it("the card's figure for how Mars's price climbs is the rule's (the 10th against the 1st)", () => {
		const s = rich();
		apply(s, c, { type: 'build-far', on: true });
		const first = farQuote(s, c, tier, 1)!.cost;
		expect(apply(s, c, { type: 'buy', hardware: tier, count: 9 }).ok).toBe(true);
		const tenth = farQuote(s, c, tier, 1)!.cost;
		expect(tenth.div(first).toNumber()).toBeCloseTo(farStepFactor(c, 10), 6);
		expect(farStepFactor(c, 10)).toBe(271);
	});

	it("the card's figure for what a card's first 10 on Mars cost together is the rule's (playtest 17)", () => {
		// Playtest 17 read "with the cube of its count" beside "the 10th costs 271×": the cube is
		// of what the first n cost together.
		const s = rich();
		apply(s, c, { type: 'build-far', on: true });
		const first = farQuote(s, c, tier, 1)!.cost;
		expect(farQuote(s, c, tier, 10)!.cost.div(first).toNumber()).toBeCloseTo(
			farTotalFactor(c, 10),
			6
		);
		expect(farTotalFactor(c, 10)).toBe(1000);
		expect(farTotalFactor(eraContent('garage'), 10)).toBe(1);
	});

	it('a unit built on Mars is there at once: no order, no arrival time (playtest 17)', () => {
		// Playtest 17 read "arrives in 6m 00s" of a Mars foundry already built.
		const s = rich();
		const foundry = c.era.hardware.find((h) => h.leadTime > 0)!;
		expect(arrivalIn(s, c, foundry.leadTime, 1).last).toBe(foundry.leadTime);
		apply(s, c, { type: 'build-far', on: true });
		expect(arrivalIn(s, c, foundry.leadTime, 1)).toEqual({ first: 0, last: 0 });
		expect(apply(s, c, { type: 'buy', hardware: foundry.id, count: 1 }).ok).toBe(true);
		expect(s.orders).toEqual([]);
		expect(farUnits(s, foundry.id)).toBe(1);
	});

	it("Moon chips pay their launch and Mars chips none, as the Era screen's idea says (playtest 17)", () => {
		// A card none of the lab holds on either world: each world's first unit.
		const s = rich();
		const id = c.era.hardware.find((h) => !s.hardware[h.id])!.id;
		const near = quoteHardware(s, c, id, 1)!.cost;
		apply(s, c, { type: 'build-far', on: true });
		const mars = quoteHardware(s, c, id, 1)!.cost;
		expect(c.era.launchCost).toBeGreaterThan(0);
		expect(near.div(mars).toNumber()).toBeCloseTo((1 + c.era.launchCost) / far.price, 9);
		// Playtest 17 read "chips still pay their launch" there beside the Fleet's "need no launch".
		expect(c.era.idea).toMatch(/Moon pay their launch/);
		expect(c.era.idea).toMatch(/Mars need no launch/);
	});

	it('no hardware is named for one world while it can be built on either', () => {
		for (const hw of c.era.hardware) expect(hw.name).not.toMatch(/Martian|Lunar fab/);
	});

	it('builds near by default; far only where the era has far sites', () => {
		const s = rich();
		expect(s.moonMars.far).toBe(false);
		expect(apply(s, c, { type: 'build-far', on: true }).ok).toBe(true);
		expect(s.moonMars.far).toBe(true);
		const g = newGame(1);
		expect(apply(g, eraContent('garage'), { type: 'build-far', on: true }).ok).toBe(false);
		expect(g.moonMars.far).toBe(false);
	});

	it('a far unit trains the run but adds nothing to serving or memory, and draws no power', () => {
		const s = rich();
		apply(s, c, { type: 'start-run', size: c.era.runSizes[14].id });
		const before = rates(s, c);
		apply(s, c, { type: 'build-far', on: true });
		expect(apply(s, c, { type: 'buy', hardware: tier, count: 10 }).ok).toBe(true);
		expect(s.moonMars.units[tier]).toBe(10);
		expect(s.hardware[tier] ?? 0).toBe(0);
		const after = rates(s, c);
		expect(after.fullCapacity.eq(before.fullCapacity)).toBe(true);
		expect(after.memory.eq(before.memory)).toBe(true);
		expect(after.powerDraw.eq(before.powerDraw)).toBe(true);
		const hw = c.hardware.get(tier)!;
		const added = hw.flops * 10 * after.mult.compute * c.era.reliability;
		expect(after.far.toNumber() / added).toBeCloseTo(1, 9);
		expect(
			after.trainRate.sub(before.trainRate).toNumber() / (added * after.mult.trainThroughput)
		).toBeCloseTo(1, 9);
	});

	it('a run takes Mars at most its target over the light delay: it never ends sooner on its account', () => {
		const s = rich();
		apply(s, c, { type: 'build-far', on: true });
		apply(s, c, { type: 'buy', hardware: tier, count: 10 });
		apply(s, c, { type: 'start-run', size: c.era.runSizes[0].id });
		const r = rates(s, c);
		expect(r.far.mul(far.sync).gt(s.run!.target)).toBe(true);
		const near = r.compute.mul(s.trainShare * r.mult.trainThroughput);
		const fromMars = s.run!.target.div(far.sync).mul(r.mult.trainThroughput);
		expect(r.trainRate.div(near.add(fromMars)).toNumber()).toBeCloseTo(1, 9);
	});

	it('far prices climb as a power of the far count, and far is cheaper than near', () => {
		const s = rich();
		const near = quoteHardware(s, c, tier, 1)!.cost;
		apply(s, c, { type: 'build-far', on: true });
		const first = farQuote(s, c, tier, 1)!.cost;
		expect(first.lt(near)).toBe(true);
		// The first N units cost base × price × N^climb.
		const ten = farQuote(s, c, tier, 10)!.cost;
		expect(ten.div(first).toNumber()).toBeCloseTo(Math.pow(10, far.climb), 6);
		apply(s, c, { type: 'buy', hardware: tier, count: 10 });
		const next = farQuote(s, c, tier, 1)!.cost;
		expect(next.div(first).toNumber()).toBeCloseTo(Math.pow(11, far.climb) - 1000, 6);
	});

	it("buys the most far units the cash pays for with 'max', and refuses what it cannot pay", () => {
		const s = rich();
		apply(s, c, { type: 'build-far', on: true });
		const q = farQuote(s, c, tier, 'max')!;
		expect(q.count).toBeGreaterThan(0);
		expect(q.cost.lte(s.cash)).toBe(true);
		expect(farQuote(s, c, tier, q.count + 1)!.cost.gt(s.cash)).toBe(true);
		expect(apply(s, c, { type: 'buy', hardware: tier, count: 'max' }).ok).toBe(true);
		expect(s.moonMars.units[tier]).toBe(q.count);
		expect(apply(s, c, { type: 'buy', hardware: tier, count: 1e6 })).toEqual({
			ok: false,
			reason: 'not-enough-cash'
		});
	});

	it('between runs far sites earn batch jobs at a share of the token price, up to what batch buyers want', () => {
		const s = rich();
		apply(s, c, { type: 'build-far', on: true });
		// Under the batch market, every batch token sells (the rule's own function; one Mars farm
		// already runs twice the market of the era's first model).
		const small = batchTokens(c, new Decimal(1e20), new Decimal(10), new Decimal(1e20));
		expect(small.taken.eq(1e19)).toBe(true);
		expect(small.market.eq(1e20 * far.batchMarket)).toBe(true);
		expect(apply(s, c, { type: 'buy', hardware: tier, count: 1 }).ok).toBe(true);
		const r = rates(s, c);
		expect(s.run).toBeNull();
		const market = r.baseDemand.mul(far.batchMarket);
		expect(moonMarsView(s, c, r)!.batching).toBe(true);
		// Enough on Mars to soak the batch market: the batch income is the market's, no more.
		expect(r.far.div(r.flopPerToken).gt(market)).toBe(true);
		expect(r.batch.lt(r.far.div(r.flopPerToken).mul(r.price).mul(far.batch))).toBe(true);
		const soaked = market.mul(r.price).mul(far.batch);
		expect(r.batch.div(soaked).toNumber()).toBeCloseTo(1, 9);
		expect(moonMarsView(s, c, r)!.batchSoaked).toBe(true);
		// A run takes what the light delay lets it; the rest still runs batch jobs (soaked here).
		apply(s, c, { type: 'start-run', size: c.era.runSizes[2].id });
		const running = rates(s, c);
		expect(running.batch.div(soaked).toNumber()).toBeCloseTo(1, 9);
		expect(moonMarsView(s, c, running)!.batching).toBe(true);
		expect(moonMarsView(s, c, running)!.farShareOfRun).toBeGreaterThan(0);
	});

	it('says before the tap what one more unit adds on each world: the Moon serves, Mars trains', () => {
		const s = rich();
		apply(s, c, { type: 'buy', hardware: 'lunar-fab', count: 5 });
		apply(s, c, { type: 'build-far', on: true });
		apply(s, c, { type: 'buy', hardware: tier, count: 1 });
		apply(s, c, { type: 'start-run', size: c.era.runSizes[c.era.runSizes.length - 1].id });
		const r = rates(s, c);
		const g = siteGains(s, c, r, tier)!;
		// Mars's batch market is soaked and its chips never serve: no income; the run is sooner.
		expect(g.mars.income.abs().lte(r.batch.mul(1e-9))).toBe(true);
		expect(g.mars.runFaster).toBeGreaterThan(0);
		// The Moon's serves its customers (demand outruns five fabs) and trains at the share.
		expect(g.moon.income.gt(0)).toBe(true);
		expect(g.moon.runFaster).toBeGreaterThan(0);
		// The figures are the rule's: the Moon's income is what the lab earns with it bought.
		const t = cloneState(s);
		t.hardware[tier] = (t.hardware[tier] ?? 0) + 1;
		const more = netIncome(t, c, rates(t, c)).sub(netIncome(s, c, r));
		expect(g.moon.income.div(more).toNumber()).toBeCloseTo(1, 9);
		expect(siteGains(s, c, r, 'no-such-card')).toBeNull();
		expect(
			siteGains(newGame(1), eraContent('garage'), rates(newGame(1), eraContent('garage')), tier)
		).toBeNull();
	});

	// Playtest 7: the card read "+$x/s" for one more unit beside a ×10 buy that throttled the
	// fleet (its warning said so): the figure is the buy's, with the throttle it brings.
	it("says what the card's whole buy adds, the throttle it brings counted", () => {
		const s = fixtureState('moon');
		const r = rates(s, c);
		expect(r.throttle).toBe(1);
		const one = siteGains(s, c, r, 'lunar-fab')!;
		const ten = siteGains(s, c, r, 'lunar-fab', 10)!;
		expect(one.moon.throttle).toBe(1);
		const t = cloneState(s);
		t.hardware['lunar-fab'] = (t.hardware['lunar-fab'] ?? 0) + 10;
		const after = rates(t, c);
		expect(after.throttle).toBeLessThan(1);
		expect(ten.moon.throttle).toBe(after.throttle);
		const more = netIncome(t, c, after).sub(netIncome(s, c, r));
		expect(ten.moon.income.div(more).toNumber()).toBeCloseTo(1, 9);
		// Ten times one unit's figure would promise what the throttle does not pay.
		expect(ten.moon.income.lt(one.moon.income.mul(10).mul(0.9))).toBe(true);
		// Mars brings its own power: no throttle there.
		expect(ten.mars.throttle).toBe(1);
	});

	it('a run that takes all of Mars leaves no batch jobs', () => {
		const s = rich();
		apply(s, c, { type: 'build-far', on: true });
		apply(s, c, { type: 'buy', hardware: tier, count: 1 });
		apply(s, c, { type: 'start-run', size: c.era.runSizes[c.era.runSizes.length - 1].id });
		const r = rates(s, c);
		expect(r.far.mul(far.sync).lt(s.run!.target)).toBe(true);
		expect(r.batch.eq(0)).toBe(true);
		expect(moonMarsView(s, c, r)!.batching).toBe(false);
	});

	it("says Mars's share of the run as what the light delay lets through: never over the whole run", () => {
		const s = rich();
		apply(s, c, { type: 'build-far', on: true });
		apply(s, c, { type: 'start-run', size: c.era.runSizes[0].id });
		// Far more on Mars than the smallest run can take over the light delay.
		for (let i = 0; i < 40 && !rates(s, c).far.gt(s.run!.target.div(far.sync)); i++)
			apply(s, c, { type: 'buy', hardware: tier, count: 'max' });
		const r = rates(s, c);
		expect(r.far.gt(s.run!.target.div(far.sync))).toBe(true);
		const view = moonMarsView(s, c, r)!;
		expect(view.farCapped).toBe(true);
		expect(view.farShareOfRun).toBeGreaterThan(0);
		expect(view.farShareOfRun).toBeLessThanOrEqual(1);
		// The share is the far part of the run's pace.
		const farPace = s.run!.target.div(far.sync).mul(r.mult.trainThroughput);
		expect(view.farShareOfRun).toBeCloseTo(farPace.div(r.trainRate).toNumber(), 9);
		// The cap is the run's FLOP over the light delay, said with what Mars gives the run (in
		// the run's FLOP/s: playtest 6 read 3.06e29 to the run beside 1.01e30 on Mars).
		expect(view.runCap!.eq(s.run!.target.div(far.sync))).toBe(true);
		const part = farRunPart(s, c, r);
		expect(part.capped).toBe(true);
		expect(part.flops.div(farPace).toNumber()).toBeCloseTo(1, 9);
	});

	it('says the light-delay cap before it is reached, and that nothing far gives a run with none', () => {
		const s = rich();
		apply(s, c, { type: 'build-far', on: true });
		expect(apply(s, c, { type: 'buy', hardware: tier, count: 1 }).ok).toBe(true);
		expect(moonMarsView(s, c, rates(s, c))!.runCap).toBeNull();
		apply(s, c, { type: 'start-run', size: c.era.runSizes[c.era.runSizes.length - 1].id });
		const r = rates(s, c);
		const view = moonMarsView(s, c, r)!;
		expect(view.farCapped).toBe(false);
		expect(view.runCap!.gt(r.far)).toBe(true);
		expect(farRunPart(s, c, r).capped).toBe(false);
		expect(farRunPart(s, c, r).flops.eq(r.far.mul(r.mult.trainThroughput))).toBe(true);
	});

	it('advance with far sites (training and between runs) equals the single steps', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 2 ** 31 }),
				fc.integer({ min: 1, max: 3000 }),
				fc.integer({ min: 0, max: 6 }),
				fc.integer({ min: 1, max: 8000 }),
				(seed, units, size, n) => {
					const s = rich(seed);
					apply(s, c, { type: 'buy', hardware: 'lunar-fab', count: 20 });
					apply(s, c, { type: 'build-far', on: true });
					apply(s, c, { type: 'buy', hardware: tier, count: units });
					apply(s, c, { type: 'start-run', size: c.era.runSizes[size].id });
					const fast = advance(cloneState(s), c, n);
					const slow = cloneState(s);
					for (let i = 0; i < n; i++) step(slow, c);
					expect(stateDiff(fast, slow, 1e-9, { cash: Math.abs(s.cash.toNumber()) })).toEqual([]);
				}
			),
			{ numRuns: 25 }
		);
	});
});
