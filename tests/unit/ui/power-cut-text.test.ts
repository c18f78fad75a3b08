// The Power card's cut line says what the grid still powers while the lab is broke: the chips
// its customers keep busy, and of the run's as many as their sales pay for (engine/power-cut.ts).
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	advance,
	apply,
	money,
	powerCutLine,
	rates,
	type GameState
} from '../../../src/lib/engine';
import { powerCutText } from '../../../src/lib/ui/fleet/power-cut-text';
import { fixtureState, garage, overBoughtLab, overBoughtRun, pausedLab } from '../engine/helpers';

/** The cut line of `s` once broke (a step on, unless it is broke already). */
function line(s: GameState): string {
	if (!s.idle) advance(s, garage, 1);
	const cut = powerCutLine(s, rates(s, garage));
	expect(cut).not.toBeNull();
	return powerCutText(cut!);
}

describe("the Power card's cut line", () => {
	it('says the grid powers only the chips customers keep busy, and what of the run', () => {
		const busy = 'Power cut: out of cash, the grid powers only the chips your customers keep busy';
		const lifts = /It lifts once you have \$[\d.]+, about \d+m \d+s away at this income\.$/;
		// Between runs: no run to speak of.
		expect(line(overBoughtLab())).toMatch(new RegExp(`^${busy} \\(<?\\d+% of your chips\\)\\.`));
		// In a run: the training their sales pay for, all of it, or none.
		const some = line(overBoughtRun(0.3));
		expect(some).toContain(`${busy} and the training their sales pay for (`);
		expect(some).toMatch(lifts);
		expect(line(overBoughtRun(0.001))).toContain(`${busy} and the run's (`);
		expect(line(pausedLab(40, 0.5))).toContain(`${busy}, none of the run's (`);
	});

	it('says when the income never gets there (a token whose power costs more than it sells for)', () => {
		expect(line(pausedLab(75, 0.5))).toMatch(
			/It lifts once you have \$\S+: this income does not get there\.$/
		);
	});

	it('says the cut since the cash ran out, not "out of cash", once the lab has saved some', () => {
		// Playtest 37 read "Power cut: out of cash" beside $258 Non in the header.
		const s = overBoughtLab();
		advance(s, garage, 1);
		expect(s.idle).toBe(true);
		s.cash = s.cash.add(money(garage, 100));
		const cut = powerCutLine(s, rates(s, garage))!;
		expect(powerCutText(cut)).toMatch(
			/^Power cut since the cash ran out: the grid powers only the chips your customers keep busy/
		);
	});

	it("names Dyson's panels in a cut, and panels do lift it", () => {
		// The endless fixture: a lab serving a model of Dyson's goal on one tile and its first
		// contract, whose power costs ~90x its sales. An hour on it is broke, its cut lifting
		// hours away at best (playtest 37 sat in it for hours).
		const dyson = eraContent('dyson');
		const s = fixtureState('endless');
		advance(s, dyson, 3600);
		const cut = powerCutLine(s, rates(s, dyson))!;
		expect(cut.liftsIn).toBeGreaterThan(3600);
		expect(powerCutText(cut, undefined, true)).toMatch(
			/at this income\. Panels \(the star's card\) sell Earth's grid the watts your chips do not draw\.$/
		);
		// Outside Dyson the line does not name them.
		expect(powerCutText(cut)).toMatch(/at this income\.$/);
		// What the line says is so: a few panels, and within the hour the cut has lifted.
		for (let i = 0; i < 10; i++) expect(apply(s, dyson, { type: 'panel' }).ok).toBe(true);
		advance(s, dyson, 3600);
		expect(s.idle).toBe(false);
		expect(powerCutLine(s, rates(s, dyson))).toBeNull();
	});
});
