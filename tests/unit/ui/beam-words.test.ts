// The star's beam slider, end to end (ui/fleet/beam-words.ts): playtest 20 could not tell which
// end kept the watts at the star and which beamed them (its value was the share kept, so a drag
// toward "Beam" kept more).
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import { apply, beamAdvice, rates } from '../../../src/lib/engine';
import {
	beamAdviceText,
	beamFromSlider,
	beamSliderValue,
	beamWords
} from '../../../src/lib/ui/fleet/beam-words';
import { fixtureState } from '../engine/helpers';

describe('the beam slider', () => {
	it('runs from keeping every watt (its left end, 0) to beaming every watt (its right end, 100)', () => {
		expect(beamFromSlider(0)).toBe(0);
		expect(beamFromSlider(100)).toBe(1);
		expect(beamSliderValue(1)).toBe(100);
		expect(beamSliderValue(0)).toBe(0);
		// Moving right beams more.
		expect(beamFromSlider(70)).toBeGreaterThan(beamFromSlider(30));
		for (const beam of [0, 0.05, 0.3, 0.7, 0.95, 1])
			expect(beamFromSlider(beamSliderValue(beam))).toBeCloseTo(beam, 9);
		// Past its ends it stays at them.
		expect(beamFromSlider(130)).toBe(1);
		expect(beamFromSlider(-5)).toBe(0);
	});

	it('names its ends and says where the watts of the current split go', () => {
		const words = beamWords(0.7);
		expect(words.ends).toEqual(['keep all', 'beam all']);
		expect(`${words.keep} ${words.keepWhere}`).toBe('Keep 30% at the star');
		expect(`${words.beam} ${words.beamWhere}`).toBe('Beam 70% to the fleet');
		expect(words.valueText).toBe('70% beamed to the fleet, 30% kept at the star');
		// The two shares always make the whole (a beam of 0.333 reads 33% and 67%).
		const third = beamWords(1 / 3);
		expect(third.beam).toBe('Beam 33%');
		expect(third.keep).toBe('Keep 67%');
	});
});

describe("the star card's suggestion", () => {
	// Playtest 34 double-tapped "Beam 18%: keep the spare for the run": the first tap brought "Beam
	// 100%: sell the spare" into its spot and the second sold every watt.
	it('followed, its button says what the beam does now, at the same beam: no opposite in its spot', () => {
		const c = eraContent('dyson');
		const s = fixtureState('dyson');
		s.dyson.panels = 2;
		s.hardware['matrioshka-shell'] = 17;
		apply(s, c, { type: 'start-run', size: c.era.runSizes[0].id });
		apply(s, c, { type: 'beam', share: 0 });
		const before = beamAdvice(s, c, rates(s, c))!;
		const at = beamSliderValue(before.beam);
		expect(beamAdviceText(before)).toBe(
			`Beam ${at}%: power every chip, keep the spare for the run`
		);
		apply(s, c, { type: 'beam', share: beamFromSlider(at) });
		const after = beamAdvice(s, c, rates(s, c))!;
		expect(after.here).toBe(true);
		expect(beamAdviceText(after)).toBe(`Beaming ${at}%: the spare trains the run`);
		expect(beamAdviceText({ spare: 'sell', beam: 1, here: false })).toBe(
			'Beam 100%: sell the spare'
		);
		expect(beamAdviceText({ spare: 'sell', beam: 1, here: true })).toBe(
			'Beaming 100%: Earth buys the spare'
		);
	});
});
