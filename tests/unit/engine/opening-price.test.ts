// A new era opens on the price that earns the most (engine/tier-outlook.ts openingTier). Playtest
// 29: every era from Hyperscale on opened on Standard with "Premium would earn 70 % more" beside
// it. A tier that would sell out where Standard does not is a gamble (the waits burn the first
// customers), so the era opens on Standard then and the Lab's price advice says why.
import { describe, expect, it } from 'vitest';
import { ERAS, eraContent } from '../../../src/lib/content';
import {
	apply,
	market,
	newGame,
	priceAdvice,
	startNewEra,
	tierOutlook
} from '../../../src/lib/engine';

const sellsOut = (o: ReturnType<typeof tierOutlook>[number], hype: number) =>
	market(o.rates, hype).soldOut;

describe('the price a new era opens on', () => {
	for (const era of ERAS) {
		it(`${era.name}: no tier that keeps Standard's customers served earns more`, () => {
			for (const seed of [1, 2, 3]) {
				const s = newGame(seed, era.id);
				const c = eraContent(era.id);
				const outlook = tierOutlook(s, c);
				const open = outlook.find((o) => o.tier.id === s.priceTier)!;
				const standard = outlook.find((o) => o.tier.id === 'standard')!;
				for (const o of outlook) {
					const gamble = sellsOut(o, s.hype) && !sellsOut(standard, s.hype);
					if (!gamble) expect(o.income.lte(open.income.mul(1 + 1e-9))).toBe(true);
				}
				// The Lab has nothing better to say, or only a tier that would sell out.
				const advice = priceAdvice(s, c);
				if (advice) expect(advice.sellsOut).toBe(true);
			}
		});
	}

	it('opens some era on another tier than Standard, and the Garage on Standard', () => {
		const opened = ERAS.map((e) => newGame(1, e.id).priceTier);
		expect(opened[0]).toBe('standard');
		expect(opened.some((t) => t !== 'standard')).toBe(true);
	});

	it('moving on to the next era opens it on its own best price, not the last era’s', () => {
		const s = newGame(4, 'edge');
		s.goalReached = true;
		s.priceTier = 'cheap';
		const moved = startNewEra(s);
		expect(moved.ok).toBe(true);
		if (!moved.ok) return;
		expect(moved.state.eraId).toBe('orbit');
		expect(moved.state.priceTier).toBe(newGame(4, 'orbit', moved.state.meta).priceTier);
		// And the player may set another at once.
		const t = moved.state;
		const other = t.priceTier === 'cheap' ? 'premium' : 'cheap';
		expect(apply(t, eraContent(t.eraId), { type: 'price-tier', tier: other }).ok).toBe(true);
		expect(t.priceTier).toBe(other);
	});

	it('says a price other than Standard in the era’s opening headline (playtest 32)', () => {
		for (const era of ERAS) {
			const s = newGame(1, era.id);
			const line = s.news.find((n) => n.kind === 'era-start')!.text;
			const name = eraContent(era.id).priceTiers.get(s.priceTier)!.name;
			if (s.priceTier === 'standard') expect(line).not.toContain('Prices open');
			else expect(line).toContain(`Prices open at ${name}, which earns the most now.`);
		}
	});
});
