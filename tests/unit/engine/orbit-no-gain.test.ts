// Orbit's launch card says why the cargo up there would add no income, and the engine chooses
// the reason (orbit-trade.ts noGain): what holds the lab first. Playtest 43 read "the lab already
// sells all it can" beside 3.25 Quad tok/s unmet, its fleet throttled for power; the reason was
// then chosen in the component from figures of the lab before the cargo.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	apply,
	cloneState,
	launchTrade,
	market,
	newGame,
	noGainReason,
	rates,
	runSizesOffered,
	type GameState
} from '../../../src/lib/engine';
import { allPowerOn } from './lab-setups';

const c = eraContent('orbit');

/** The seed-9 start, rich: two satellites up, the first window 18 minutes off. */
function lab(): GameState {
	const s = newGame(9, 'orbit');
	s.cash = s.cash.mul(1e9);
	return s;
}

/** `s` with `count` of `hardware` bought for the next window, and its launch card's weighing. */
function cargo(s: GameState, hardware: string, count: number) {
	expect(apply(s, c, { type: 'buy', hardware, count }).ok).toBe(true);
	return launchTrade(s, c)!;
}

/** The lab four times the start's fleet: its power runs about half of it. */
function throttled(): GameState {
	const s = lab();
	for (const id of Object.keys(s.hardware)) s.hardware[id] *= 4;
	expect(rates(s, c).throttle).toBeLessThan(1);
	return s;
}

describe("the launch card's reason the cargo adds no income", () => {
	it('has none while the cargo adds income', () => {
		const trade = cargo(lab(), 'sat-node', 1);
		expect(trade.gain.gt(0)).toBe(true);
		expect(trade.noGain).toBeNull();
	});

	it('is the run, when it takes all of the compute', () => {
		const s = lab();
		s.trainShare = 1;
		const size = runSizesOffered(s, c, rates(s, c)).at(-1)!;
		expect(apply(s, c, { type: 'start-run', size: size.id }).ok).toBe(true);
		const trade = cargo(s, 'sat-node', 80);
		expect(trade.gain.eq(0)).toBe(true);
		expect(trade.noGain).toBe('run-takes-all');
		// The same cargo at a split that serves earns: no reason.
		const serving = cloneState(s);
		serving.trainShare = 0.5;
		expect(launchTrade(serving, c)!.noGain).toBeNull();
	});

	it('is the power, when it runs no more chips and none is being built', () => {
		const trade = cargo(throttled(), 'sat-node', 10);
		expect(trade.gain.eq(0)).toBe(true);
		expect(trade.throttle).toBeLessThan(1);
		expect(trade.powerLands).toBeNull();
		expect(trade.noGain).toBe('power');
	});

	it('is the power being built, when the contracts on their way run every chip, and says when', () => {
		const s = throttled();
		expect(apply(s, c, { type: 'buy', hardware: 'sat-node', count: 100 }).ok).toBe(true);
		// A contract too small for the fleet: the power is still short once it is on.
		const small = cloneState(s);
		expect(apply(small, c, { type: 'sign', contract: 'sun-sync-orbit' }).ok).toBe(true);
		const short = launchTrade(small, c)!;
		expect(short.powerLands!.in).toBe(c.power.get('sun-sync-orbit')!.buildTime);
		expect(short.powerLands!.throttle).toBeLessThan(1);
		expect(short.noGain).toBe('power');
		// One that runs them all: the reason says the power is on its way, and in how long.
		const array = c.power.get('orbital-array')!;
		expect(apply(s, c, { type: 'sign', contract: array.id }).ok).toBe(true);
		const trade = launchTrade(s, c)!;
		expect(trade.gain.eq(0)).toBe(true);
		expect(trade.powerLands).toEqual({ in: array.buildTime, throttle: 1 });
		expect(trade.noGain).toBe('power-building');
		// Both on their way: the wait is for the last of them.
		expect(apply(small, c, { type: 'sign', contract: array.id }).ok).toBe(true);
		expect(launchTrade(small, c)!.powerLands!.in).toBe(
			Math.max(array.buildTime, c.power.get('sun-sync-orbit')!.buildTime)
		);
	});

	it('is the demand, when every customer is served already', () => {
		const s = allPowerOn(lab());
		s.hardware['sat-node'] = 63;
		const r = rates(s, c);
		expect(r.throttle).toBe(1);
		expect(market(r, s.hype).soldOut).toBe(false);
		const trade = cargo(s, 'sat-node', 1);
		expect(trade.gain.eq(0)).toBe(true);
		expect(trade.noGain).toBe('demand-met');
	});

	it('is the memory, when customers wait but the fleet holds so little of the model that a chip earns less than its power', () => {
		// A model a million times the starter's: the fleet holds a ten-millionth of it.
		const s = allPowerOn(lab());
		s.model.params = s.model.params.mul(1e6);
		const r = rates(s, c);
		expect(r.memoryFit).toBeLessThan(1e-6);
		expect(r.throttle).toBe(1);
		expect(market(r, s.hype).soldOut).toBe(true);
		for (const hardware of ['sat-node', 'orbital-memory']) {
			const trade = cargo(cloneState(s), hardware, 1);
			expect(trade.landed.lt(trade.now)).toBe(true);
			expect(trade.noGain).toBe('memory');
		}
		// The starter's size, the same cargo earns.
		const fits = allPowerOn(lab());
		expect(cargo(fits, 'sat-node', 1).noGain).toBeNull();
	});

	it('is the price, when the model fits and each token still costs more power than it sells for', () => {
		// No Orbit lab here gets there (every tier computes, and power is cheap up there): the rule.
		const up = { trainShare: 0.5, throttle: 1, memoryFit: 1 };
		expect(noGainReason(up, true, null)).toBe('costs');
		expect(noGainReason({ ...up, memoryFit: 0.5 }, true, null)).toBe('memory');
		expect(noGainReason(up, false, null)).toBe('demand-met');
		// What holds the lab first: the run, then the power, then the customers.
		expect(noGainReason({ ...up, trainShare: 1, throttle: 0.5 }, true, null)).toBe('run-takes-all');
		expect(noGainReason({ ...up, throttle: 0.5 }, false, null)).toBe('power');
		const lands = { in: 300, throttle: 1 };
		expect(noGainReason({ ...up, throttle: 0.5 }, false, lands)).toBe('power-building');
	});
});
