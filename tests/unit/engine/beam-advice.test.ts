// The star card's one suggestion for the beam (beam-advice.ts). Playtest 34 tapped "Beam 18%: keep
// the spare for the run" twice: the first tap moved the beam there and brought "Beam 100%: sell the
// spare" into the same spot, and the second tap sold every watt, the opposite of the choice made.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	apply,
	beamAdvice,
	beamRun,
	beamToPower,
	cloneState,
	expectedRunTime,
	keptAllIncome,
	netIncome,
	rates,
	runSizesOffered,
	runTimeLeft,
	spareBothWays,
	type GameState
} from '../../../src/lib/engine';
import { fixtureState } from './helpers';

const c = eraContent('dyson');
const advice = (s: GameState) => beamAdvice(s, c, rates(s, c));

/** The playtester's lab: the browser fixture with two panels collecting, chips drawing beyond the
 * rings, a run under way and every watt kept at the star (the chips partly dark). */
function lab(beam: number): GameState {
	const s = fixtureState('dyson');
	s.dyson.panels = 2;
	s.hardware['matrioshka-shell'] = 17;
	expect(apply(s, c, { type: 'start-run', size: c.era.runSizes[0].id }).ok).toBe(true);
	expect(apply(s, c, { type: 'beam', share: beam }).ok).toBe(true);
	return s;
}

describe('the beam suggestion holds once followed (playtest 34)', () => {
	it('keeps the spare for the run; followed, it says to stay there, and a second tap changes nothing', () => {
		const s = lab(0);
		const fits = beamToPower(s, c, rates(s, c));
		expect(fits).toBeGreaterThan(0);
		expect(fits).toBeLessThan(1);
		const first = advice(s)!;
		expect(first.spare).toBe('keep');
		expect(first.here).toBe(false);
		// A whole percent that powers every chip.
		expect(first.beam).toBeGreaterThanOrEqual(fits);
		expect(first.beam).toBeLessThan(fits + 0.01);
		apply(s, c, { type: 'beam', share: first.beam });
		expect(rates(s, c).throttle).toBe(1);
		const then = advice(s)!;
		expect(then).toEqual({ ...first, here: true });
		// The double tap's second tap follows the suggestion the spot shows now: the beam stays.
		apply(s, c, { type: 'beam', share: then.beam });
		expect(s.dyson.beam).toBe(first.beam);
	});

	it('says the same whatever the beam is now: it weighs the lab, not the slider', () => {
		const s = lab(0);
		const first = advice(s)!;
		for (const beam of [0, 0.1, first.beam, 0.5, 0.99, 1]) {
			apply(s, c, { type: 'beam', share: beam });
			const now = advice(s)!;
			expect({ spare: now.spare, beam: now.beam }).toEqual({
				spare: first.spare,
				beam: first.beam
			});
			expect(now.here).toBe(beam === first.beam);
		}
	});

	it('sells the spare when powering every chip takes all but a sliver of the beam, and holds there', () => {
		// Chips drawing all but a sliver of the panels' watts: powering them all is beaming all.
		const s = lab(0.5);
		s.dyson.panels = 20;
		s.hardware['matrioshka-shell'] = 0;
		s.hardware.statite = 191;
		// A sliver: the star card says nothing of it (playtest 40), but the suggestion beams it.
		expect(spareBothWays(s, c, rates(s, c))?.sliver).toBe(true);
		expect(spareBothWays(lab(0.5), c, rates(lab(0.5), c))?.sliver).toBe(false);
		const sell = advice(s)!;
		expect(sell).toEqual({ spare: 'sell', beam: 1, here: false });
		apply(s, c, { type: 'beam', share: sell.beam });
		expect(advice(s)).toEqual({ ...sell, here: true });
	});

	it('none between runs (every watt is beamed) nor without a panel', () => {
		const s = lab(0);
		apply(s, c, { type: 'stop-run' });
		expect(advice(s)).toBeNull();
		expect(advice(fixtureState('dyson'))).toBeNull();
	});

	it("gives a run's time at the beam now and with every watt kept at the star, as the run would train (playtest 39)", () => {
		const s = fixtureState('endless-played');
		s.run = null;
		const size = runSizesOffered(s, c, rates(s, c)).at(-1)!;
		const run = beamRun(s, c, size)!;
		expect(run.now).toBe(expectedRunTime(s, c, rates(s, c), size));
		// The run started with every watt kept trains as fast as the kept figure says.
		const kept = cloneState(s);
		expect(apply(kept, c, { type: 'beam', share: 0 }).ok).toBe(true);
		expect(apply(kept, c, { type: 'start-run', size: size.id }).ok).toBe(true);
		expect(runTimeLeft(kept, rates(kept, c), c) / run.kept).toBeCloseTo(1, 6);
		expect(run.kept).toBeLessThan(run.now / 2);
		// No panels, or outside Dyson: nothing to weigh.
		expect(beamRun(fixtureState('dyson'), c, size)).toBeNull();
		const moon = fixtureState('moon');
		expect(beamRun(moon, eraContent('moon-mars'), size)).toBeNull();
	});

	// Playtest 42 kept every watt on the run card's word and came back six hours later to its
	// customers gone and the cash falling: the card says the income while the run trains so.
	it('says the income while a run trains with every watt kept: the chips dark, it falls', () => {
		const s = lab(1);
		s.run = null;
		const size = runSizesOffered(s, c, rates(s, c)).at(-1)!;
		const kept = keptAllIncome(s, c, size)!;
		expect(kept.lt(netIncome(s, c, rates(s, c)))).toBe(true);
		// As the run started at beam 0 earns.
		const t = cloneState(s);
		expect(apply(t, c, { type: 'start-run', size: size.id }).ok).toBe(true);
		t.dyson.beam = 0;
		expect(kept.eq(netIncome(t, c, rates(t, c)))).toBe(true);
		expect(keptAllIncome(fixtureState('garage'), eraContent('garage'), size)).toBeNull();
	});
});
