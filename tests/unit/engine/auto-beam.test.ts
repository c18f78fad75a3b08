// The Star steward (#17: Dyson's beam, automated): while a run trains, Auto-beam sets the beam the
// star card suggests, just enough to power every chip with the spare kept at the star for the
// run. Playtest 41 re-set the beam by hand after each panel landed, and asked for it.
import { describe, expect, it } from 'vitest';
import { eraContent, PERKS } from '../../../src/lib/content';
import {
	advance,
	apply,
	autoBuyNext,
	beamAdvice,
	beamRuled,
	cloneState,
	panelCost,
	rates,
	runSizesOffered,
	runTimeLeft,
	step,
	type GameState
} from '../../../src/lib/engine';
import { fixtureState, stateDiff } from './helpers';

const STEWARD = PERKS.find((p) => p.unlocks === 'beam')!;
const dyson = eraContent('dyson');

/** The played endless lab before its goal, its longest run started, 200 more panels beamed in
 * full (spare watts sold to Earth), other automation off, the Star steward owned. */
function lab(): GameState {
	const s = fixtureState('endless-played');
	s.meta.finished = false;
	for (const rule of Object.values(s.meta.automation)) rule.on = false;
	s.meta.automation.beam.on = true;
	s.meta.perks[STEWARD.id] = 1;
	const longest = runSizesOffered(s, dyson, rates(s, dyson)).at(-1)!;
	expect(apply(s, dyson, { type: 'start-run', size: longest.id }).ok).toBe(true);
	s.dyson.panels += 200;
	s.dyson.beam = 1;
	return s;
}

describe('Auto-beam (the Star steward)', () => {
	it('is sold from Dyson, one of two automations the era opens', () => {
		expect(STEWARD.fromEra).toBe(dyson.era.index);
		expect(PERKS.filter((p) => p.unlocks && p.fromEra === dyson.era.index)).toHaveLength(2);
	});

	it("sets the star card's suggestion as a run trains: every chip powered, the spare kept", () => {
		const s = lab();
		const advice = beamAdvice(s, dyson, rates(s, dyson))!;
		expect(advice.spare).toBe('keep');
		expect(advice.here).toBe(false);
		const off = cloneState(s);
		off.meta.automation.beam.on = false;
		step(s, dyson);
		step(off, dyson);
		expect(s.dyson.beam).toBeCloseTo(advice.beam, 12);
		expect(off.dyson.beam).toBe(1);
		// Every chip still powered, and the run ends sooner with the spare kept at the star.
		const r = rates(s, dyson);
		expect(r.throttle).toBe(1);
		expect(runTimeLeft(s, r, dyson)).toBeLessThan(runTimeLeft(off, rates(off, dyson), dyson));
		// Followed, it rests: the suggestion holds until the lab changes.
		expect(beamRuled(s, dyson, r)).toBeNull();
	});

	it('does nothing unowned, off, or between runs', () => {
		const unowned = lab();
		unowned.meta.perks[STEWARD.id] = 0;
		step(unowned, dyson);
		expect(unowned.dyson.beam).toBe(1);
		const idle = lab();
		idle.run = null;
		expect(beamRuled(idle, dyson, rates(idle, dyson))).toBeNull();
	});

	it('with auto-buy on, counts the kept watts as room for chips: it beams what they draw once landed', () => {
		const s = lab();
		s.meta.perks[PERKS.find((p) => p.unlocks === 'buy')!.id] = 1;
		s.meta.automation.buy.on = true;
		step(s, dyson); // the beam goes to the suggestion: the spare is kept
		expect(s.dyson.beam).toBeLessThan(1);
		expect(autoBuyNext(s, dyson, rates(s, dyson))?.lot).not.toBeNull();
		// Without the steward, the kept watts are no chip's room (playtest 40).
		const hand = cloneState(s);
		hand.meta.automation.beam.on = false;
		expect(autoBuyNext(hand, dyson, rates(hand, dyson))?.lot).toBeNull();
	});

	it('caught up by advance exactly as by single steps, as panels land and chips are bought', () => {
		const s = lab();
		s.meta.perks[PERKS.find((p) => p.unlocks === 'buy')!.id] = 1;
		s.meta.automation.buy.on = true;
		s.cash = panelCost(s, dyson, 10).mul(3);
		expect(apply(s, dyson, { type: 'panel', count: 10 }).ok).toBe(true);
		const n = 4000;
		const fast = advance(cloneState(s), dyson, n);
		const split = advance(advance(cloneState(s), dyson, 1234), dyson, n - 1234);
		const slow = cloneState(s);
		const beams = new Set<number>();
		for (let i = 0; i < n; i++) {
			step(slow, dyson);
			beams.add(slow.dyson.beam);
		}
		// The rule acted more than once: the panels landed and chips were bought.
		expect(beams.size).toBeGreaterThan(1);
		const scale = { cash: Math.abs(s.cash.toNumber()) };
		expect(stateDiff(fast, slow, 1e-9, scale)).toEqual([]);
		expect(stateDiff(split, slow, 1e-9, scale)).toEqual([]);
	});
});
