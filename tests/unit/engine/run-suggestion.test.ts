// Why the run card suggests its size, and what a shorter run would give (engine/run-suggestion.ts).
// Playtest 20: after a release the picker suggested a 1h 48m run, the first size expected to
// beat the model just released, and nothing said why a shorter one was not.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	advance,
	apply,
	capabilityBand,
	expectedRunTime,
	noRunBeats,
	rates,
	runSizesOffered,
	runSuggestion,
	suggestedRunSize,
	type GameState
} from '../../../src/lib/engine';
import { fixtureState } from './helpers';

const c = eraContent('garage');

/** The Garage fixture after training a run one size up at `outcome` luck and releasing it. */
function released(outcome: number): GameState {
	const s = fixtureState('garage');
	s.run = null;
	s.gate = null;
	s.nextEventAt = 1e12;
	for (const rival of s.rivals) rival.nextReleaseAt = 1e12;
	const size = suggestedRunSize(s, c, rates(s, c));
	expect(apply(s, c, { type: 'start-run', size: size.id }).ok).toBe(true);
	s.run!.outcome = outcome;
	advance(s, c, Math.ceil(expectedRunTime(s, c, rates(s, c), size)) + 60);
	expect(apply(s, c, { type: 'release' }).ok).toBe(true);
	expect(s.model.flop.toNumber()).toBe(size.flop);
	return s;
}

describe('the run suggested', () => {
	it('after a release at the usual luck: the shortest run that beats it, the one below only with luck', () => {
		const s = released(1);
		const r = rates(s, c);
		const why = runSuggestion(s, c, r)!;
		expect(why.size).toBe(suggestedRunSize(s, c, r));
		expect(why.model).toEqual(s.model);
		expect(why.waiting).toBe(false);
		expect(why.why).toBe('beats');
		// The size below is the one that trained the model: it makes about the same again.
		const offered = runSizesOffered(s, c, r);
		expect(why.shorter.size).toBe(offered[offered.indexOf(why.size) - 1]);
		expect(why.shorter.size.flop).toBe(s.model.flop.toNumber());
		const band = capabilityBand(s, c, r, why.shorter.size);
		expect(why.shorter.expected).toBe(band.expected);
		expect(why.shorter.expected).toBeLessThanOrEqual(s.model.capability);
		expect(why.shorter.high).toBe(band.high);
		expect(why.shorter.high).toBeGreaterThan(s.model.capability);
		expect(why.shorter.time).toBe(expectedRunTime(s, c, r, why.shorter.size));
		// The size suggested takes √10 times as long, and beats it on average.
		expect(expectedRunTime(s, c, r, why.size) / why.shorter.time).toBeCloseTo(Math.sqrt(10), 1);
		expect(capabilityBand(s, c, r, why.size).expected).toBeGreaterThan(s.model.capability);
	});

	it("after an unlucky release: one size up from the model's run, the one below beating it too", () => {
		const s = released(0.9);
		const r = rates(s, c);
		const why = runSuggestion(s, c, r)!;
		expect(why.why).toBe('up');
		expect(why.shorter.size.flop).toBe(s.model.flop.toNumber());
		expect(why.shorter.expected).toBeGreaterThan(s.model.capability);
	});

	it('against a better model waiting at the gate', () => {
		const s = released(1);
		s.gate = { ...s.model, name: 'Ember-9', capability: s.model.capability + 3 };
		const r = rates(s, c);
		const why = runSuggestion(s, c, r)!;
		expect(why.model).toEqual(s.gate);
		expect(why.waiting).toBe(true);
		expect(why.size).toBe(suggestedRunSize(s, c, r));
		expect(why.shorter.expected).toBeLessThanOrEqual(s.gate.capability);
	});

	it('says nothing of the shortest size offered, nor where no size beats the model', () => {
		const dyson = fixtureState('dyson');
		const d = eraContent('dyson');
		const r = rates(dyson, d);
		expect(suggestedRunSize(dyson, d, r)).toBe(runSizesOffered(dyson, d, r)[0]);
		expect(runSuggestion(dyson, d, r)).toBeNull();
		const late = fixtureState('late-era');
		late.run = null;
		const l = eraContent(late.eraId);
		const rl = rates(late, l);
		expect(noRunBeats(late, l, rl)).not.toBeNull();
		expect(runSuggestion(late, l, rl)).toBeNull();
	});
});
