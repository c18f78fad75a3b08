// The scripted player knows the power cut (engine/power-cut.ts): it trains no more than what
// its serving pays for (unless its cash carries the shortfall until it next looks), keeps that
// shortfall back from hardware, and while broke saves up until the cut lifts. A player who
// checks in four times a day is never broke for long, even where power is dearer.
import { describe, expect, it } from 'vitest';
import {
	advance,
	apply,
	capacityAt,
	market,
	newGame,
	quoteHardware,
	rates,
	rehireCash,
	revenue,
	type Decimal,
	type GameState
} from '../../../src/lib/engine';
import {
	marketChoice,
	MAX_TRAIN_SHARE,
	paidShare,
	SHORTFALL_SECONDS
} from '../../../src/lib/sim/market-play';
import { decide, reserve } from '../../../src/lib/sim/strategy';
import { playCheckIns } from '../../../src/lib/sim/players';
import { contentOf } from '../../../src/lib/content';
import { garage } from '../engine/helpers';

/** A Garage lab its home circuit powers (two gaming GPUs and a workstation card: 1.2 of 2 kW),
 * so all its memory holds the model (cards past the power hold none), training a huge run,
 * cash 0. */
function lab(): GameState {
	const s = newGame(5);
	s.cash = s.cash.add(1e9);
	apply(s, garage, { type: 'buy', hardware: 'gaming-gpu', count: 1 });
	apply(s, garage, { type: 'buy', hardware: 'workstation-card', count: 1 });
	apply(s, garage, { type: 'start-run', size: 'huge' });
	s.cash = s.cash.mul(0);
	return s;
}

const close = (a: Decimal, b: Decimal) => a.sub(b).abs().lte(b.abs().mul(1e-9));
const holdings = (s: GameState) => JSON.stringify([s.hardware, s.orders.length]);

describe('the scripted player and the power cut', () => {
	it('trains no more than what serving pays for while its cash cannot carry the shortfall', () => {
		// Customers queue (hype) and a salary is more than what a 90 % train share serves.
		const s = lab();
		s.hype = 10;
		s.researchers = 1;
		apply(s, garage, { type: 'train-share', share: MAX_TRAIN_SHARE });
		const r = rates(s, garage);
		expect([r.throttle, r.memoryFit]).toEqual([1, 1]);
		const demand = market(r, s.hype).demand;
		expect(revenue(market(r, s.hype), r).lt(r.costs)).toBe(true);
		const most = paidShare(s, r, demand);
		expect(most).toBeLessThan(MAX_TRAIN_SHARE);
		expect(
			capacityAt(r, most)
				.mul(r.price)
				.gte(r.costs.mul(1 - 1e-9))
		).toBe(true);
		// The share the player picks stays within it.
		const choice = marketChoice(s, garage, 0);
		apply(s, garage, { type: 'price-tier', tier: choice.tier });
		apply(s, garage, { type: 'train-share', share: choice.share });
		const picked = rates(s, garage);
		expect(revenue(market(picked, s.hype), picked).gte(picked.costs.mul(1 - 1e-9))).toBe(true);
		// Cash that carries the shortfall until the player next looks lifts the limit.
		s.cash = r.costs.mul(SHORTFALL_SECONDS);
		expect(paidShare(s, r, demand)).toBe(1);
	});

	it('keeps back the shortfall its cash must carry, and while broke saves until the cut lifts', () => {
		const s = lab();
		s.hype = 10;
		s.researchers = 1;
		apply(s, garage, { type: 'train-share', share: MAX_TRAIN_SHARE });
		const r = rates(s, garage);
		const short = r.costs.sub(revenue(market(r, s.hype), r));
		expect(close(reserve(s, r), short.mul(SHORTFALL_SECONDS))).toBe(true);

		// A lab on a business tariff whose bill is far more than what its serving earns goes
		// broke and the grid cuts its power.
		const t = newGame(5);
		t.cash = t.cash.add(1e9);
		apply(t, garage, { type: 'sign', contract: 'business-tariff' });
		advance(t, garage, 3600);
		t.cash = t.cash.add(1e9);
		for (let i = 0; i < 40; i++)
			apply(t, garage, { type: 'buy', hardware: 'mining-rig', count: 1 });
		apply(t, garage, { type: 'start-run', size: 'huge' });
		apply(t, garage, { type: 'train-share', share: 0.99995 });
		t.cash = t.cash.mul(0);
		advance(t, garage, 1);
		expect(t.idle).toBe(true);
		const cut = rates(t, garage);
		expect(cut.powerCut).toBeLessThan(1);
		expect(close(reserve(t, cut), rehireCash(cut))).toBe(true);
		// Short of what lifts the cut (though it could buy a card), the player buys no hardware.
		t.cash = rehireCash(cut).mul(0.9);
		expect(t.cash.gt(quoteHardware(t, garage, 'gaming-gpu', 1)!.cost)).toBe(true);
		const before = holdings(t);
		decide(t, garage, { horizon: 600, minTrainShare: 0.3 }, {});
		expect(holdings(t)).toBe(before);
	});
});

/** The Garage at its first tuning's power prices × 1.8 (the home circuit at 40 a kWh then; now
 * ×1.6: content/garage.ts KWH). There the check-in player sat broke for a day at a stretch, its
 * serving chips, far past its customers in a run, costing more than they sold, until the cut
 * powered those down in a run too. */
function dearGarage() {
	const home = garage.era.power.find((p) => p.id === 'home-circuit')!;
	const dearer = (40 * 1.8) / home.pricePerKwh;
	const power = garage.era.power.map((p) => ({ ...p, pricePerKwh: p.pricePerKwh * dearer }));
	return contentOf({ ...garage.era, power });
}

/** Check-ins at 8, 12.5, 18 and 22.5 h (players.ts CHECK_IN_HOURS): the longest gap by day. */
const DAY_GAP = 5.5 * 3600;

describe('the check-in player where power is dearer', () => {
	it('is never broke longer than a daytime gap between check-ins, and takes the goal', () => {
		// Broke, the lab earns more than its bill and lifts the cut by itself, within hours: the
		// cash that lifts it is five minutes of what the cut saves, the whole fleet's shortfall.
		// Seeds 1-8 are broke 4.8 h at most at a stretch and take the goal in 22.5-36.5 h (seeds
		// 1-15: 4.8 h, 18-56 h). Before the rule seed 2 sat broke for the last 24 h of the three
		// days and missed the goal (seed 12 too, broke 6.5 h at a stretch).
		const dear = dearGarage();
		const long: { seed: number; hours: number }[] = [];
		const missed: number[] = [];
		for (let seed = 1; seed <= 8; seed++) {
			let since = -1;
			let longest = 0;
			const see = (s: GameState) => {
				if (s.idle && since < 0) since = s.tick;
				if (!s.idle && since >= 0) {
					longest = Math.max(longest, s.tick - since);
					since = -1;
				}
			};
			const { state, eraSeconds } = playCheckIns(seed, 3, 180, 1, {
				content: () => dear,
				watch: { every: 60, see }
			});
			if (since >= 0) longest = Math.max(longest, state.tick - since);
			if (longest > DAY_GAP) long.push({ seed, hours: longest / 3600 });
			if (eraSeconds.length < 1) missed.push(seed);
		}
		expect({ long, missed }).toEqual({ long: [], missed: [] });
	});
});
