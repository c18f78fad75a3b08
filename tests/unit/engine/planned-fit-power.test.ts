// Playtest 44: Orbit's Start asked "nothing you can buy on today's power fits it" of a model the
// chips would hold once the contract being built came online, and the Lab's Memory card said
// "sign power" beside it. The run card says when the power being built brings the model in,
// Start does not ask, and the Memory card names the power on its way.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	apply,
	cloneState,
	newGame,
	plannedFit,
	plannedMemory,
	powerCoversIn,
	rates,
	type GameState
} from '../../../src/lib/engine';

const c = eraContent('orbit');
const sprint = c.era.runSizes[0];

/** The seed-9 start with `times` its satellites: its power runs under half of them. */
function throttled(times = 4): GameState {
	const s = newGame(9, 'orbit');
	s.cash = s.cash.mul(1e9);
	for (const id of Object.keys(s.hardware)) s.hardware[id] *= times;
	expect(rates(s, c).throttle).toBeLessThan(0.5);
	return s;
}

function card(s: GameState) {
	const r = rates(s, c);
	const planned = plannedMemory(s, c, r, sprint);
	return { planned, fit: plannedFit(s, c, r, planned)! };
}

describe('power being built, on the run card and the Memory card', () => {
	it('Start does not ask of a model the chips hold once the contract being built is on; the card says when', () => {
		// Eight times the start's satellites: on the Orbital array their memory holds the Sprint's model.
		const s = throttled(8);
		const array = c.power.get('orbital-array')!;
		const before = card(s).fit;
		expect(before.powerLands).toBeNull();
		expect(apply(s, c, { type: 'sign', contract: array.id }).ok).toBe(true);
		const { planned, fit } = card(s);
		expect(planned.fit).toBeLessThan(0.5);
		expect(fit.powerLands).toBe(array.buildTime);
		// Nothing to buy: the power is the whole fix, and nothing is asked.
		expect(fit.fix!.count).toBe(0);
		expect(fit.fix!.power!.building).toBe(true);
		expect(fit.unservable).toBe(false);
		// Under half speed until then: still a warning near Start, saying so.
		expect(fit.warn).toBe(true);
		// Once on, the chips the lab has hold the model.
		const on = cloneState(s);
		on.power[array.id] = on.tick;
		expect(card(on).planned.fit).toBe(1);
		// Half the wait later, the card counts it down.
		s.tick += array.buildTime / 2;
		expect(card(s).fit.powerLands).toBe(array.buildTime / 2);
	});

	it('names the lot that fits once the power being built is on, and does not ask (it asked "nothing you can buy")', () => {
		// Four times the start's satellites: once the array is on, a few more satellites fit the
		// model, cheaper than the memory banks that fit it on today's power.
		const s = throttled(4);
		expect(card(s).fit.fix!.power).toBeNull();
		const array = c.power.get('orbital-array')!;
		expect(apply(s, c, { type: 'sign', contract: array.id }).ok).toBe(true);
		const { fit } = card(s);
		expect(fit.fix!.count).toBeGreaterThan(0);
		expect(fit.fix!.power!.building).toBe(true);
		expect(fit.powerLands).toBe(array.buildTime);
		expect(fit.unservable).toBe(false);
		// The lot, bought and landed with the array on: the model fits.
		const t = cloneState(s);
		t.power[array.id] = t.tick;
		t.hardware[fit.fix!.hardwareId] += fit.fix!.count;
		expect(card(t).planned.fit).toBe(1);
	});

	it('the Memory card: the power being built runs every chip, and when (null while it falls short)', () => {
		const s = throttled();
		expect(powerCoversIn(s, c)).toBeNull();
		const short = cloneState(s);
		for (const id of Object.keys(short.hardware)) short.hardware[id] *= 100;
		expect(apply(short, c, { type: 'sign', contract: 'sun-sync-orbit' }).ok).toBe(true);
		expect(powerCoversIn(short, c)).toBeNull();
		expect(apply(s, c, { type: 'sign', contract: 'sun-sync-orbit' }).ok).toBe(true);
		expect(powerCoversIn(s, c)).toBe(c.power.get('sun-sync-orbit')!.buildTime);
	});
});
