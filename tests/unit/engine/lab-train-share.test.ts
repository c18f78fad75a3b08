// The share of the lab's compute that trains the run (labTrainShare): the header's Compute tile
// and the run card's estimate say it alike. Playtest 23 (Moon and Mars, Mars farms training, the
// slider at 0) read "0% training" on the tile while Mars trained 78 % of the lab's FLOP/s, and
// "1m 49s at 1% training" on the run card.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	apply,
	Decimal,
	expectedRunTime,
	labCompute,
	labTrainShare,
	newGame,
	plannedTrainShare,
	rates,
	runTimeLeft,
	starRunFlops,
	type GameState
} from '../../../src/lib/engine';

const mm = eraContent('moon-mars');

/** A Moon and Mars lab with `farms` Mars farms and 100 Moon racks, the slider at `share`. */
function moonLab(farms: number, share: number): GameState {
	const s = newGame(1, 'moon-mars');
	s.cash = new Decimal('1e300');
	expect(apply(s, mm, { type: 'buy', hardware: 'mars-farm', count: 100 }).ok).toBe(true);
	apply(s, mm, { type: 'build-far', on: true });
	expect(apply(s, mm, { type: 'buy', hardware: 'mars-farm', count: farms }).ok).toBe(true);
	s.trainShare = share;
	return s;
}

const dy = eraContent('dyson');

/** A Dyson lab of 40 statites and 20 panels, beaming `beam` of their watts, the slider at `share`. */
function dysonLab(beam: number, share: number): GameState {
	const s = newGame(4, 'dyson');
	s.dyson.panels = 20;
	s.hardware.statite = 40;
	s.dyson.beam = beam;
	s.trainShare = share;
	return s;
}

describe("the share of the lab's compute that trains", () => {
	it('Moon and Mars at 0%: the far FLOP/s the run takes, over the lab’s compute', () => {
		const s = moonLab(300, 0);
		const size = mm.era.runSizes.at(-1)!;
		expect(apply(s, mm, { type: 'start-run', size: size.id }).ok).toBe(true);
		const r = rates(s, mm);
		expect(r.far.gt(0) && r.compute.gt(0)).toBe(true);
		const share = labTrainShare(r);
		// The largest run takes all of Mars (its light-delay cap is above it): Mars's part.
		expect(share).toBeCloseTo(r.far.div(labCompute(r)).toNumber(), 9);
		expect(share).toBeGreaterThan(0.5);
		expect(share).toBeLessThan(1);
	});

	it('Moon and Mars at 40%: the Moon’s 40 % and Mars, over both', () => {
		const s = moonLab(300, 0.4);
		expect(apply(s, mm, { type: 'start-run', size: mm.era.runSizes.at(-1)!.id }).ok).toBe(true);
		const r = rates(s, mm);
		const trained = r.compute.mul(0.4).add(r.far);
		expect(labTrainShare(r)).toBeCloseTo(trained.div(labCompute(r)).toNumber(), 9);
	});

	it('Dyson at 0%: the watts kept at the star train the run', () => {
		const s = dysonLab(0.25, 0);
		expect(apply(s, dy, { type: 'start-run', size: dy.era.runSizes.at(-1)!.id }).ok).toBe(true);
		const r = rates(s, dy);
		expect(r.far.gt(0)).toBe(true);
		expect(labTrainShare(r)).toBeCloseTo(r.far.div(labCompute(r)).toNumber(), 9);
	});

	// Playtest 41 read the header's "91% training" beside the slider's 50 %: the Lab says the
	// star's part apart (starRunFlops), and with it the slider's share and the star's make the
	// tile's.
	it('Dyson at 50%: the chips’ half and the star’s part make the tile’s share; beamed, none', () => {
		const c = dy;
		const s = dysonLab(0.5, 0.5);
		expect(starRunFlops(c, rates(s, c)).eq(0)).toBe(true); // no run: every watt is beamed
		expect(apply(s, c, { type: 'start-run', size: c.era.runSizes.at(-1)!.id }).ok).toBe(true);
		const r = rates(s, c);
		const star = starRunFlops(c, r);
		expect(star.gt(0)).toBe(true);
		const chips = r.trainRate.sub(star).div(r.compute.mul(r.mult.trainThroughput)).toNumber();
		expect(chips).toBeCloseTo(0.5, 6);
		expect(labTrainShare(r)).toBeGreaterThan(0.5);
		s.dyson.beam = 1;
		expect(starRunFlops(c, rates(s, c)).eq(0)).toBe(true);
		// Moon and Mars's far FLOP/s are Mars's, not the star's.
		const m = moonLab(300, 0);
		expect(apply(m, mm, { type: 'start-run', size: mm.era.runSizes.at(-1)!.id }).ok).toBe(true);
		expect(starRunFlops(mm, rates(m, mm)).eq(0)).toBe(true);
	});

	it('the Garage: the slider’s share with a run, 0 without', () => {
		const c = eraContent('garage');
		const s = newGame(1);
		s.trainShare = 0.3;
		expect(labTrainShare(rates(s, c))).toBe(0);
		expect(apply(s, c, { type: 'start-run', size: c.era.runSizes[0].id }).ok).toBe(true);
		expect(labTrainShare(rates(s, c))).toBeCloseTo(0.3, 9);
	});
});

describe("the run card's estimate at a 0% slider", () => {
	it('Moon and Mars: quoted at 0%, as Mars will train it, with the share the tile will say', () => {
		const s = moonLab(300, 0);
		const size = mm.era.runSizes.at(-1)!;
		const quoted = expectedRunTime(s, mm, rates(s, mm), size);
		const share = plannedTrainShare(s, mm, size);
		expect(apply(s, mm, { type: 'start-run', size: size.id }).ok).toBe(true);
		const r = rates(s, mm);
		expect(s.trainShare).toBe(0);
		expect(quoted / runTimeLeft(s, r, mm)).toBeCloseTo(1, 9);
		expect(share).toBeCloseTo(labTrainShare(r), 9);
		expect(share).toBeGreaterThan(0.5);
	});

	it('the Garage: nothing trains at 0%, so the card quotes 1%', () => {
		const c = eraContent('garage');
		const s = newGame(1);
		s.trainShare = 0;
		expect(plannedTrainShare(s, c, c.era.runSizes[0])).toBeCloseTo(0.01, 9);
	});
});
