// Eras, prestige and Moat: the long game.
import { describe, expect, it } from 'vitest';
import { ERAS, eraContent, ORBITS } from '../../../src/lib/content';
import {
	Decimal,
	advance,
	buyPerk,
	moatGain,
	moatPace,
	newGame,
	offlineCapSteps,
	perkCost,
	rates,
	startNewEra,
	flow,
	quoteHardware,
	contractCost,
	hireCost,
	bestPurchase,
	setAutomation
} from '../../../src/lib/engine';
import { autoLot } from '../../../src/lib/engine/auto-buy';
import { decodeState, encodeState } from '../../../src/lib/save/codec';
import { formatMoney } from '../../../src/lib/format/number';
import { playActive, playCheckIns } from '../../../src/lib/sim/players';
import { badNumbers } from './helpers';

describe('eras', () => {
	it('there are seven, in order, each with its own catalog', () => {
		expect(ERAS.map((e) => e.index)).toEqual([1, 2, 3, 4, 5, 6, 7]);
		const ids = ERAS.flatMap((e) => e.hardware.map((h) => h.id));
		expect(new Set(ids).size).toBe(ids.length);
		for (let i = 1; i < ERAS.length; i++)
			expect(ERAS[i].goalCapability).toBeGreaterThan(ERAS[i - 1].goalCapability);
	});

	it('the last eras carry money past 1e308 through rates, a day of play, saves and formatting', () => {
		const s = newGame(1, 'dyson');
		expect(s.cash.exponent).toBeGreaterThan(308);
		const c = eraContent('dyson');
		const r = rates(s, c);
		expect(r.price.exponent).toBeGreaterThan(200);
		advance(s, c, 86_400);
		expect(badNumbers(s)).toEqual([]);
		expect(s.cash.exponent).toBeGreaterThan(308);
		expect(formatMoney(s.cash)).toMatch(/^\$\d\.\d\de3\d\d$/); // scientific past the letters (999Dec)
		expect(decodeState(encodeState(s)).cash.eq(s.cash)).toBe(true);
	});

	it('Cloud resells spare capacity as spot compute', () => {
		const s = newGame(1, 'cloud');
		const c = eraContent('cloud');
		s.priceTier = 'premium'; // little demand: most capacity is spare
		const f = flow(s, rates(s, c));
		expect(f.spare.gt(0)).toBe(true);
		const r = rates(s, c);
		expect(f.cashPerSec.gt(f.served.mul(r.price).sub(r.costs))).toBe(true);
	});

	it('the Edge swarm is only partly up, and Moon and Mars lose capacity to latency', () => {
		// Against the fleet's FLOP/s added up from the catalog (no perks yet, power to spare).
		const s = newGame(1, 'edge');
		const c = eraContent('edge');
		const r = rates(s, c);
		expect(r.throttle).toBe(1);
		const fleet = Object.entries(s.hardware).reduce(
			(sum, [id, n]) => sum + c.hardware.get(id)!.flops * n,
			0
		);
		expect(fleet).toBeGreaterThan(0);
		expect(r.compute.toNumber() / fleet).toBeCloseTo(0.65, 6);
		expect(eraContent('moon-mars').era.latency).toBeGreaterThan(0);
	});
});

describe('prestige', () => {
	it('needs the goal, grants the previewed Moat, keeps perks, and lands in the next era', () => {
		const s = newGame(4);
		expect(startNewEra(s)).toEqual({ ok: false, reason: 'goal-not-reached' });
		s.goalReached = true;
		s.tokens = new Decimal(1e12);
		s.meta.perks['brand'] = 2;
		const preview = moatGain(s);
		expect(preview.toNumber()).toBe(10); // cube root of 1e12 / 1e9
		const moved = startNewEra(s);
		expect(moved.ok).toBe(true);
		if (!moved.ok) return;
		const next = moved.state;
		expect(next.eraId).toBe('cloud');
		expect(next.meta.moat.eq(preview)).toBe(true);
		expect(next.meta.perks['brand']).toBe(2);
		expect(next.meta.eraTicks).toEqual([s.tick]);
		expect(Object.keys(next.hardware)).toEqual(['cloud-gpu']);
		expect(next.research).toEqual(eraContent('cloud').era.knownResearch);
		expect(s.eraId).toBe('garage'); // the old state is untouched
	});

	it('the last era has no next one', () => {
		const s = newGame(1, 'dyson');
		s.goalReached = true;
		expect(startNewEra(s)).toEqual({ ok: false, reason: 'last-era' });
	});

	it('perks cost Moat, grow in price, stop at their max, and apply', () => {
		const s = newGame(1);
		s.meta.moat = new Decimal(1000);
		const c0 = perkCost(s, 'long-weekend');
		expect(offlineCapSteps(s)).toBe(86_400);
		for (let i = 0; i < 5; i++) expect(buyPerk(s, 'long-weekend')).toEqual({ ok: true });
		expect(perkCost(s, 'long-weekend').gt(c0)).toBe(true);
		expect(buyPerk(s, 'long-weekend')).toEqual({ ok: false, reason: 'already-done' });
		expect(offlineCapSteps(s)).toBe(30 * 86_400); // 24 h × 32, capped at 30 days
		s.meta.moat = new Decimal(0);
		expect(buyPerk(s, 'brand')).toEqual({ ok: false, reason: 'not-enough-moat' });
		expect(buyPerk(s, 'nonsense')).toEqual({ ok: false, reason: 'unknown-id' });
	});

	it('starting cash perks apply to the next era', () => {
		const plain = newGame(1, 'cloud');
		const meta = { ...plain.meta, perks: { 'seed-round': 2 } };
		expect(newGame(1, 'cloud', meta).cash.div(plain.cash).toNumber()).toBeCloseTo(100, 6);
	});
});

