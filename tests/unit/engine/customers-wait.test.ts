// The Demand card's warning ("… tok/s unmet — latency burns hype, then customers") shows only
// while customers wait: playtest 23 read it in Dyson over "0 tok/s unmet", hype at the latency
// floor, where demand has fallen to what the lab serves and the market is sold out by a rounding.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	apply,
	customersWait,
	market,
	rates,
	soldOutHype,
	UNMET_SHOWN
} from '../../../src/lib/engine';
import { fixtureState } from './helpers';

/** The Dyson fixture training half its fleet on its largest run: sold out. */
function soldOutLab() {
	const s = fixtureState('dyson');
	const c = eraContent(s.eraId);
	expect(apply(s, c, { type: 'start-run', size: c.era.runSizes.at(-1)!.id }).ok).toBe(true);
	s.trainShare = 0.5;
	return { s, c };
}

describe('customers wait', () => {
	it('while sold out by more than a rounding of the demand', () => {
		const { s, c } = soldOutLab();
		const m = market(rates(s, c), s.hype);
		expect(m.soldOut).toBe(true);
		expect(m.unmet.gt(m.demand.mul(UNMET_SHOWN))).toBe(true);
		expect(customersWait(m)).toBe(true);
	});

	it('not at the latency floor, sold out by nothing (playtest 23)', () => {
		const { s, c } = soldOutLab();
		const r = rates(s, c);
		// Hype where demand is what the lab serves: the floor it relaxes to while sold out.
		expect(r.capacity.gt(0)).toBe(true);
		const m = market(r, soldOutHype(r));
		expect(m.soldOut).toBe(true);
		expect(m.unmet.abs().lte(m.demand.mul(1e-9))).toBe(true);
		expect(customersWait(m)).toBe(false);
	});

	it('not while served', () => {
		const { s, c } = soldOutLab();
		const r = rates(s, c);
		// Demand at nine tenths of what the lab serves.
		const m = market(r, (1 + soldOutHype(r)) * 0.9 - 1);
		expect(m.demand.gt(0)).toBe(true);
		expect(m.soldOut).toBe(false);
		expect(customersWait(m)).toBe(false);
	});
});
