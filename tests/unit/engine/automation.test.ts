// Automation opens over the eras, at most two per era, each bought with Moat once its era comes.
import { describe, expect, it } from 'vitest';
import { ERAS, PERKS, eraContent } from '../../../src/lib/content';
import {
	Decimal,
	advance,
	autoReleaseHeld,
	buyPerk,
	newGame,
	perkOpen,
	rates
} from '../../../src/lib/engine';

const RELEASE_PERK = PERKS.find((p) => p.unlocks === 'release')!.id;

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

describe('auto-release and memory', () => {
	it('holds a model that would serve at under half speed, and says so; releases it once it fits', () => {
		const c = eraContent('cloud');
		const s = newGame(1, 'cloud');
		s.meta.perks[RELEASE_PERK] = 1;
		s.meta.automation.release.on = true;
		const fits = rates(s, c).memory.div(c.era.servingBytesPerParam);
		// Far more parameters than the fleet holds: well under half its speed.
		s.gate = { ...s.model, name: 'Big', capability: s.model.capability + 5, params: fits.mul(16) };
		expect(autoReleaseHeld(s, c, rates(s, c))).toBe(true);
		advance(s, c, 60);
		expect(s.gate?.name).toBe('Big');
		// The same gain in a model that fits: released at the next step, and nothing is held.
		s.gate = { ...s.gate!, params: fits.div(2) };
		expect(autoReleaseHeld(s, c, rates(s, c))).toBe(false);
		advance(s, c, 1);
		expect(s.gate).toBeNull();
		expect(s.model.name).toBe('Big');
		expect(autoReleaseHeld(s, c, rates(s, c))).toBe(false);
	});
});
