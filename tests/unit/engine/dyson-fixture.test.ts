// The browser tests' Dyson lab (tests/fixtures/e2e/dyson.json) holds the Moat a played lab brings
// there (scripts/save-fixture.ts): playtest 44 loaded it with 0 Moat and could not try Dyson's
// automations.
import { describe, expect, it } from 'vitest';
import { PERKS } from '../../../src/lib/content';
import { buyPerk, perkCost, perkOpen } from '../../../src/lib/engine';
import { fixtureState } from './helpers';

describe('the Dyson fixture', () => {
	it("buys every automation Dyson offers from its Moat, the Star steward's too", () => {
		const s = fixtureState('dyson');
		expect(s.eraId).toBe('dyson');
		expect(s.meta.moatEarned.gte(s.meta.moat)).toBe(true);
		const open = PERKS.filter((p) => p.unlocks && perkOpen(s, p.id));
		expect(open.map((p) => p.unlocks)).toContain('beam');
		const held = s.meta.moat;
		const total = open.reduce((sum, p) => sum.add(perkCost(s, p.id)), held.mul(0));
		for (const p of open) expect(buyPerk(s, p.id)).toEqual({ ok: true });
		expect(s.meta.moat.eq(held.sub(total))).toBe(true);
	});
});
