// The run card's word on the era goal (engine/goal-forecast.ts). Playtest 20: Dyson's goal of
// 592 read out of reach beside a best model of 186, and nothing said what it takes.
import { describe, expect, it } from 'vitest';
import { eraContent, type RunSizeDef } from '../../../src/lib/content';
import {
	advance,
	apply,
	canResearch,
	capabilityBand,
	capabilityGain,
	cloneState,
	expectedRunTime,
	goalBar,
	goalForecast,
	PACE_HORIZON,
	rates,
	recipeBehind,
	researchCost,
	researchPace,
	runSizesOffered,
	suggestedRunSize,
	type GameState
} from '../../../src/lib/engine';
import { fixtureState } from './helpers';

/** Trains a run of `size` at the usual luck to its end, and returns the model it made. */
function trainAverage(s: GameState, size: RunSizeDef) {
	const c = eraContent(s.eraId);
	expect(apply(s, c, { type: 'start-run', size: size.id }).ok).toBe(true);
	s.run!.outcome = 1;
	const seconds = Math.ceil(expectedRunTime(s, c, rates(s, c), size));
	advance(s, c, seconds + 60);
	expect(s.run).toBeNull();
	return s.gate!;
}

/** A fixture's lab between runs with nothing to disturb a run: no event, no rival release. */
function calm(name: string): GameState {
	const s = fixtureState(name);
	s.run = null;
	s.gate = null;
	s.nextEventAt = 1e12;
	for (const rival of s.rivals) rival.nextReleaseAt = 1e12;
	return s;
}

