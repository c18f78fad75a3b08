// "Relearn": the earlier eras' hardware and scaling projects, learned again in each later era,
// in one tap (engine relearn). Playtest 13 bought the same cheap projects in the same order at
// every era's start, 5 to 14 minutes of taps as the insight came in.
import { describe, expect, it } from 'vitest';
import { ERAS, eraContent } from '../../../src/lib/content';
import {
	apply,
	canResearch,
	cloneState,
	newGame,
	relearnQuote,
	researchCost,
	type GameState
} from '../../../src/lib/engine';
import { Decimal } from '../../../src/lib/engine/decimal';

/** What a player tapping the cheapest researchable relearned project, again and again, ends with. */
function byHand(start: GameState): GameState {
	const s = cloneState(start);
	const c = eraContent(s.eraId);
	for (;;) {
		const open = c.era.relearnResearch.filter((id) => canResearch(s, c, id).ok);
		if (open.length === 0) return s;
		open.sort((a, b) => researchCost(s, c, a).cmp(researchCost(s, c, b)));
		expect(apply(s, c, { type: 'research', project: open[0] }).ok).toBe(true);
	}
}

describe('relearn', () => {
	it('the Garage has nothing to relearn; each later era, the earlier hardware and scaling projects', () => {
		const g = newGame(1);
		expect(relearnQuote(g, eraContent('garage')).left).toBe(0);
		expect(apply(g, eraContent('garage'), { type: 'relearn' })).toEqual({
			ok: false,
			reason: 'already-done'
		});
		for (let i = 1; i < ERAS.length; i++) {
			const era = ERAS[i];
			const earlier = ERAS[i - 1];
			// Every hardware or scaling project of the era before (its own or relearned) is relearned
			// here, and nothing else.
			const expected = earlier.research
				.filter((p) => !p.repeatable && (p.track === 'hardware' || p.track === 'scaling'))
				.map((p) => p.id)
				.sort();
			expect([...era.relearnResearch].sort(), era.id).toEqual(expected);
			for (const id of era.relearnResearch) expect(era.knownResearch).not.toContain(id);
		}
	});

	it('with the insight for all of them, takes them all in one tap, for what the quote said', () => {
		for (const era of ERAS.slice(1)) {
			const s = newGame(1, era.id);
			const c = eraContent(era.id);
			s.insight = new Decimal(1e12);
			const quote = relearnQuote(s, c);
			expect(quote.left, era.id).toBe(era.relearnResearch.length);
			expect(quote.count, era.id).toBe(quote.left);
			expect(apply(s, c, { type: 'relearn' }).ok).toBe(true);
			for (const id of era.relearnResearch) expect(s.research, era.id).toContain(id);
			expect(s.insight.eq(new Decimal(1e12).sub(quote.cost)), era.id).toBe(true);
			expect(relearnQuote(s, c).left).toBe(0);
		}
	});

	// Playtest 18: "Relearn never says which project it will buy next".
	it('names the project its next tap takes, and the tap takes it', () => {
		for (const era of ERAS.slice(1)) {
			const s = newGame(1, era.id);
			const c = eraContent(era.id);
			const quote = relearnQuote(s, c);
			expect(quote.next, era.id).not.toBeNull();
			s.insight = quote.first!;
			expect(apply(s, c, { type: 'relearn' }).ok).toBe(true);
			const taken = s.research.filter((id) => era.relearnResearch.includes(id));
			expect(
				taken.map((id) => c.research.get(id)!.name),
				era.id
			).toEqual([quote.next]);
		}
	});

	it('with some insight, ends where tapping the cheapest one by hand does; with too little, changes nothing', () => {
		for (const era of ERAS.slice(1)) {
			const c = eraContent(era.id);
			const costs = era.relearnResearch.map((id) => c.research.get(id)!.cost).sort((a, b) => a - b);
			for (const insight of [costs[0] - 1, costs[0], costs[0] + costs[1], costs[2] * 3]) {
				const s = newGame(1, era.id);
				s.insight = new Decimal(insight);
				const hand = byHand(s);
				const quote = relearnQuote(s, c);
				const result = apply(s, c, { type: 'relearn' });
				if (insight < costs[0]) {
					expect(result).toEqual({ ok: false, reason: 'not-enough-insight' });
					expect(s.research).toEqual(newGame(1, era.id).research);
					// The button says what the first tap waits for (playtest 14 read "more insight").
					expect(quote.count).toBe(0);
					expect(quote.first!.toNumber(), era.id).toBe(costs[0]);
					continue;
				}
				expect(result.ok).toBe(true);
				expect([...s.research].sort(), `${era.id} ${insight}`).toEqual([...hand.research].sort());
				expect(s.insight.eq(hand.insight)).toBe(true);
				expect(s.insight.gte(0)).toBe(true);
				expect(quote.count).toBe(s.research.length - newGame(1, era.id).research.length);
			}
		}
	});
});
