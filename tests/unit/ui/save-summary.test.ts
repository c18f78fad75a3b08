// The import question names the lab a save holds (shell/save-preview.ts saveSummary).
import { describe, expect, it } from 'vitest';
import { newGame } from '../../../src/lib/engine';
import { saveSummary } from '../../../src/lib/ui/shell/save-preview';
import { fixtureState } from '../engine/helpers';

describe('the lab an import would load, in words', () => {
	it('names a new game’s era and starter model, and no "0 released models"', () => {
		const s = newGame(1);
		const text = saveSummary(s);
		expect(text).toContain('the Garage era');
		expect(text).toContain(`serving ${s.model.name}`);
		expect(text).not.toMatch(/\b0 models?\b|released/);
	});
	it('counts the models a lab released this era, one or many', () => {
		const s = fixtureState('hyperscale');
		s.stats.modelsReleased = 1;
		expect(saveSummary(s)).toMatch(/the Hyperscale era .*, and 1 model released this era$/);
		s.stats.modelsReleased = 12;
		expect(saveSummary(s)).toMatch(/, and 12 models released this era$/);
	});
});