describe('the whole game, played', () => {
	/** The middle of five seeds. */
	const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[2];

	it('the active player (median of five seeds) reaches every era goal, no era over 2.5x the one before', () => {
		const runs = [1, 2, 3, 4, 5].map((seed) => playActive(seed, 4 * 86_400, 5, 7));
		for (const r of runs) expect(badNumbers(r.state)).toEqual([]);
		expect(runs.filter((r) => r.state.meta.finished).length).toBeGreaterThanOrEqual(3);
		const eras = Array.from({ length: 7 }, (_, i) =>
			median(runs.map((r) => r.eraSeconds[i] ?? Infinity))
		);
		for (const t of eras) expect(Number.isFinite(t)).toBe(true);
		for (let i = 1; i < eras.length; i++) expect(eras[i]).toBeLessThanOrEqual(2.5 * eras[i - 1]);
		// No wall in any era: about ten minutes at most with nothing to buy or decide.
		expect(median(runs.map((r) => r.longestWait))).toBeLessThanOrEqual(10 * 60);
		for (const r of runs) expect(r.longestWait).toBeLessThanOrEqual(12 * 60);
	}, 180_000); // five whole games: the players weigh each tier and share at every decision

	it('the player who checks in four times a day reaches every goal in two to four weeks, no era over 2.5x the one before', () => {
		const runs = [1, 2, 3, 4, 5].map((seed) => playCheckIns(seed, 60, 180, 7));
		for (const r of runs) {
			expect(r.eraSeconds).toHaveLength(7);
			expect(badNumbers(r.state)).toEqual([]);
		}
		// Medians: one seed's era can end just after a check-in and the next just before one.
		const eras = Array.from({ length: 7 }, (_, i) => median(runs.map((r) => r.eraSeconds[i])));
		for (let i = 1; i < eras.length; i++) expect(eras[i]).toBeLessThanOrEqual(2.5 * eras[i - 1]);
		// GAME.md: the whole game in two to four weeks of casual play, for every seed.
		for (const r of runs) {
			const days = r.eraSeconds.reduce((a, b) => a + b, 0) / 86_400;
			expect(days).toBeGreaterThanOrEqual(14);
			expect(days).toBeLessThanOrEqual(28);
		}
	});
});

describe('era money', () => {
	it.each(ERAS.map((e) => e.id))('%s: every price is in the era money scale', (id) => {
		const c = eraContent(id);
		const s = newGame(1, id);
		const scale = Decimal.pow(10, c.era.moneyScale);
		const hw = c.era.hardware[0];
		// The next unit after those the era starts with (Orbit starts with none).
		const held = c.era.startHardware[hw.id] ?? 0;
		expect(quoteHardware(s, c, hw.id, 1)!.cost.div(scale).toNumber()).toBeCloseTo(
			hw.baseCost * hw.costRatio ** held * (1 + c.era.launchCost),
			6
		);
		expect(contractCost(c, c.era.power[1].id).div(scale).toNumber()).toBeCloseTo(
			c.era.power[1].cost,
			6
		);
		expect(hireCost(s, c).div(scale).toNumber()).toBeCloseTo(c.era.researcherCost, 6);
		expect(s.cash.div(scale).toNumber()).toBeCloseTo(c.era.startCash, 6);
	});
});

