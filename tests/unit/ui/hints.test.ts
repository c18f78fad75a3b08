// Onboarding hints: one at a time, finished by doing, and none for a lab past its first era.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import { newGame, rates, setTrainShare, startNewEra } from '../../../src/lib/engine';
import { HINTS, hintState } from '../../../src/lib/ui/hints/hints';

const garage = eraContent('garage');

describe('hints', () => {
	it('a new lab is taught Train ↔ Serve first, and moving the slider finishes it', () => {
		const s = newGame(1);
		expect(hintState(s, rates(s, garage), garage, []).current?.id).toBe('split');
		setTrainShare(s, 0.7);
		const next = hintState(s, rates(s, garage), garage, []);
		expect(next.finished).toContain('split');
		expect(next.current?.id).toBe('run');
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
