// The probe's release question (release now or hold) starts every option from the lab that
// has bought the memory the waiting model needs: a player who releases a model that overflows
// buys memory first (and in the Cloud rents the racks, which bring their own power).
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import { Decimal, memoryView, newGame, rates, rentHourly } from '../../../src/lib/engine';
import { withGateMemory } from '../../../src/lib/sim/probe/choices';

const c = eraContent('cloud');

/** A Cloud lab whose waiting model is three times its fleet's memory. */
function lab(hours: number) {
	const s = newGame(4, 'cloud');
	s.cash = new Decimal(hours).mul(rentHourly(s, c));
	const r = rates(s, c);
	const params = s.model.params.mul(r.memory.div(r.footprint)).mul(3);
	s.gate = { ...s.model, params, capability: s.model.capability * 1.2 };
	return s;
}
const gateFit = (s: ReturnType<typeof lab>) => memoryView(s, c, rates(s, c)).gateFit;

describe('the probe weighs a release after buying the memory it needs', () => {
	it('buys (or rents) the memory that holds the waiting model, on a copy', () => {
		const s = lab(1000);
		const before = gateFit(s)!;
		expect(before).toBeLessThan(0.5);
		const ready = withGateMemory(s);
		expect(gateFit(ready)).toBe(1);
		expect(gateFit(s)).toBe(before);
	});

	it('buys nothing it cannot pay for', () => {
		const s = lab(0);
		expect(gateFit(withGateMemory(s))).toBe(gateFit(s));
	});
});
