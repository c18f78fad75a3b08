// The power on its way, for a purchase past the power (engine/throttle-after.ts whenPowerLands):
// playtest 28 read "Sign power first" on every card while its contract was being built.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	advance,
	apply,
	money,
	newGame,
	powerCoversIn,
	powerLands,
	rates,
	throttleAfter,
	whenPowerLands
} from '../../../src/lib/engine';

const c = eraContent('garage');

/** A Garage lab drawing all its power, a contract being built. */
function full(contract: string | null) {
	const s = newGame(1);
	s.cash = money(c, 1e6);
	const gpu = c.hardware.get('gaming-gpu')!;
	const r = rates(s, c);
	const spare = r.powerCapacity.sub(r.powerDraw).toNumber();
	expect(
		apply(s, c, { type: 'buy', hardware: gpu.id, count: Math.floor(spare / gpu.watts) }).ok
	).toBe(true);
	if (contract) expect(apply(s, c, { type: 'sign', contract }).ok).toBe(true);
	return s;
}

describe('when the power being built lands', () => {
	it('says nothing with none being built', () => {
		expect(whenPowerLands(full(null), c, 'gaming-gpu', 1)).toBeNull();
	});

	it('says when it lands, and the throttle the purchase then runs at, as the fleet will', () => {
		const contract = c.era.power.find((p) => p.buildTime >= 60 && p.buildTime <= 120)!;
		const s = full(contract.id);
		// Past the power now.
		expect(throttleAfter(s, c, rates(s, c), 'gaming-gpu', 3)).toBeLessThan(1);
		const lands = whenPowerLands(s, c, 'gaming-gpu', 3)!;
		expect(lands.in).toBe(s.power[contract.id] - s.tick);
		// Bought now, and the clock run to the landing: the fleet runs at what it said.
		expect(apply(s, c, { type: 'buy', hardware: 'gaming-gpu', count: 3 }).ok).toBe(true);
		advance(s, c, lands.in);
		expect(rates(s, c).throttle).toBeCloseTo(lands.throttle, 9);
		// A purchase the landed power cannot run says so: its throttle is under 1.
		const many = full(contract.id);
		expect(whenPowerLands(many, c, 'gaming-gpu', 10_000)!.throttle).toBeLessThan(1);
	});
});

describe('the power being built, for the Power card (powerLands)', () => {
	it('says nothing with none being built', () => {
		expect(powerLands(full(null), c)).toBeNull();
	});

	it('says when it comes online and the throttle the fleet then runs at, as it will', () => {
		const contract = c.era.power.find((p) => p.buildTime >= 60 && p.buildTime <= 120)!;
		const s = full(contract.id);
		expect(apply(s, c, { type: 'buy', hardware: 'gaming-gpu', count: 3 }).ok).toBe(true);
		// Throttled now (playtest 44 was told to sign power here).
		expect(rates(s, c).throttle).toBeLessThan(1);
		const lands = powerLands(s, c)!;
		expect(lands.in).toBe(s.power[contract.id] - s.tick);
		advance(s, c, lands.in);
		expect(rates(s, c).throttle).toBeCloseTo(lands.throttle, 9);
		expect(lands.throttle).toBe(1);
		// A fleet past even the power being built is told the throttle it will still run at.
		const many = full(contract.id);
		many.cash = money(c, 1e30);
		const more = Math.ceil(contract.capacity / c.hardware.get('gaming-gpu')!.watts) + 5;
		expect(apply(many, c, { type: 'buy', hardware: 'gaming-gpu', count: more }).ok).toBe(true);
		const short = powerLands(many, c)!;
		expect(short.throttle).toBeLessThan(1);
		advance(many, c, short.in);
		expect(rates(many, c).throttle).toBeCloseTo(short.throttle, 9);
	});
});

describe('of two contracts being built, the first that runs every chip', () => {
	it('is the one counted to, not the last (playtest 44 was told 3m 54s where 40 s did)', () => {
		const s = full('garage-subpanel');
		expect(apply(s, c, { type: 'sign', contract: 'business-tariff' }).ok).toBe(true);
		expect(apply(s, c, { type: 'buy', hardware: 'gaming-gpu', count: 2 }).ok).toBe(true);
		expect(rates(s, c).throttle).toBeLessThan(1);
		const first = s.power['garage-subpanel'] - s.tick;
		expect(s.power['business-tariff'] - s.tick).toBeGreaterThan(first);
		expect(powerLands(s, c)).toEqual({ in: first, throttle: 1 });
		expect(powerCoversIn(s, c)).toBe(first);
		// So it is: at that landing the fleet runs in full.
		advance(s, c, first);
		expect(rates(s, c).throttle).toBe(1);
	});
});
