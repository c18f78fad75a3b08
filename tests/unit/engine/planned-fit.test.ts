// Playtest 20: a brand-new game's first run card said in orange "Needs 69.3 GB … 52% speed unless
// you add memory first", the first thing a newcomer read, with $25 that bought none of it. The
// run card says a short fit calmly, with what makes it fit, until the cash pays for that.
import { describe, expect, it } from 'vitest';
import { eraContent, type RunSizeDef } from '../../../src/lib/content';
import {
	apply,
	cloneState,
	Decimal,
	FAR_OUT,
	memoryWith,
	MIN_RELEASE_FIT,
	modelFootprint,
	newGame,
	plannedFit,
	plannedMemory,
	rates,
	suggestedRunSize,
	type GameState
} from '../../../src/lib/engine';
import { edgeLab } from './edge-labs';
import { fixtureState } from './helpers';
import { allPowerOn } from './lab-setups';

const garage = eraContent('garage');

/** What the run card plans for `s`: the memory of the suggested run's model (or `size`'s), and
 * its fit line. */
function card(s: GameState, c = garage, size?: RunSizeDef) {
	const r = rates(s, c);
	const planned = plannedMemory(s, c, r, size ?? suggestedRunSize(s, c, r));
	return { planned, fit: plannedFit(s, c, r, planned) };
}

