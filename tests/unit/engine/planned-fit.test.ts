// Playtest 20: a brand-new game's first run card said in orange "Needs 69.3 GB … 52% speed unless
// you add memory first", the first thing a newcomer read, with $25 that bought none of it. The
// run card says a short fit calmly, with what makes it fit, until the cash pays for that.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	apply,
	MIN_RELEASE_FIT,
	newGame,
	plannedFit,
	plannedMemory,
	rates,
	suggestedRunSize,
	type GameState
} from '../../../src/lib/engine';
import { fixtureState } from './helpers';

const garage = eraContent('garage');

/** What the run card plans for `s`: the memory of the suggested run's model, and its fit line. */
function card(s: GameState, c = garage) {
	const r = rates(s, c);
	const planned = plannedMemory(s, c, r, suggestedRunSize(s, c, r));
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
});
