// When the power runs no more chips, the memory hint names the whole path: the contract to sign
// first, then the chips (playtest 24 held a model for half an hour reading "Add power first",
// when the $600 subpanel and 18 Gaming GPUs made it fit).
import { describe, expect, it } from 'vitest';
import { eraContent, PERKS } from '../../../src/lib/content';
import {
	advance,
	apply,
	contractCost,
	memoryBuy,
	farOutOfReach,
	autoBuyNext,
	memoryFix,
	memoryShort,
	newGame,
	quoteHardware,
	rates,
	type GameState,
	type MemoryFix
} from '../../../src/lib/engine';
import { fixtureState } from './helpers';

const garage = eraContent('garage');

/** A better model waiting at the gate `times` the fleet's memory (with the orders landed). */
function waiting(s: GameState, times: number): GameState {
	const r = rates(s, garage);
	s.gate = {
		...s.model,
		name: 'Ember-9',
		capability: s.model.capability + 10,
		params: s.model.params.mul(r.memory.div(r.footprint).mul(times))
	};
	return s;
}

/** Playtest 24's third run: four Gaming GPUs fill the home circuit, Ember-4 waits 5× too big. */
function playtestLab(): GameState {
	const s = newGame(1);
	s.hardware['gaming-gpu'] = 4;
	return waiting(s, 5.4);
}

/** Signs and buys what the fix names, waits for the power, releases: the served model's fit. */
function followed(s: GameState, fix: MemoryFix): number {
	s.cash = fix.cost.mul(1 + 1e-9);
	expect(apply(s, garage, { type: 'sign', contract: fix.power!.contract }).ok).toBe(true);
	if (fix.count > 0)
		expect(apply(s, garage, { type: 'buy', hardware: fix.hardwareId, count: fix.count }).ok).toBe(
			true
		);
	advance(s, garage, Math.max(0, s.power[fix.power!.contract] - s.tick) + 1);
	expect(apply(s, garage, { type: 'release' }).ok).toBe(true);
	return rates(s, garage).memoryFit;
}

describe('memory fix past the power', () => {
	it("names the contract to sign, then the chips, and following it fits the model (playtest 24's Garage)", () => {
		const s = playtestLab();
		const r = rates(s, garage);
		// No number of any card fits it on this power.
		for (const hw of garage.era.hardware)
			expect(memoryBuy(s, garage, r, hw.id, 1)?.toClose ?? null).toBeNull();
		const fix = memoryFix(s, garage, r)!;
		expect(fix.closes).toBe(true);
		expect(fix.power).toMatchObject({ building: false });
		expect(fix.power!.contract in s.power).toBe(false);
		expect(fix.count).toBeGreaterThan(0);
		// The price is the whole path's: the contract and the chips.
		const chips = quoteHardware(s, garage, fix.hardwareId, fix.count)!.cost;
		expect(fix.power!.cost.eq(contractCost(garage, fix.power!.contract))).toBe(true);
		expect(fix.power!.chips.eq(chips)).toBe(true);
		expect(fix.cost.sub(chips).sub(fix.power!.cost).abs().toNumber()).toBeLessThan(1e-6);
		// The path's cash pays for it, and it fits; one chip fewer does not.
		expect(followed(playtestLab(), fix)).toBeGreaterThanOrEqual(1);
		expect(followed(playtestLab(), { ...fix, count: fix.count - 1 })).toBeLessThan(1);
	});

	it('picks the cheapest contract and chips in all', () => {
		const s = playtestLab();
		const fix = memoryFix(s, garage, rates(s, garage))!;
		for (const p of garage.era.power) {
			if (p.id in s.power || p.id === fix.power!.contract) continue;
			const t = playtestLab();
			t.power[p.id] = t.tick;
			const other = memoryFix(t, garage, rates(t, garage));
			if (other?.closes && !other.power)
				expect(other.cost.add(contractCost(garage, p.id)).gte(fix.cost)).toBe(true);
		}
	});

	it('with the contract signed and being built, says to wait for it, then the same chips (not a dearer card landing after it)', () => {
		const s = playtestLab();
		const fix = memoryFix(s, garage, rates(s, garage))!;
		s.cash = fix.power!.cost;
		expect(apply(s, garage, { type: 'sign', contract: fix.power!.contract }).ok).toBe(true);
		expect(s.power[fix.power!.contract]).toBeGreaterThan(s.tick);
		const after = memoryFix(s, garage, rates(s, garage))!;
		expect(after.power).toMatchObject({ contract: fix.power!.contract, building: true });
		expect(after).toMatchObject({ hardwareId: fix.hardwareId, count: fix.count, closes: true });
	});

	it('the Garage save with its power full: a contract first, and following it fits the model', () => {
		const s = waiting(fixtureState('garage'), 2);
		const r = rates(s, garage);
		expect(r.powerDraw.div(r.powerCapacity).toNumber()).toBeGreaterThan(0.99);
		const fix = memoryFix(s, garage, r)!;
		expect(fix.power?.building).toBe(false);
		expect(followed(waiting(fixtureState('garage'), 2), fix)).toBeGreaterThanOrEqual(1);
	});

	it('chips alone still come first when the power runs them (no contract named)', () => {
		const s = newGame(1);
		s.gate = { ...s.model, capability: s.model.capability + 1, params: s.model.params.mul(2) };
		const fix = memoryFix(s, garage, rates(s, garage))!;
		expect(fix).toMatchObject({ closes: true, power: null });
	});

	// Playtest 41 (the played endless lab, panels ordered): the Fleet read "1,498 × Matrioshka
	// shell, far out of reach" while auto-buy bought Stellar lifts. The hint names the card with
	// the most memory per dollar for now, and it is the card auto-buy buys.
	it('far out of reach, names for now the card auto-buy buys; within reach, nothing more', () => {
		const s = fixtureState('endless-played');
		const c = eraContent(s.eraId);
		s.dyson.panels += 200;
		s.dyson.beam = 1;
		s.meta.perks[PERKS.find((p) => p.unlocks === 'buy')!.id] = 1;
		s.meta.automation.buy.on = true;
		const r = rates(s, c);
		expect(memoryShort(s, c, r)).toBe(true);
		const fix = memoryFix(s, c, r)!;
		expect(fix.closes).toBe(true);
		expect(farOutOfReach(fix.cost, s.cash)).toBe(true);
		expect(fix.meanwhile).not.toBeNull();
		expect(fix.meanwhile).not.toBe(fix.hardwareId);
		expect(autoBuyNext(s, c, r)?.lot?.id).toBe(fix.meanwhile);
		// A Moat's worth of cash: the path is within reach, and said alone.
		s.cash = fix.cost;
		expect(memoryFix(s, c, rates(s, c))!.meanwhile).toBeNull();
	});
});