describe("the run card's memory line", () => {
	it("is a note, not a warning, on a new game's first card: the cash buys none of the fix", () => {
		for (const seed of [1, 2, 3]) {
			const s = newGame(seed);
			const { planned, fit } = card(s);
			// The model the first run makes does not fit the two GPUs: still said.
			expect(planned.speed).toBeLessThan(1);
			expect(fit).not.toBeNull();
			expect(fit!.warn).toBe(false);
			expect(fit!.unservable).toBe(false);
			// What makes it fit, and that it does.
			const fix = fit!.fix!;
			expect(fix.closes).toBe(true);
			expect(fix.cost.gt(s.cash)).toBe(true);
			s.cash = fix.cost;
			expect(apply(s, garage, { type: 'buy', hardware: fix.hardwareId, count: fix.count }).ok).toBe(
				true
			);
			expect(card(s).planned.fit).toBe(1);
			expect(card(s).fit).toBeNull();
		}
	});

	it('warns once the cash pays for the memory: adding it first is then a step to take', () => {
		const s = newGame(1);
		const { fit } = card(s);
		s.cash = fit!.fix!.cost;
		expect(card(s).fit!.warn).toBe(true);
		s.cash = fit!.fix!.cost.mul(0.99);
		expect(card(s).fit!.warn).toBe(false);
	});

	it("in the Edge, the swarm's blocks short of the model warn as they did", () => {
		const s = fixtureState('edge');
		s.edge.blocks = 1;
		const edge = eraContent(s.eraId);
		const { planned, fit } = card(s, edge);
		expect(planned.swarm).not.toBeNull();
		expect(planned.speed).toBeLessThan(1);
		expect(fit!.warn).toBe(true);
	});

	it("in the Edge, Start does not ask of a run distilled to the served model's size (playtest 34)", () => {
		// The playtest was asked "Start Big? Its model would serve at 28% speed, and nothing you can
		// buy on today's power fits it: it may wait at the launch gate, unserved." Distilled, the
		// model was the size of the one the swarm served at that speed.
		const s = edgeLab(51, true);
		const c = eraContent(s.eraId);
		const big = c.era.runSizes.find((z) => z.id === 'big')!;
		const { planned, fit } = card(s, c, big);
		expect(planned.distilled).toBe(true);
		expect(planned.footprint.eq(modelFootprint(c, rates(s, c), s.model))).toBe(true);
		expect(planned.speed).toBeLessThan(MIN_RELEASE_FIT);
		expect(fit!.warn).toBe(true);
		expect(fit!.unservable).toBe(false);
		// Released, its model serves as the one served now does.
		const served = (x: GameState) => rates(x, c).fullCapacity.mul(rates(x, c).flopPerToken);
		const before = served(s);
		s.gate = { ...s.model, name: 'Swarm-2 Mini', capability: s.model.capability + 5 };
		expect(apply(s, c, { type: 'release' }).ok).toBe(true);
		expect(served(s).div(before).toNumber()).toBeCloseTo(1, 9);
	});

	it("in the Edge, the swarm's blocks are a fix: Start asks only when they are far beyond the cash (playtest 34)", () => {
		// Serving the small full-size model, the distilled one a run makes is bigger than the
		// swarm's 51 blocks hold; the blocks that hold it draw none of the lab's power.
		const s = edgeLab(51, false);
		const c = eraContent(s.eraId);
		const big = c.era.runSizes.find((z) => z.id === 'big')!;
		const { planned, fit } = card(s, c, big);
		expect(planned.footprint.gt(modelFootprint(c, rates(s, c), s.model))).toBe(true);
		expect(planned.speed).toBeLessThan(MIN_RELEASE_FIT);
		const blocks = fit!.blocks!;
		expect(blocks.count).toBe(planned.swarm!.hold.blocks! - s.edge.blocks);
		// Their price within reach: a plan, not a question; and bought, they serve it.
		s.cash = blocks.cost;
		expect(card(s, c, big).fit!.unservable).toBe(false);
		const t = cloneState(s);
		expect(apply(t, c, { type: 'recruit', count: blocks.count }).ok).toBe(true);
		const after = card(t, c, big).planned;
		expect(after.speed).toBeGreaterThanOrEqual(MIN_RELEASE_FIT);
		expect(after.speed).toBeCloseTo(planned.swarm!.heldSpeed!, 9);
		// Far beyond it, Start asks.
		s.cash = blocks.cost.div(FAR_OUT * 10);
		expect(card(s, c, big).fit!.unservable).toBe(true);
	});

	it('warns when the model would serve at under half speed, the fix out of reach or not (playtest 32)', () => {
		// Playtest 32 started Titan runs whose models no fleet it could buy would serve: the line sat
		// folded behind "More" because the fix cost more than the cash.
		const c = eraContent('hyperscale');
		const s = fixtureState('hyperscale');
		const r = rates(s, c);
		const titan = c.era.runSizes[c.era.runSizes.length - 1];
		const planned = plannedMemory(s, c, r, titan);
		expect(planned.speed).toBeLessThan(MIN_RELEASE_FIT);
		const fit = plannedFit(s, c, r, planned)!;
		expect(fit.fix === null || fit.fix.cost.gt(s.cash)).toBe(true);
		expect(fit.warn).toBe(true);
		// Start asks first (playtest 33): nothing the cash buys makes it fit.
		expect(fit.unservable).toBe(true);
	});
	it('counts the cards on order: a model they hold once they land is not asked about (playtest 37)', () => {
		// Playtest 37 was asked "nothing you can buy on today's power fits it" with a GPU pod that
		// fits a minute from delivery.
		// The Cloud at its start with every power contract running (the fleet's memory counts as
		// far as the power runs it), the first size Start asks about, and the GPU pod (2½ minutes'
		// lead time) that holds the most memory.
		const c = eraContent('cloud');
		// Broke: what would fit is far beyond the cash.
		const s = allPowerOn(fixtureState('cloud'), c);
		s.cash = new Decimal(1);
		const size = c.era.runSizes.find((z) => card(s, c, z).fit?.unservable)!;
		const before = card(s, c, size);
		expect(before.fit!.unservable).toBe(true);
		expect(before.fit!.landing).toBe(false);
		// The card with the most memory, ordered until the lot on the way holds the model.
		const hw = [...c.era.hardware].sort((a, b) => b.memory - a.memory)[0];
		s.cash = new Decimal('1e300');
		let n = 0;
		for (let lot = 1; memoryWith(s, c, hw.id, 0).lt(before.planned.footprint); lot *= 2) {
			expect(apply(s, c, { type: 'buy', hardware: hw.id, count: lot }).ok).toBe(true);
			n += lot;
			expect(n).toBeLessThan(1e6);
		}
		expect(s.orders.length).toBeGreaterThan(0);
		s.cash = new Decimal(1);
		const after = card(s, c, size);
		// Not landed yet: the fleet still does not hold it, but nothing is to be bought or asked.
		expect(after.planned.fit).toBeLessThan(1);
		expect(after.fit!.landing).toBe(true);
		expect(after.fit!.unservable).toBe(false);
		expect(after.fit!.warn).toBe(false);
		expect(after.fit!.fix).toBeNull();
		// One pod on order: a size bigger than what it holds is still asked about.
		const one = allPowerOn(fixtureState('cloud'), c);
		one.cash = new Decimal('1e300');
		expect(apply(one, c, { type: 'buy', hardware: hw.id, count: 1 }).ok).toBe(true);
		one.cash = new Decimal(1);
		expect(one.orders.length).toBe(1);
		const bigger = c.era.runSizes.find((z) => card(one, c, z).fit?.unservable)!;
		expect(card(one, c, bigger).planned.footprint.gt(memoryWith(one, c, hw.id, 0))).toBe(true);
		expect(card(one, c, bigger).fit!.landing).toBe(false);
	});
});
