// Auto-start runs throws away a finished model no better than the one served (the gate's
// Discard); the news says so (playtest 10 saw Atlas-92, then Atlas-94, and nothing about 93).
import { describe, expect, it } from 'vitest';
import { advance } from '../../../src/lib/engine';
import { fixtureState, garage } from './helpers';

describe('auto-discard', () => {
	it('says which model it threw away, and why', () => {
		const s = fixtureState('garage');
		s.meta.perks['run-scheduler'] = 1;
		s.run = null;
		s.gate = { ...s.model, name: 'Ember-Worse', capability: s.model.capability - 2 };
		expect(s.news.some((n) => n.kind === 'auto-discard')).toBe(false);
		advance(s, garage, 1);
		expect(s.gate?.name).not.toBe('Ember-Worse');
		const said = s.news.find((n) => n.kind === 'auto-discard');
		expect(said?.text).toContain('Ember-Worse');
		expect(said?.text).toContain(`capability ${(s.model.capability - 2).toFixed(1)}`);
	});
});