describe('automation', () => {
	const automated = () => {
		const s = newGame(2);
		for (const id of ['release-manager', 'run-scheduler', 'procurement', 'energy-desk'])
			s.meta.perks[id] = 1;
		return s;
	};

	it('does nothing without its perks', () => {
		const s = newGame(2);
		advance(s, eraContent('garage'), 3600);
		expect(s.run).toBeNull();
		expect(s.hardware).toEqual(eraContent('garage').era.startHardware);
	});

	it('runs the lab by itself: trains, releases, buys hardware and signs power', () => {
		const s = automated();
		advance(s, eraContent('garage'), 6 * 3600);
		expect(s.stats.modelsReleased).toBeGreaterThan(2);
		expect(s.model.capability).toBeGreaterThan(20);
		expect(Object.values(s.hardware).reduce((a, b) => a + b, 0)).toBeGreaterThan(5);
		expect(Object.keys(s.power).length).toBeGreaterThan(1);
		expect(badNumbers(s)).toEqual([]);
	});

	it('keeps the cash reserve it is told to keep', () => {
		const s = automated();
		s.meta.perks['run-scheduler'] = 0;
		setAutomation(s, 'buy', { reserve: 0.4 });
		s.cash = new Decimal(10_000);
		const before = s.cash;
		s.tick = 0;
		advance(s, eraContent('garage'), 1);
		const units = Object.values(s.hardware).reduce((a, b) => a + b, 0);
		expect(units).toBeGreaterThan(3); // it bought
		expect(s.cash.gte(before.mul(0.4))).toBe(true); // and kept 40%
	});

	it('orders in lots of a tenth of what it holds, cut to what the power can take', () => {
		const c = eraContent('garage');
		const s = automated();
		s.meta.perks['run-scheduler'] = 0;
		s.meta.perks['energy-desk'] = 0;
		s.hardware = Object.fromEntries(c.era.hardware.map((h) => [h.id, 40]));
		s.power = Object.fromEntries(c.era.power.map((p) => [p.id, -1])); // every contract on
		const r = rates(s, c);
		expect(r.throttle).toBe(1);
		const wanted = bestPurchase(s, c, r)!.id;
		const lot = autoLot(s, c, r, wanted)!;
		expect(lot.count).toBe(4);
		// Cash for one lot and a half: automation buys exactly one lot.
		s.cash = lot.cost.mul(1.5);
		s.meta.automation.buy.reserve = 0;
		advance(s, c, 1);
		expect(s.hardware[wanted]).toBe(44);
		// The lot shrinks to what the power can take, and is one unit for a small fleet.
		const watts = c.hardware.get(wanted)!.watts * r.mult.watts;
		const tight = { ...r, powerCapacity: r.powerDraw.add(watts * 2.5) };
		expect(autoLot(s, c, tight, wanted)!.count).toBe(2);
		s.hardware = { [wanted]: 3 };
		expect(autoLot(s, c, rates(s, c), wanted)!.count).toBe(1);
		// A big fleet's lot stops before its last unit costs twice its first (the price climb).
		s.hardware = { [wanted]: 400 };
		const big = autoLot(s, c, rates(s, c), wanted)!;
		const ratio = c.hardware.get(wanted)!.costRatio;
		expect(big.count).toBeLessThan(40);
		expect(ratio ** (big.count - 1)).toBeLessThan(2);
		expect(ratio ** big.count).toBeGreaterThanOrEqual(2);
	});

	it('rules are validated and can be turned off', () => {
		const s = automated();
		expect(setAutomation(s, 'buy', { reserve: 2 })).toEqual({
			ok: false,
			reason: 'invalid-amount'
		});
		expect(setAutomation(s, 'release', { minGain: NaN })).toEqual({
			ok: false,
			reason: 'invalid-amount'
		});
		expect(setAutomation(s, 'run', { on: false })).toEqual({ ok: true });
		advance(s, eraContent('garage'), 600);
		expect(s.run).toBeNull();
	});
});

describe('era rules and voices', () => {
	it('Orbit sells at list price for the launch window, and at the charter share more at once', () => {
		const c = eraContent('orbit');
		const s = newGame(1, 'orbit');
		const hw = c.era.hardware[0];
		const scale = Decimal.pow(10, c.era.moneyScale);
		// With the orbit emptied, the first unit is at its base price.
		s.hardware = {};
		expect(quoteHardware(s, c, hw.id, 1)!.cost.div(scale).toNumber()).toBeCloseTo(hw.baseCost, 6);
		s.orbit.charter = true;
		expect(quoteHardware(s, c, hw.id, 1)!.cost.div(scale).toNumber()).toBeCloseTo(
			hw.baseCost * (1 + ORBITS.orbit.charter),
			6
		);
	});

	it('later eras speak in their own headlines', () => {
		const s = newGame(5, 'orbit');
		advance(s, eraContent('orbit'), 86_400);
		const rivalNews = s.news.filter((n) => n.kind === 'rival-release');
		expect(rivalNews.length).toBeGreaterThan(0);
		for (const n of rivalNews) expect(n.text).toMatch(/launch|satellite|Astronomers/);
	});
});

describe('the Moat pace', () => {
	it('reads per minute from one a minute, per hour below it', () => {
		const s = newGame(1);
		s.tokens = new Decimal(1e12); // 10 Moat on a new era
		s.tick = 3600; // an hour in: 10 / 60 a minute
		expect(moatPace(s).per).toBe('hour');
		expect(moatPace(s).value.toNumber()).toBeCloseTo(10, 9);
		s.tick = 300; // five minutes in: 2 a minute
		expect(moatPace(s)).toEqual({ value: moatGain(s).div(5), per: 'minute' });
		expect(moatPace(s).value.toNumber()).toBeCloseTo(2, 9);
	});
});
