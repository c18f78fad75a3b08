// Playtest 8: rebalancing the Garage's Train ↔ Serve slider by hand after each release was a
// chore ("give me a match demand"). Match demand sets the most training whose serving still
// covers the demand now: one percent more training leaves customers waiting.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	apply,
	capacityAt,
	flow,
	matchDemandShare,
	rates,
	type GameState
} from '../../../src/lib/engine';
import { fixtureState } from './helpers';

function withRun(name: string): GameState {
	const s = fixtureState(name);
	const c = eraContent(s.eraId);
	if (!s.run) apply(s, c, { type: 'start-run', size: c.era.runSizes[0].id });
	return s;
}

describe('Match demand', () => {
	// The Garage fixture's lab sells out at any split; with less hype, its demand is part of it.
	for (const hype of [0.5, 0.2, 0.05]) {
		it(`trains the most that still serves every customer (hype ×${hype})`, () => {
			const s = withRun('garage');
			s.hype *= hype;
			const c = eraContent(s.eraId);
			const r = rates(s, c);
			const demand = flow(s, r).demand;
			const share = matchDemandShare(r, demand);
			expect(share).toBeGreaterThan(0.1);
			expect(share).toBeLessThan(0.9);
			expect(Math.round(share * 100)).toBeCloseTo(share * 100, 9);
			apply(s, c, { type: 'train-share', share });
			const after = rates(s, c);
			const f = flow(s, after);
			// Demand does not move with the split: the same customers, now all served.
			expect(f.demand.toNumber()).toBeCloseTo(
				demand.toNumber(),
				-Math.log10(demand.toNumber()) + 6
			);
			expect(f.unmet.toNumber()).toBe(0);
			expect(f.soldOut).toBe(false);
			expect(capacityAt(after, share + 0.01).lt(demand)).toBe(true);
		});
	}

	it('serves with everything when even all of it falls short', () => {
		const s = withRun('garage');
		expect(
			matchDemandShare(rates(s, eraContent(s.eraId)), flow(s, rates(s, eraContent(s.eraId))).demand)
		).toBe(0);
		const r = rates(s, eraContent(s.eraId));
		expect(matchDemandShare(r, r.fullCapacity.mul(2))).toBe(0);
		expect(matchDemandShare(r, r.fullCapacity.mul(0))).toBe(1);
	});
});
