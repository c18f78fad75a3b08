// After Dyson, a reason to keep playing (#17): a lab the scripted player took through every era
// (tests/fixtures/e2e/endless-played.json, scripts/endless-fixture.ts) plays on into the endless
// epochs at a check-in's pace, its panels paying for its power. Playtest 37 judged the mode from
// the hand-made endless.json (Dyson's starter fleet, no panels, broke) and read "a permanent power
// cut"; this is the lab a player who finished Dyson holds.
import { describe, expect, it } from 'vitest';
import { eraContent, PERKS } from '../../../src/lib/content';
import {
	advance,
	epochTarget,
	inEndless,
	perkCost,
	perkIdle,
	powerCutLine,
	rates,
	type GameState
} from '../../../src/lib/engine';
import { actor, stretch } from '../../../src/lib/sim/players';
import { decide, type Milestones } from '../../../src/lib/sim/strategy';
import { fixtureState } from './helpers';

describe('a played lab in the endless epochs', () => {
	it('opens in the endless mode with its panels up, its power paid and the next epoch ahead', () => {
		const s = fixtureState('endless-played');
		const c = eraContent(s.eraId);
		expect(inEndless(s)).toBe(true);
		expect(s.dyson.panels).toBeGreaterThan(100);
		expect(s.cash.gt(0)).toBe(true);
		expect(powerCutLine(s, rates(s, c))).toBeNull();
		expect(s.meta.endless.epoch).toBe(0);
		expect(epochTarget(s, c)).toBeGreaterThan(s.model.capability);
	});

	it('reaches two epochs within six hours of active play, never broke', () => {
		const s = fixtureState('endless-played');
		const c = eraContent(s.eraId);
		const from = s.tick;
		const moat = s.meta.moat;
		const earned = s.meta.moatEarned.toNumber();
		const act = actor(s);
		const m: Milestones = {};
		let broke = 0;
		while (s.tick < from + 6 * 3600 && s.meta.endless.epoch < 2) {
			decide(s, c, { horizon: Math.max(60, s.tick / 4), minTrainShare: 0.3 }, m, act);
			advance(s, c, stretch(s.tick, 5));
			if (s.cash.lte(0)) broke++;
		}
		expect(s.meta.endless.epoch).toBeGreaterThanOrEqual(2);
		expect(broke).toBe(0);
		// Each epoch recorded at its own minute, in order, and paid in Moat: a tenth of all the lab
		// has earned, about a perk level (playtest 38: epochs that paid 1 and 2 Moat beside perks
		// of 128–250 bought nothing).
		const [first, second] = s.meta.endless.records;
		expect(first).toBeGreaterThan(from);
		expect(second).toBeGreaterThanOrEqual(first);
		expect(earned).toBeGreaterThan(1000);
		const pay1 = Math.ceil(earned / 10);
		const pay2 = Math.ceil((earned + pay1) / 10);
		expect(s.meta.moat.sub(moat).toNumber()).toBe(pay1 + pay2);
		// What the first paid buys the cheapest perk level the lab has not bought.
		expect(pay1).toBeGreaterThanOrEqual(cheapestPerk(s));
	});
});

describe('a played lab left alone in the endless epochs', () => {
	it('takes epochs while away with its Release manager and Run scheduler on', () => {
		// A day away, caught up as the game does. Before, auto-release held every model that took
		// an epoch for memory (a week away: 546 runs, no epoch) and the scheduler trained one size
		// up from a lucky model; now such a model is released, and the scheduler trains the size
		// whose runs take the next epoch soonest. Twelve draws (seeds 1–12): 1–4 epochs a day.
		const s = fixtureState('endless-played');
		const c = eraContent(s.eraId);
		s.meta.automation.run.on = true;
		s.meta.automation.release.on = true;
		const moat = s.meta.moat;
		advance(s, c, 24 * 3600);
		expect(s.meta.endless.epoch).toBeGreaterThanOrEqual(1);
		expect(s.meta.moat.gt(moat)).toBe(true);
		expect(s.cash.gt(0)).toBe(true);
		expect(powerCutLine(s, rates(s, c))).toBeNull();
	});
});

/** The cheapest level the lab could still buy of a perk that does something here. */
function cheapestPerk(s: GameState): number {
	const open = PERKS.filter(
		(p) => (s.meta.perks[p.id] ?? 0) < p.maxLevel && !perkIdle(s, p.id) && p.costRatio > 1
	);
	return Math.min(...open.map((p) => perkCost(s, p.id).toNumber()));
}
