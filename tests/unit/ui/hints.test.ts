// Onboarding hints: one at a time, finished by doing, and none for a lab past its first era.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	Decimal,
	newGame,
	rates,
	setTrainShare,
	startNewEra,
	startRun
} from '../../../src/lib/engine';
import { TABS } from '../../../src/lib/ui/shell/tabs';
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

	it('a hint never names a tab (its "Go to" button does, off its tab), and one about its screen shows only there', () => {
		for (const h of HINTS)
			for (const t of TABS) expect(h.text).not.toMatch(new RegExp(`${t.label} tab`, 'i'));
		const s = newGame(1);
		startRun(s, garage, garage.era.runSizes[0].id);
		setTrainShare(s, 0.7);
		s.gate = { name: 'Tester-1', capability: 1, flop: new Decimal(1e15), params: new Decimal(1e9) };
		const seen = ['run', 'split', 'buy'];
		expect(hintState(s, rates(s, garage), garage, seen, 'lab').current?.id).toBe('release');
		expect(hintState(s, rates(s, garage), garage, seen, 'research').current?.id).not.toBe(
			'release'
		);
	});

	it('a hint belongs to its own screen: off its tab it shows once, then only at home', () => {
		const s = newGame(1);
		const r = rates(s, garage);
		// The first hint (start a run) is the Lab's.
		expect(hintState(s, r, garage, [], 'lab').current?.id).toBe('run');
		// Came up while the player was on the Research tab: shown there as a nudge...
		expect(hintState(s, r, garage, [], 'research').current?.id).toBe('run');
		// ...until they leave it: then on no other tab, still on the Lab.
		for (const t of TABS)
			expect(hintState(s, r, garage, [], t.id, ['run']).current?.id === 'run').toBe(t.id === 'lab');
	});
});