describe('the goal forecast', () => {
	it("says what the next run makes and how far that is from Dyson's goal (playtest 20)", () => {
		const s = calm('dyson');
		const c = eraContent('dyson');
		const r = rates(s, c);
		const size = suggestedRunSize(s, c, r);
		const f = goalForecast(s, c, r, size)!;
		expect(f.need).toBe(c.era.goalCapability);
		expect(f.behind).toBe(0);
		// No size the fleet trains within a week reaches it: the biggest makes about 230.
		expect(f.reach).toBeNull();
		const offered = runSizesOffered(s, c, r);
		expect(capabilityBand(s, c, r, offered.at(-1)!).expected).toBeLessThan(f.need);
		// The run makes what the forecast said, at the usual luck.
		const made = trainAverage(s, size);
		expect(made.capability).toBeCloseTo(f.next, 6);
		expect(f.short).toBeCloseTo(c.era.goalCapability - made.capability, 6);
		expect(f.short).toBeGreaterThan(350);
	});

	it('in a run, counts the research done since it began into the next run at its size', () => {
		// Hyperscale's runs keep the algorithms they start with (experiments.ts recipeBehind).
		const s = calm('hyperscale');
		const c = eraContent('hyperscale');
		expect(s.research).not.toContain('data-curation');
		const size = suggestedRunSize(s, c, rates(s, c));
		expect(apply(s, c, { type: 'start-run', size: size.id }).ok).toBe(true);
		const before = goalForecast(s, c, rates(s, c), size)!;
		expect(before.behind).toBe(0);
		// Research lands mid-run (capability per FLOP ×2): this run keeps its recipe.
		s.research.push('data-curation');
		const r = rates(s, c);
		const f = goalForecast(s, c, r, size)!;
		expect(f.behind).toBe(recipeBehind(s, r));
		expect(f.behind).toBeCloseTo(3, 1);
		expect(f.next).toBeCloseTo(before.next + f.behind, 6);
		// This run ends on its recipe; the next at its size makes what the forecast said.
		s.run!.outcome = 1;
		advance(s, c, Math.ceil(expectedRunTime(s, c, r, size)) + 60);
		expect(s.gate!.capability).toBeCloseTo(before.next, 6);
		s.gate = null;
		expect(trainAverage(s, size).capability).toBeCloseTo(f.next, 6);
	});

	it("where a run ends with the lab's algorithms (Orbit), research mid-run goes into it", () => {
		// Orbit has no experiments: its runs keep no recipe (Hyperscale's and Dyson's do).
		const s = calm('orbit');
		const c = eraContent('orbit');
		expect(c.era.experiments).toBeUndefined();
		expect(s.research).not.toContain('data-curation');
		const size = suggestedRunSize(s, c, rates(s, c));
		expect(apply(s, c, { type: 'start-run', size: size.id }).ok).toBe(true);
		const before = goalForecast(s, c, rates(s, c), size)!;
		s.research.push('data-curation');
		const r = rates(s, c);
		const f = goalForecast(s, c, r, size)!;
		expect(f.behind).toBe(0);
		expect(f.next).toBeCloseTo(before.next + 3, 1);
		s.run!.outcome = 1;
		advance(s, c, Math.ceil(expectedRunTime(s, c, r, size)) + 60);
		expect(s.gate!.capability).toBeCloseTo(f.next, 6);
	});

	it('names the smallest size offered that reaches the goal, with its time', () => {
		const s = fixtureState('garage');
		s.run = null;
		const c = eraContent('garage');
		const r = rates(s, c);
		const offered = runSizesOffered(s, c, r);
		const f = goalForecast(s, c, r, offered[0])!;
		expect(f.need).toBe(goalBar(s, c).need);
		const reach = f.reach!;
		const expected = (z: RunSizeDef) => capabilityBand(s, c, r, z).expected;
		expect(expected(reach.size)).toBe(reach.expected);
		expect(reach.expected).toBeGreaterThanOrEqual(f.need);
		const at = offered.indexOf(reach.size);
		expect(expected(offered[at - 1])).toBeLessThan(f.need);
		expect(reach.time).toBe(expectedRunTime(s, c, r, reach.size));
		// A run that reaches the goal on average needs no forecast; nor a goal reached.
		expect(goalForecast(s, c, r, reach.size)).toBeNull();
		s.goalReached = true;
		expect(goalForecast(s, c, r, offered[0])).toBeNull();
	});

	it('with a rival past the goal, measures against what passes the rival', () => {
		const s = calm('dyson');
		const c = eraContent('dyson');
		const past = c.era.goalCapability + 12;
		s.rivals[0].capability = past;
		const r = rates(s, c);
		const f = goalForecast(s, c, r, suggestedRunSize(s, c, r))!;
		expect(f.need).toBeCloseTo(past + 0.1, 9);
		expect(f.need).toBe(goalBar(s, c).need);
	});

	it('says what research at this pace buys for the next run within the hour (playtest 22)', () => {
		// Playtest 22 read "each +10 takes ten times the FLOP" as Dyson's goal out of reach.
		const s = calm('dyson');
		const c = eraContent('dyson');
		s.researchers = 20;
		const r = rates(s, c);
		expect(r.insightRate.gt(0)).toBe(true);
		const f = goalForecast(s, c, r, suggestedRunSize(s, c, r))!;
		expect(f.research).toEqual(researchPace(s, c, r));
		const { hour, next, researching } = f.research;
		expect(researching).toBe(true);
		// The insight of the hour, spent on capability per FLOP, the cheapest project first: the
		// lab's algorithms then add `hour` points to a run.
		const t = cloneState(s);
		t.insight = s.insight.add(r.insightRate.mul(PACE_HORIZON));
		const algos = [...c.research.values()].filter((d) =>
			d.effects.some((e) => e.target === 'algoEfficiency')
		);
		const refusal = (id: string) => {
			const check = canResearch(t, c, id);
			return check.ok ? '' : check.reason;
		};
		const bought: string[] = [];
		for (;;) {
			const cheapest = algos
				.filter((d) => !['locked', 'already-done'].includes(refusal(d.id)))
				.sort((a, b) => researchCost(t, c, a.id).cmp(researchCost(t, c, b.id)))[0];
			if (!cheapest || !canResearch(t, c, cheapest.id).ok) break;
			expect(apply(t, c, { type: 'research', project: cheapest.id }).ok).toBe(true);
			bought.push(cheapest.name);
		}
		const gained = capabilityGain(rates(t, c).mult.algoEfficiency / r.mult.algoEfficiency);
		expect(gained).toBeGreaterThan(10);
		expect(hour).toBeCloseTo(gained, 9);
		// The first of them is affordable in `wait` seconds of insight at this rate.
		expect(next!.name).toBe(bought[0]);
		const first = [...c.research.values()].find((d) => d.name === bought[0])!;
		expect(next!.wait).toBeCloseTo(
			researchCost(s, c, first.id).sub(s.insight).div(r.insightRate).toNumber(),
			6
		);
	});

	it("says how long research's next point is away, and nothing comes without researchers", () => {
		const s = calm('dyson');
		const c = eraContent('dyson');
		// No one at work: no insight comes in, and nothing is in reach.
		expect(researchPace(s, c, rates(s, c))).toEqual({ hour: 0, next: null, researching: false });
		// The tree done but the repeatable project, whose next level is a while away.
		s.researchers = 1;
		for (const d of c.research.values())
			if (!d.repeatable && !s.research.includes(d.id)) s.research.push(d.id);
		s.research.push(...Array(12).fill('algorithmic-advances'));
		const r = rates(s, c);
		const p = researchPace(s, c, r);
		expect(p.hour).toBe(0);
		const cost = researchCost(s, c, 'algorithmic-advances');
		expect(p.next!.name).toBe('Algorithmic advances');
		expect(p.next!.gain).toBeCloseTo(capabilityGain(1.5), 9);
		expect(p.next!.wait).toBeCloseTo(cost.sub(s.insight).div(r.insightRate).toNumber(), 6);
		expect(p.next!.wait).toBeGreaterThan(PACE_HORIZON);
	});
});
