// The run card offers the sizes worth running: the later eras list some fifty, most of them
// years away at the lab's pace (the playtest scrolled past "Everything ×3·10¹⁶").
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	apply,
	cloneState,
	largestRunWithin,
	newGame,
	noRunBeats,
	oneSizeUp,
	rates,
	runSizesOffered,
	capabilityBand,
	runTimeLeft,
	type GameState
} from '../../../src/lib/engine';
import { fixtureState as fixture } from './helpers';

describe('run sizes offered', () => {
	it.each(['garage', 'mid-game', 'cloud', 'orbit', 'late-era', 'dyson'])(
		'%s: a short list around one size up, holding what a player would run in a day',
		(name) => {
			const s = name === 'garage' ? newGame(1) : fixture(name);
			const c = eraContent(s.eraId);
			const r = rates(s, c);
			const offered = runSizesOffered(s, c, r);
			const all = c.era.runSizes;
			expect(offered).toContain(oneSizeUp(s, c));
			expect(offered).toContain(largestRunWithin(s, c, r, 1, 86_400));
			// Nothing offered takes more than a week of the whole fleet, but what is two above
			// one size up; the next size up would.
			const up = all.indexOf(oneSizeUp(s, c));
			for (const z of offered) if (all.indexOf(z) > up + 2) expect(weekRun(s, z.id)).toBe(true);
			const next = all[all.indexOf(offered[offered.length - 1]) + 1];
			if (next && all.indexOf(next) > up + 2) expect(weekRun(s, next.id)).toBe(false);
			expect(offered.length).toBeLessThanOrEqual(20);
			if (all.length > 25) expect(offered.length).toBeLessThan(all.length / 2);
		}
	);

	it('late-era: no size offered beats the best model, and the first that would is named with its time (playtest 5)', () => {
		const s = fixture('late-era');
		const c = eraContent(s.eraId);
		const r = rates(s, c);
		const offered = runSizesOffered(s, c, r);
		const top = Math.max(s.model.capability, s.gate?.capability ?? 0);
		for (const z of offered) expect(capabilityBand(s, c, r, z).expected).toBeLessThan(top);
		const n = noRunBeats(s, c, r)!;
		expect(n.model.capability).toBe(top);
		expect(n.best).toBe(offered[offered.length - 1]);
		expect(n.first).not.toBeNull();
		expect(n.firstExpected).toBeGreaterThan(top);
		// Past the week a size is offered for.
		expect(n.firstTime).toBeGreaterThan(7 * 86_400);
		expect(offered).not.toContain(n.first);
		expect(n.lastEra).toBe(false);
		// A new game's first sizes beat its starter model: nothing to say.
		const g = newGame(1);
		expect(noRunBeats(g, eraContent('garage'), rates(g, eraContent('garage')))).toBeNull();
	});

	// Playtest 30: endless.json read "its next step is the next era" in the last era.
	it('in the last era, says no era comes after this one', () => {
		const s = fixture('endless');
		const c = eraContent(s.eraId);
		s.model = { ...s.model, capability: s.model.capability + 1000 };
		const n = noRunBeats(s, c, rates(s, c))!;
		expect(n.first).toBeNull();
		expect(n.lastEra).toBe(true);
	});

	it('Dyson: the star’s kept watts count, so a lab keeping watts is offered the bigger runs they finish within a week', () => {
		const s = newGame(4, 'dyson');
		const c = eraContent('dyson');
		s.dyson.panels = 20;
		s.hardware.statite = 40;
		s.dyson.beam = 1;
		const beamAll = runSizesOffered(s, c, rates(s, c));
		s.dyson.beam = 0.1;
		const keep = runSizesOffered(s, c, rates(s, c));
		expect(keep.length).toBeGreaterThan(beamAll.length);
		// Every size offered past two above one size up does finish within a week, started now.
		const up = c.era.runSizes.indexOf(oneSizeUp(s, c));
		const far = keep.filter((z) => c.era.runSizes.indexOf(z) > up + 2);
		expect(far.length).toBeGreaterThan(0);
		for (const z of far) expect(weekRun(s, z.id)).toBe(true);
	});
});

/** Whether a run of this size, started now with the whole fleet training, ends within a week
 * (the engine's own time left once it runs). */
function weekRun(from: GameState, size: string): boolean {
	const s = cloneState(from);
	const c = eraContent(s.eraId);
	s.trainShare = 1;
	s.run = null;
	expect(apply(s, c, { type: 'start-run', size }).ok).toBe(true);
	return runTimeLeft(s, rates(s, c), c) <= 7 * 86_400;
}

describe('run size names', () => {
	// The run card and the Era tab write "<name> run" (playtest 22 read "Everything run run").
	it('no size is named with "run": the screens add it', () => {
		for (const era of ['garage', 'dyson'])
			for (const size of eraContent(era).era.runSizes)
				expect(size.name, size.id).not.toMatch(/\brun$/i);
	});
});
