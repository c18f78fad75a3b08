// Onboarding hints: one at a time, finished by doing, and none for a lab past its first era.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import { newGame, rates, setTrainShare, startNewEra, startRun } from '../../../src/lib/engine';
import { HINTS, hintState } from '../../../src/lib/ui/hints/hints';

const garage = eraContent('garage');

describe('hints', () => {
	it('a new lab is taught to start a run first: the slider does nothing while no run exists', () => {
		const s = newGame(1);
		expect(s.run).toBeNull();
		const first = hintState(s, rates(s, garage), garage, []).current;
		expect(first?.id).toBe('run');
		// No hint asks for the slider while everything serves.
		for (const h of HINTS)
			if (/slider/i.test(h.text)) expect(h.when(s, rates(s, garage), garage)).toBe(false);
		expect(startRun(s, garage, garage.era.runSizes[0].id).ok).toBe(true);
		const next = hintState(s, rates(s, garage), garage, []);
		expect(next.finished).toContain('run');
		expect(next.current?.id).toBe('split');
		setTrainShare(s, 0.7);
		expect(hintState(s, rates(s, garage), garage, []).finished).toContain('split');
	});

	it('a lab past its first era (a save on a new phone) sees none, and all count as done', () => {
		const s = newGame(1);
		s.goalReached = true;
		const moved = startNewEra(s);
		if (!moved.ok) throw new Error(moved.reason);
		const c = eraContent(moved.state.eraId);
		const { current, finished } = hintState(moved.state, rates(moved.state, c), c, ['split']);
		expect(current).toBeNull();
		expect(finished.sort()).toEqual(
			HINTS.map((h) => h.id)
				.filter((id) => id !== 'split')
				.sort()
		);
	});
});
