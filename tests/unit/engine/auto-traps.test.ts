// Automation walks into no trap a player sees (issue #17, the newcomer's playtest in the Edge):
// auto-buy orders no more than the power takes once its orders land; auto-release does not
// slow the swarm to under half; auto-run discards a waiting model worse than the one served.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	advance,
	apply,
	autoReleaseHeld,
	autoReleaseHold,
	Decimal,
	modelFootprint,
	newGame,
	rates,
	roomAfterOrders,
	swarmReach,
	swarmWouldSlow,
	throttleAfter,
	type GameState
} from '../../../src/lib/engine';

const c = eraContent('edge');

/** A new Edge lab whose player bought Procurement and turned auto-buy on, as the UI does. */
function edgeLab(seed: number): GameState {
	const s = newGame(seed, 'edge');
	s.meta.moat = new Decimal(100);
	expect(apply(s, c, { type: 'buy-perk', perk: 'procurement' }).ok).toBe(true);
	expect(apply(s, c, { type: 'automation', kind: 'buy', patch: { on: true } }).ok).toBe(true);
	return s;
}

describe('auto-buy and the power', () => {
	it('a new Edge lab with auto-buy on never draws past its power in 30 minutes', () => {
		for (const seed of [1, 2, 3]) {
			const s = edgeLab(seed);
			// Cash enough for many lots at once (the trap was 50 lots in one step); the player
			// signs every contract as soon as the cash pays for it (the playtest's lab: 287 GW).
			s.cash = s.cash.mul(1000);
			for (let t = 0; t < 1800; t += 10) {
				for (const p of c.era.power)
					if (!(p.id in s.power)) apply(s, c, { type: 'sign', contract: p.id });
				advance(s, c, 10);
				const r = rates(s, c);
				expect(r.powerDraw.lte(r.powerCapacity.mul(1 + 1e-9))).toBe(true);
				// Nor will it once every order on the way has landed.
				expect(roomAfterOrders(s, c, r)).toBeGreaterThanOrEqual(-1e-6 * r.powerCapacity.toNumber());
				expect(throttleAfter(s, c, r, c.era.hardware[0].id, 0)).toBe(1);
			}
			// The lab did grow into its power: every contract signed, the biggest tier bought.
			expect(Object.keys(s.power)).toHaveLength(c.era.power.length);
			expect(s.hardware['swarm-contract'] ?? 0).toBeGreaterThan(0);
		}
	});

	it('roomAfterOrders is the free watts less what the orders will draw', () => {
		const s = edgeLab(1);
		const r = rates(s, c);
		const free = r.powerCapacity.sub(r.powerDraw).toNumber();
		expect(roomAfterOrders(s, c, r)).toBeCloseTo(free, 6);
		const hw = c.era.hardware.find((h) => h.leadTime > 0)!;
		s.orders.push({ id: 999, hardwareId: hw.id, count: 3, arrivesAt: s.tick + 100 });
		expect(roomAfterOrders(s, c, r)).toBeCloseTo(free - 3 * hw.watts * r.mult.watts, 6);
	});
});

/** An Edge lab with Release manager and Run scheduler on, a swarm that serves, and a fleet
 * whose memory holds far more than the swarm's reach. */
function swarmLab(): GameState {
	const s = newGame(1, 'edge');
	s.meta.moat = new Decimal(100);
	for (const perk of ['release-manager', 'run-scheduler'])
		expect(apply(s, c, { type: 'buy-perk', perk }).ok).toBe(true);
	for (const kind of ['release', 'run'] as const)
		expect(apply(s, c, { type: 'automation', kind, patch: { on: true } }).ok).toBe(true);
	s.hardware = { 'phone-fleet': 40, 'home-hubs': 400 };
	s.cash = s.cash.mul(1e6);
	expect(apply(s, c, { type: 'recruit', count: 5 }).ok).toBe(true);
	expect(rates(s, c).swarm.gt(0)).toBe(true);
	return s;
}

describe('auto-release and the Edge swarm', () => {
	it('holds a better model too big for the swarm, says why, and releases one that fits', () => {
		const s = swarmLab();
		// Cards past the power hold no model: power for a sixth of the fleet's 76 GW, so its
		// memory holds the model below; and a long run, so no new model reaches the gate.
		s.power['battery-swarm'] = s.tick;
		expect(apply(s, c, { type: 'start-run', size: c.era.runSizes.at(-1)!.id }).ok).toBe(true);
		const r = rates(s, c);
		const reachParams = swarmReach(c, r.mult).div(c.era.servingBytesPerParam * r.mult.footprint);
		// Better, within the fleet's memory, but 8% past the swarm's reach (the playtest's 280 of 260 PB).
		s.gate = {
			...s.model,
			name: 'Big',
			capability: s.model.capability + 5,
			params: reachParams.mul(1.08)
		};
		expect(r.memory.gte(modelFootprint(c, r, s.gate))).toBe(true);
		expect(swarmWouldSlow(s, c, r.mult, r.swarm)).toBe(true);
		expect(autoReleaseHold(s, c, r)).toBe('swarm');
		// Issue #17: a model past a device is split, not idle. Served already split over 2 devices a
		// copy, the same model is no slower there: nothing is held for the swarm.
		const served = s.model;
		s.model = { ...s.model, params: reachParams.mul(1.02) };
		expect(rates(s, c).swarm.gt(0)).toBe(true);
		expect(swarmWouldSlow(s, c, r.mult, rates(s, c).swarm)).toBe(false);
		s.model = served;
		expect(autoReleaseHeld(s, c, r)).toBe(true);
		// No run finishes within the minute (a finished run takes the gate's place). Before issue
		// #17's fix the swarm's owners' bill cut the power to training, which kept it from finishing.
		s.run = null;
		s.meta.automation.run.on = false;
		advance(s, c, 60);
		expect(s.gate?.name).toBe('Big');
		expect(rates(s, c).swarm.gt(0)).toBe(true);
		// The same gain in a model that fits the swarm: released at once.
		s.gate = { ...s.gate!, params: reachParams.mul(0.9) };
		expect(autoReleaseHold(s, c, rates(s, c))).toBeNull();
		advance(s, c, 1);
		expect(s.gate).toBeNull();
		expect(s.model.name).toBe('Big');
		expect(rates(s, c).swarm.gt(0)).toBe(true);
	});

	it('with no swarm serving, nothing is held for it', () => {
		const s = swarmLab();
		s.edge.blocks = 0;
		const r = rates(s, c);
		s.gate = {
			...s.model,
			name: 'Big',
			capability: s.model.capability + 5,
			params: s.model.params.mul(1e3)
		};
		expect(swarmWouldSlow(s, c, r.mult, r.swarm)).toBe(false);
	});
});

describe('auto-run and a worse model at the gate', () => {
	it('discards a waiting model worse than the one served; keeps it with auto-run off', () => {
		for (const on of [true, false]) {
			const s = swarmLab();
			expect(apply(s, c, { type: 'automation', kind: 'run', patch: { on } }).ok).toBe(true);
			s.gate = { ...s.model, name: 'Worse', capability: s.model.capability - 1 };
			advance(s, c, 1);
			expect(s.gate?.name ?? null).toBe(on ? null : 'Worse');
		}
	});
});
