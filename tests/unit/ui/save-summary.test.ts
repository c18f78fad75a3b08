// The import question names the lab a save holds (shell/save-preview.ts saveSummary).
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import { advance, newGame } from '../../../src/lib/engine';
import { saveCashOut, saveSummary } from '../../../src/lib/ui/shell/save-preview';
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

	it('says when the cash runs out on loading, and a lab broke already', () => {
		// Playtest 37: "$2.50e311 cash … Its income: −$2.81e331/s", then a lab at $1.01e331.
		const s = fixtureState('endless');
		expect(saveCashOut(s)).toBe(
			' Its cash runs out within 1s of loading; then the lab is broke: researchers down tools and the grid cuts power to its chips.'
		);
		advance(s, eraContent(s.eraId), 60);
		expect(s.idle).toBe(true);
		expect(saveCashOut(s)).toMatch(/^ Its cash ran out before it was saved: the lab is broke/);
		// A lab whose cash holds says nothing.
		expect(saveCashOut(newGame(1))).toBe('');
		expect(saveCashOut(fixtureState('hyperscale'))).toBe('');
	});
});
