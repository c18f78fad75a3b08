// A perk whose effect waits for a next era is not sold where none comes (playtest 30 paid 1 Moat
// for Seed round's ×10 starting cash in the endless era).
import { describe, expect, it } from 'vitest';
import { ERAS, eraContent, PERKS } from '../../../src/lib/content';
import { apply, buyPerk, newGame, perkIdle } from '../../../src/lib/engine';
import { fixtureState } from './helpers';

const LAST = ERAS[ERAS.length - 1].id;
const seedRound = PERKS.find((p) => p.effects.some((e) => e.target === 'startCash'))!;

describe('a perk with nothing to act on', () => {
	it('refuses Seed round in the last era, and keeps the Moat', () => {
		const s = newGame(1, LAST);
		s.meta.moat = s.meta.moat.add(100);
		const moat = s.meta.moat.toNumber();
		expect(perkIdle(s, seedRound.id)).toBe(true);
		expect(buyPerk(s, seedRound.id)).toEqual({ ok: false, reason: 'last-era' });
		expect(s.meta.moat.toNumber()).toBe(moat);
		expect(s.meta.perks[seedRound.id] ?? 0).toBe(0);
	});

	it('refuses it in the endless era (endless.json), as an action too', () => {
		const s = fixtureState('endless');
		s.meta.moat = s.meta.moat.add(100);
		expect(apply(s, eraContent(s.eraId), { type: 'buy-perk', perk: seedRound.id })).toEqual({
			ok: false,
			reason: 'last-era'
		});
	});

	it('sells it in an era with one after it, and sells the last era the perks that act now', () => {
		const early = newGame(1, ERAS[ERAS.length - 2].id);
		early.meta.moat = early.meta.moat.add(100);
		expect(perkIdle(early, seedRound.id)).toBe(false);
		expect(buyPerk(early, seedRound.id)).toEqual({ ok: true });
		const last = newGame(1, LAST);
		last.meta.moat = last.meta.moat.add(1e6);
		// The Research director waits for the last goal (it acts only past it).
		for (const p of PERKS.filter((p) => p.id !== seedRound.id)) {
			expect(perkIdle(last, p.id)).toBe(false);
			expect(buyPerk(last, p.id)).toEqual(
				p.afterGoal ? { ok: false, reason: 'later-era' } : { ok: true }
			);
		}
		last.meta.finished = true;
		for (const p of PERKS.filter((p) => p.afterGoal))
			expect(buyPerk(last, p.id)).toEqual({ ok: true });
	});
});
