// When the era goal would be reached at this pace (engine/goal-eta.ts). Playtest 23: the goal
// forecast said what research buys within the hour, never "the goal in about N h".
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	advance,
	apply,
	ETA_HORIZON,
	goalBar,
	goalEta,
	goalForecast,
	rates,
	runSizesOffered,
	suggestedRunSize,
	type GameState
} from '../../../src/lib/engine';
import { capabilityPlan } from '../../../src/lib/engine/research-plan';
import { fixtureState } from './helpers';

/** A fixture's lab with nothing to disturb it: no event, no rival release, no automation. */
function calm(name: string, researchers?: number): GameState {
	const s = fixtureState(name);
	s.nextEventAt = 1e12;
	for (const rival of s.rivals) rival.nextReleaseAt = 1e12;
	for (const rule of Object.values(s.meta.automation)) rule.on = false;
	if (researchers !== undefined) s.researchers = researchers;
	return s;
}

/** Plays the estimate's plan: the run under way to its end, the research as the insight comes
 * in, then the run it names at the usual luck, released. Returns the seconds it took. */
function playPlan(s: GameState): number {
	const c = eraContent(s.eraId);
	const eta = goalEta(s, c, rates(s, c))!;
	const begin = s.tick;
	advance(s, c, Math.ceil(eta.start));
	// The run under way ended: its model is not the goal's (the forecast's run is the next).
	if (s.gate) expect(apply(s, c, { type: 'discard' }).ok).toBe(true);
	expect(s.goalReached).toBe(false);
	for (const project of eta.research)
		expect(apply(s, c, { type: 'research', project }).ok, project).toBe(true);
	expect(apply(s, c, { type: 'start-run', size: eta.size.id }).ok).toBe(true);
	s.run!.outcome = 1;
	while (!s.gate && s.tick - begin < 2 * ETA_HORIZON) advance(s, c, 10);
	expect(apply(s, c, { type: 'release' }).ok).toBe(true);
	expect(s.model.capability).toBeGreaterThanOrEqual(goalBar(s, c).need);
	expect(s.goalReached).toBe(true);
	return s.tick - begin;
}

describe('the era goal at this pace', () => {
	it('is reached, playing its plan, when it said (research first, a run under way)', () => {
		const s = calm('garage');
		const c = eraContent(s.eraId);
		const r = rates(s, c);
		expect(s.run).not.toBeNull();
		const eta = goalEta(s, c, r)!;
		// No run offered reaches the goal without research: the estimate waits for some.
		expect(goalForecast(s, c, r, suggestedRunSize(s, c, r))).not.toBeNull();
		expect(eta.research.length).toBeGreaterThan(0);
		expect(eta.start).toBeGreaterThan(0);
		expect(eta.expected).toBeGreaterThanOrEqual(goalBar(s, c).need);
		const took = playPlan(s);
		expect(Math.abs(took - eta.seconds)).toBeLessThanOrEqual(Math.max(30, eta.seconds * 0.02));
	});

	it('between runs, from the run alone when no research is needed', () => {
		const s = calm('garage', 0);
		s.run = null;
		s.gate = null;
		const c = eraContent(s.eraId);
		const r = rates(s, c);
		const eta = goalEta(s, c, r)!;
		const f = goalForecast(s, c, r, runSizesOffered(s, c, r)[0])!;
		// It is the smallest size that reaches the goal, now: the forecast's own.
		expect(eta.research).toEqual([]);
		expect(eta.start).toBe(0);
		expect(eta.size).toBe(f.reach!.size);
		expect(eta.seconds).toBe(f.reach!.time);
		expect(f.eta).toEqual(eta);
		const took = playPlan(s);
		expect(Math.abs(took - eta.seconds)).toBeLessThanOrEqual(Math.max(30, eta.seconds * 0.02));
	});

	it('comes no later for a faster lab: more researchers, or a run under way nearer its end', () => {
		const at = (researchers: number) => {
			const s = calm('garage', researchers);
			return goalEta(s, eraContent(s.eraId), rates(s, eraContent(s.eraId)))!.seconds;
		};
		const slow = at(7);
		const faster = at(20);
		const fastest = at(200);
		expect(faster).toBeLessThan(slow);
		expect(fastest).toBeLessThan(faster);
		const s = calm('garage');
		const c = eraContent(s.eraId);
		const before = goalEta(s, c, rates(s, c))!;
		advance(s, c, 60);
		const later = goalEta(s, c, rates(s, c))!;
		expect(later.seconds).toBeCloseTo(before.seconds - 60, -1);
	});

	it('names more projects with nothing bought only once those it named are all affordable, and says how many are (playtest 44)', () => {
		// Playtest 44 read "3 research projects first", later "5 … first", having bought nothing:
		// the estimate is the quickest plan from now, and insight left unspent makes a longer one
		// (more projects, then a smaller run) quicker.
		const s = calm('garage');
		s.run = null;
		s.gate = null;
		const c = eraContent(s.eraId);
		let before = goalEta(s, c, rates(s, c))!;
		let grew = 0;
		for (let t = 0; t < 4 * 3600; t += 60) {
			advance(s, c, 60);
			const eta = goalEta(s, c, rates(s, c));
			if (!eta) break;
			// The plan's first projects the insight in hand pays for (capabilityPlan's order).
			const plan = [...capabilityPlan(s, c, eta.research.length)];
			expect(eta.affordable).toBe(plan.filter((p) => !p.spent.gt(s.insight)).length);
			if (eta.research.length > before.research.length) {
				grew++;
				// It grew from a plan whose projects the player could all have bought.
				expect(before.affordable).toBe(before.research.length);
			}
			before = eta;
		}
		expect(grew).toBeGreaterThan(0);
	});

	it('says none within a day when no run and no research at this pace gets there', () => {
		// Dyson's goal is hundreds of points past the runs its fleet makes.
		const s = calm('dyson', 20);
		const c = eraContent(s.eraId);
		const r = rates(s, c);
		expect(goalEta(s, c, r)).toBeNull();
		expect(goalForecast(s, c, r, suggestedRunSize(s, c, r))!.eta).toBeNull();
	});
});
