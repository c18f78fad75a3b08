// Rivals, leaderboard history, news: the systems that run on their own.
import { describe, expect, it } from 'vitest';
import { advance, newGame, quoteHardware, rates, standings } from '../../../src/lib/engine';
import { HISTORY_MAX } from '../../../src/lib/engine/history';
import { NEWS_KEPT, WORLD_NEWS_KEPT } from '../../../src/lib/engine/news';
import { scheduleNext } from '../../../src/lib/engine/rivals';
import { garage } from './helpers';

describe('rivals', () => {
	it('release on their own, leapfrog each other, and stay within reach of an idle player', () => {
		const s = advance(newGame(5), garage, 7 * 86_400);
		const versions = s.rivals.map((r) => r.version);
		for (const v of versions) expect(v).toBeGreaterThan(5);
		const leaders = new Set(
			s.history.map((h) => h.caps.slice(1).indexOf(Math.max(...h.caps.slice(1))))
		);
		expect(leaders.size).toBeGreaterThan(1); // the lead changed hands
		// Rubber band: a week of an idle player does not leave the rivals out of sight.
		for (const r of s.rivals) expect(r.capability - s.model.capability).toBeLessThan(60);
	});

	it('trailers gain more per release than the leader', () => {
		const s = newGame(11);
		const before = new Map(s.rivals.map((r) => [r.id, r.capability]));
		const leader = standings(s, garage).find((x) => !x.isPlayer)!.id;
		let leaderGain = 0;
		let trailerGain = 0;
		for (const r of s.rivals) {
			const gain = r.nextCapability - before.get(r.id)!;
			if (r.id === leader) leaderGain = gain / garage.era.rivals.find((d) => d.id === r.id)!.stride;
			else
				trailerGain = Math.max(
					trailerGain,
					gain / garage.era.rivals.find((d) => d.id === r.id)!.stride
				);
		}
		expect(trailerGain).toBeGreaterThan(leaderGain);
	});

	it('the leader takes the headwind: while the player leads, rivals aim higher and release sooner', () => {
		// The same rival, the same draws: once with the player trailing it, once leading by far.
		const plan = (playerCap: number) => {
			const s = newGame(17);
			const rival = s.rivals[0];
			const def = garage.era.rivals.find((d) => d.id === rival.id)!;
			s.model = { ...s.model, capability: playerCap };
			scheduleNext(s, rival, def);
			return {
				gain: rival.nextCapability - rival.capability,
				wait: rival.nextReleaseAt - s.tick
			};
		};
		const trailing = plan(newGame(17).rivals[0].capability - 5);
		const leading = plan(newGame(17).rivals[0].capability + 15);
		expect(leading.gain).toBeGreaterThan(trailing.gain * 1.5);
		expect(leading.wait).toBeLessThan(trailing.wait);
	});

	it('a lab far past its target releases rarely: a month away is not thousands of releases', () => {
		// An idle player's Garage: the labs overtake it, reach their targets and slow down.
		const s = advance(newGame(5), garage, 7 * 86_400);
		const week = s.rivals.map((r) => r.version);
		advance(s, garage, 30 * 86_400);
		for (const [i, r] of s.rivals.entries()) {
			const def = garage.era.rivals.find((d) => d.id === r.id)!;
			// Far past the target, a release comes at most every 8 × 1.3 × 0.7 cadences.
			const tightest = (30 * 86_400) / (def.cadence * 8 * 1.3 * 0.7);
			expect(r.version - week[i]).toBeLessThanOrEqual(Math.ceil(tightest * 1.5));
			expect(r.capability - s.model.capability).toBeGreaterThan(def.ambition);
		}
	});
});

describe('bounded memory', () => {
	it('history and news stay bounded however long the game runs', () => {
		const s = advance(newGame(3), garage, 90 * 86_400);
		expect(s.history.length).toBeLessThanOrEqual(HISTORY_MAX);
		expect(s.news.length).toBeLessThanOrEqual(NEWS_KEPT + WORLD_NEWS_KEPT);
		// The history still spans the whole game, oldest first.
		expect(s.history[0].tick).toBe(0);
		for (let i = 1; i < s.history.length; i++)
			expect(s.history[i].tick).toBeGreaterThan(s.history[i - 1].tick);
	});

	it('headlines are filled in: no placeholder reaches the player', () => {
		const s = advance(newGame(8), garage, 86_400);
		expect(s.news.length).toBeGreaterThan(0);
		for (const n of s.news) expect(n.text).not.toMatch(/[{}]|undefined|NaN/);
	});
});

describe('world events', () => {
	it('come and go on their own, seeded, and are told in the news', () => {
		const s = newGame(12);
		const seen = new Set<string>();
		for (let h = 0; h < 72; h++) {
			advance(s, garage, 3600);
			if (s.event) seen.add(s.event.id);
		}
		expect(seen.size).toBeGreaterThan(1);
		expect(s.news.some((n) => n.kind === 'world-event')).toBe(true);
		const again = newGame(12);
		advance(again, garage, 72 * 3600);
		expect(again.event).toEqual(s.event);
	});

	it('change the board while they last: a viral moment served triples demand, a shortage waited out doubles prices', () => {
		const s = newGame(3);
		const calm = rates(s, garage);
		const price = quoteHardware(s, garage, 'gaming-gpu', 1)!.cost;
		s.event = { id: 'viral-moment', endsAt: s.tick + 100, choice: 'ride', decideBy: s.tick };
		expect(rates(s, garage).baseDemand.div(calm.baseDemand).toNumber()).toBeCloseTo(3, 9);
		s.event = { id: 'chip-shortage', endsAt: s.tick + 100, choice: '', decideBy: s.tick + 100 };
		expect(quoteHardware(s, garage, 'gaming-gpu', 1)!.cost.div(price).toNumber()).toBeCloseTo(2, 9);
		advance(s, garage, 100);
		expect(s.event).toBeNull();
		expect(s.nextEventAt).toBeGreaterThan(s.tick);
	});
});
