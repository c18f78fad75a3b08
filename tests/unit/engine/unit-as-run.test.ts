// The Fleet's cards show each unit as the lab runs it (engine unitAsRun): their figures times
// the counts held add up to the lab's draw and memory. The playtest read "623 × 420 GW" on the
// Moon's fabs under a draw of 3.55 GW: the cards showed list figures, the Power card research's.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import { Decimal, rates, unitAsRun } from '../../../src/lib/engine';
import { fixtureState } from './helpers';

describe('a unit as the lab runs it', () => {
	it.each(['late-era', 'mid-game', 'garage', 'cloud', 'dyson', 'edge'])(
		'%s: the cards times their counts make the lab’s draw, and its memory before the power',
		(name) => {
			const s = fixtureState(name);
			const c = eraContent(s.eraId);
			const r = rates(s, c);
			let watts = new Decimal(0);
			let memory = new Decimal(0);
			for (const id in s.hardware) {
				const unit = unitAsRun(c, r.mult, id);
				watts = watts.add(unit.watts.mul(s.hardware[id]));
				memory = memory.add(unit.memory.mul(s.hardware[id]));
			}
			expect(watts.div(r.powerDraw).toNumber()).toBeCloseTo(1, 9);
			// Rented racks, campuses and the swarm add memory of their own; the units never exceed it.
			expect(memory.mul(r.throttle).div(r.memory).toNumber()).toBeLessThanOrEqual(1 + 1e-9);
			expect(memory.mul(r.throttle).div(r.memory).toNumber()).toBeGreaterThan(0);
		}
	);

	it('research that cuts watts shows on the card: the late era’s units draw far less than listed', () => {
		const s = fixtureState('late-era');
		const c = eraContent(s.eraId);
		const r = rates(s, c);
		const id = Object.keys(s.hardware).find((h) => s.hardware[h] > 0)!;
		const listed = c.hardware.get(id)!.watts;
		expect(unitAsRun(c, r.mult, id).watts.toNumber()).toBeLessThan(listed / 10);
	});
});
