// The Research director (#17: automation past the end of the road): in the endless epochs, as the
// Run scheduler starts each run, it spends the insight on research, the cheapest level first, so
// the run trains with it. Playtest 40 came back from each check-in to insight piled up unspent,
// and research bought by hand moved its lab most.
import { describe, expect, it } from 'vitest';
import { eraContent, PERKS } from '../../../src/lib/content';
import {
	advance,
	apply,
	buyPerk,
	cloneState,
	Decimal,
	perkOpen,
	researchCost,
	step,
	type GameState
} from '../../../src/lib/engine';
import { researchClosed } from '../../../src/lib/engine/research-open';
import { fixtureState, stateDiff } from './helpers';

const DIRECTOR = PERKS.find((p) => p.unlocks === 'research')!.id;
const dyson = eraContent('dyson');

/** The played endless lab (no run under way) with the Research director, the Run scheduler on,
 * and a day's worth of insight unspent. */
function lab(): GameState {
	const s = fixtureState('endless-played');
	s.meta.perks[DIRECTOR] = 1;
	s.meta.automation.run.on = true;
	s.insight = s.insight.add(researchCost(s, dyson, cheapest(s)).mul(1e4));
	return s;
}

/** The open project whose next level costs least. */
function cheapest(s: GameState): string {
	const open = dyson.era.research.filter((p) => researchClosed(s, dyson, p.id) === null);
	return open.reduce((a, b) =>
		researchCost(s, dyson, b.id).lt(researchCost(s, dyson, a.id)) ? b : a
	).id;
}

describe('the Research director', () => {
	it('is sold only past the last goal, where alone it acts', () => {
		const before = fixtureState('dyson');
		before.meta.moat = new Decimal(1e6);
		expect(perkOpen(before, DIRECTOR)).toBe(false);
		expect(buyPerk(before, DIRECTOR)).toEqual({ ok: false, reason: 'later-era' });
		const after = fixtureState('endless-played');
		after.meta.moat = new Decimal(1e6);
		expect(perkOpen(after, DIRECTOR)).toBe(true);
		expect(buyPerk(after, DIRECTOR).ok).toBe(true);
	});

	it('spends the insight as the scheduler starts a run, cheapest first, and the run trains with it', () => {
		const s = lab();
		expect(s.run).toBeNull();
		const levels = s.research.length;
		const off = cloneState(s);
		off.meta.automation.research.on = false;
		step(s, dyson);
		step(off, dyson);
		// Both started a run; only the director's lab researched first.
		expect(s.run).not.toBeNull();
		expect(off.run).not.toBeNull();
		expect(off.research.length).toBe(levels);
		expect(s.research.length).toBeGreaterThan(levels + 1);
		// Until no level is affordable: the cheapest left costs more than the insight left.
		expect(researchCost(s, dyson, cheapest(s)).gt(s.insight)).toBe(true);
		// More than one project took levels (the cheapest first, not one project's Max).
		expect(new Set(s.research.slice(levels)).size).toBeGreaterThan(1);
		// The run keeps the algorithms it started with: the director's run trains with more.
		expect(s.run!.recipe).toBeGreaterThan(off.run!.recipe);
		expect(s.news.some((n) => n.text.startsWith('Research breakthrough:'))).toBe(true);
	});

	it('does nothing before the last goal, even owned', () => {
		const s = fixtureState('dyson');
		s.meta.perks[DIRECTOR] = 1;
		s.meta.perks[PERKS.find((p) => p.unlocks === 'run')!.id] = 1;
		s.meta.automation.run.on = true;
		s.insight = new Decimal(1e300);
		s.run = null;
		const levels = s.research.length;
		step(s, dyson);
		expect(s.run).not.toBeNull();
		expect(s.research.length).toBe(levels);
	});

	it('caught up by advance exactly as by single steps, across a run that ends', () => {
		const s = lab();
		apply(s, dyson, { type: 'start-run', size: dyson.era.runSizes[0].id });
		s.run!.progress = s.run!.target.mul(0.999);
		const n = 3000;
		const fast = advance(cloneState(s), dyson, n);
		const split = advance(advance(cloneState(s), dyson, 777), dyson, n - 777);
		const slow = cloneState(s);
		for (let i = 0; i < n; i++) step(slow, dyson);
		expect(slow.research.length).toBeGreaterThan(s.research.length);
		const scale = { cash: Math.abs(s.cash.toNumber()) };
		expect(stateDiff(fast, slow, 1e-9, scale)).toEqual([]);
		expect(stateDiff(split, slow, 1e-9, scale)).toEqual([]);
	});
});
