// The leader's headwind at the moment of a release: a player who releases into the lead makes
// the challenger answer at once (sooner, never later), not a whole cadence later.
import { describe, expect, it } from 'vitest';
import { apply, newGame, playerLeads } from '../../../src/lib/engine';
import { garage } from './helpers';

describe("the challenger's answer to a player who takes the lead", () => {
	it.each([1, 2, 3, 4, 5])(
		'seed %i: the strongest rival plans a release no later than before, and most often sooner',
		(seed) => {
			const s = newGame(seed);
			s.gate = { ...s.model, name: 'Ember-1', capability: 30 };
			const top = () => s.rivals.reduce((a, b) => (b.capability > a.capability ? b : a));
			const before = { at: top().nextReleaseAt, cap: top().nextCapability };
			expect(apply(s, garage, { type: 'release' }).ok).toBe(true);
			expect(playerLeads(s)).toBe(true);
			expect(top().nextReleaseAt).toBeLessThanOrEqual(before.at);
			// A clear lead (more than a stride): the challenger also plans a bigger step.
			expect(top().nextCapability).toBeGreaterThanOrEqual(before.cap);
		}
	);

	it('sooner on most seeds (the rule does something)', () => {
		let sooner = 0;
		for (let seed = 0; seed < 20; seed++) {
			const s = newGame(seed);
			const top = s.rivals.reduce((a, b) => (b.capability > a.capability ? b : a));
			const at = top.nextReleaseAt;
			s.gate = { ...s.model, name: 'Ember-1', capability: 30 };
			apply(s, garage, { type: 'release' });
			if (top.nextReleaseAt < at) sooner += 1;
		}
		expect(sooner).toBeGreaterThanOrEqual(15);
	});
});
