// Automation opens over the eras, at most two per era, each bought with Moat once its era comes.
import { describe, expect, it } from 'vitest';
import { ERAS, PERKS } from '../../../src/lib/content';
import { Decimal, buyPerk, newGame, perkOpen } from '../../../src/lib/engine';

describe('automation across eras', () => {
	const automation = PERKS.filter((p) => p.unlocks);

	it('no era opens more than two automations, and the Garage opens none', () => {
		for (const era of ERAS) {
			const opened = automation.filter((p) => (p.fromEra ?? 1) === era.index);
			expect(opened.length).toBeLessThanOrEqual(2);
		}
		expect(automation.every((p) => (p.fromEra ?? 1) > 1)).toBe(true);
		expect(new Set(automation.map((p) => p.fromEra)).size).toBeGreaterThan(1);
	});

	it('a perk is refused before its era and sold from it on', () => {
		for (const perk of automation) {
			const early = ERAS[perk.fromEra! - 2];
			const s = newGame(1, early.id);
			s.meta.moat = new Decimal(1000);
			expect(perkOpen(s, perk.id)).toBe(false);
			expect(buyPerk(s, perk.id)).toEqual({ ok: false, reason: 'later-era' });
			expect(s.meta.perks[perk.id] ?? 0).toBe(0);
			const t = newGame(1, ERAS[perk.fromEra! - 1].id);
			t.meta.moat = new Decimal(1000);
			expect(buyPerk(t, perk.id)).toEqual({ ok: true });
		}
	});
});
