// The star card's lead (starView panelAtStar, beamLoss). Playtest 24 read "Each panel beams
// 10 PW" beside "Kept 80 PW at the star (20 PW once beamed, after the beam's loss)" as a
// contradiction: the lead now says what a panel collects at the star, and what the beam loses.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import { apply, newGame, rates, starView } from '../../../src/lib/engine';

const c = eraContent('dyson');

describe("the star card's panel watts", () => {
	it('a panel collects at the star what it keeps there, the beam bringing the rest of the loss to the fleet', () => {
		const s = newGame(4, 'dyson');
		s.dyson.panels = 2;
		s.hardware.statite = 40;
		expect(apply(s, c, { type: 'start-run', size: c.era.runSizes[4].id }).ok).toBe(true);
		expect(apply(s, c, { type: 'beam', share: 0 }).ok).toBe(true);
		const v = starView(s, c, rates(s, c))!;
		// Every watt kept: the card's "Kept" figure is the panels' watts at the star.
		expect(v.kept / (v.panels * v.panelAtStar)).toBeCloseTo(1, 12);
		// Beamed, the same watts less the beam's loss: what a panel brings the fleet.
		expect((v.panelAtStar * (1 - v.beamLoss)) / v.panelWatts).toBeCloseTo(1, 12);
		expect(v.keptAsBeam / (v.panels * v.panelWatts)).toBeCloseTo(1, 12);
		expect(v.beamLoss).toBeGreaterThan(0);
		expect(v.beamLoss).toBeLessThan(1);
		// Beaming every watt, the fleet gets the panels' beamed watts.
		expect(apply(s, c, { type: 'beam', share: 1 }).ok).toBe(true);
		const all = starView(s, c, rates(s, c))!;
		expect(all.collected / (all.panels * all.panelWatts)).toBeCloseTo(1, 12);
	});
});
