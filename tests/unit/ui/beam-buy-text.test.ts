// A Dyson hardware card's line on the beamed watts its chips would draw (ui/fleet/beam-buy-text.ts).
// Playtest 23 lost 84 % of the income to ten Stellar lifts, unwarned.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import { beamBuy, rates } from '../../../src/lib/engine';
import { formatRate, formatSI } from '../../../src/lib/format/number';
import { beamBuyText } from '../../../src/lib/ui/fleet/beam-buy-text';
import { fixtureState } from '../engine/helpers';

describe('the beamed watts a buy draws, in words', () => {
	it('says the watts and the change in income, from and to (playtest 23)', () => {
		const c = eraContent('dyson');
		const s = fixtureState('dyson');
		s.dyson.panels = 20;
		s.hardware.statite = 100;
		const r = rates(s, c);
		const lifts = beamBuy(s, c, r, 'stellar-lift', 10)!;
		const [now, after] = [lifts.now, lifts.after].map((x) => formatRate(x, '/s', 'scientific'));
		const fall = Math.round(-lifts.change! * 100);
		expect(fall).toBeGreaterThan(50);
		// Ten lifts draw every watt Earth buys: said "all" (playtest 40 read one wattage on each
		// card as a figure repeated for units that draw different ones).
		expect(lifts.all).toBe(true);
		expect(beamBuyText(lifts, 10, 'scientific')).toBe(
			`With these, your chips draw all ${formatSI(lifts.watts, 'W')} of the beamed watts Earth was buying: income −${fall}% (from ${now} to ${after}).`
		);
		// Beside a power warning that says the same fall from and to: its other cause, not a
		// second fall (a reader of both took them for two).
		expect(beamBuyText(lifts, 10, 'scientific', true)).toBe(
			`That fall counts the beamed watts Earth was buying: these chips would draw all ${formatSI(lifts.watts, 'W')} of them.`
		);
		const shells = beamBuy(s, c, r, 'matrioshka-shell', 1)!;
		expect(shells.all).toBe(false);
		expect(beamBuyText(shells, 1, 'scientific')).toMatch(
			/^With this, your chips draw [\d.]+\s[PT]W of the beamed watts Earth was buying: income \+(\d+|<1)% \(from /
		);
	});
});
