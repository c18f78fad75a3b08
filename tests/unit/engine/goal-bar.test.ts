// What the era goal asks of the next release: the goal, or just above a rival that leads at or
// past it. The screens read goalBar and takesGoal; a release applies takesGoal: the two agree.
import { describe, expect, it } from 'vitest';
import { apply, cloneState, gateGoal, goalBar, newGame, takesGoal } from '../../../src/lib/engine';
import { garage } from './helpers';

const goal = garage.era.goalCapability;

/** A Garage lab with a model of `gate` at the gate and the strongest rival at `rival`. */
function lab(gate: number, rival: number) {
	const s = newGame(3);
	s.rivals[0].capability = rival;
	s.rivals[0].modelName = 'Tern-7';
	for (const r of s.rivals.slice(1)) r.capability = Math.min(r.capability, rival - 1);
	s.gate = { ...s.model, name: 'Ember-9', capability: gate };
	return s;
}

/** Whether releasing the gate's model takes the goal (the engine's own answer). */
function releaseTakes(s: ReturnType<typeof newGame>): boolean {
	const copy = cloneState(s);
	expect(apply(copy, garage, { type: 'release' }).ok).toBe(true);
	return copy.goalReached;
}

describe('the era goal with the rivals where they are', () => {
	it('asks for the goal while no rival is at it', () => {
		const s = lab(goal, goal - 3);
		expect(goalBar(s, garage)).toMatchObject({ goal, need: goal, leader: null });
		expect(takesGoal(s, garage, goal)).toBe(true);
		expect(takesGoal(s, garage, goal - 0.1)).toBe(false);
	});

	it('asks for a tenth above a rival that leads past the goal, and names it', () => {
		const s = lab(goal + 2, goal + 4.3);
		const bar = goalBar(s, garage);
		expect(bar.need).toBe(goal + 4.4);
		expect(bar.leader?.model).toBe('Tern-7');
		expect(bar.leader?.capability).toBe(goal + 4.3);
		// Over the goal but behind: no new era.
		expect(takesGoal(s, garage, goal + 2)).toBe(false);
		expect(takesGoal(s, garage, goal + 4.3)).toBe(false);
		expect(takesGoal(s, garage, bar.need)).toBe(true);
	});

	it('a rival exactly at the goal leads it: a model at the goal ties and does not pass', () => {
		const s = lab(goal, goal);
		expect(goalBar(s, garage).need).toBe(goal + 0.1);
		expect(takesGoal(s, garage, goal)).toBe(false);
	});

	it.each([
		[goal - 1, goal - 3],
		[goal, goal - 3],
		[goal + 2, goal + 4.3],
		[goal + 4.4, goal + 4.3],
		[goal, goal],
		[goal + 0.1, goal]
	])(
		'a release of %f with the rival at %f takes the goal exactly when takesGoal says so',
		(g, r) => {
			const s = lab(g, r);
			expect(releaseTakes(s)).toBe(takesGoal(s, garage, g));
			// The gate's line: nothing below the goal; else whether it takes it, or who leads.
			const line = gateGoal(s, garage);
			if (g < goal) expect(line).toBeNull();
			else if (releaseTakes(s)) expect(line).toEqual({ takes: true });
			else expect(line).toMatchObject({ takes: false, leader: { model: 'Tern-7', capability: r } });
		}
	);

	it('asks nothing once the goal is met', () => {
		const s = lab(goal + 10, goal - 3);
		s.goalReached = true;
		expect(takesGoal(s, garage, goal + 10)).toBe(false);
		expect(gateGoal(s, garage)).toBeNull();
	});
});
