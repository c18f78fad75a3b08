// The scripted player short of memory: cards past the power hold no model (rates.ts), so it
// buys memory the power can run, or saves for power and signs it; never cards it cannot run.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import { Decimal, apply, newGame, rates, type Action } from '../../../src/lib/engine';
import { buyHardware, keepPowered } from '../../../src/lib/sim/purchase-strategy';

const c = eraContent('garage');

/** A Garage lab at its power (4 Gaming GPUs, 1.8 of 2 kW) serving a model twice its memory. */
function shortLab() {
	const s = newGame(1);
	s.hardware['gaming-gpu'] = 4;
	s.cash = new Decimal(1e6);
	const r = rates(s, c);
	s.model = { ...s.model, params: r.memory.mul(2).div(c.era.servingBytesPerParam) };
	const acts: Action[] = [];
	const act = (a: Action) => {
		acts.push(a);
		return apply(s, c, a);
	};
	return { s, acts, act };
}

describe('the scripted player short of memory', () => {
	it('with no memory card within the power, signs power and buys no card', () => {
		const { s, acts, act } = shortLab();
		const r = rates(s, c);
		expect(r.memoryFit).toBeCloseTo(0.5, 9);
		// Every memory card draws more than the 200 W left.
		const free = r.powerCapacity.sub(r.powerDraw).toNumber();
		expect(c.era.hardware.every((hw) => hw.watts > free)).toBe(true);
		const fleet = { ...s.hardware };
		buyHardware(s, c, act, {});
		expect(acts).toEqual([]);
		expect(s.hardware).toEqual(fleet);
		keepPowered(s, c, act);
		expect(acts.map((a) => a.type)).toEqual(['sign']);
		expect(Object.keys(s.power).length).toBe(2); // the home circuit and the new contract
	});

	it('once the power is built, buys memory it runs, and the model fits', () => {
		const { s, act } = shortLab();
		s.power['garage-subpanel'] = s.tick; // built
		buyHardware(s, c, act, {});
		const r = rates(s, c);
		expect(r.throttle).toBe(1);
		expect(r.memoryFit).toBe(1);
	});
});
