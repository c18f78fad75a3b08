// The Lab says when another price tier would earn clearly more now (engine priceAdvice). The
// playtest left Premium on as hype faded: customers fell 66 %, the bank emptied, and only the
// Market tab said another tier earned more.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	apply,
	bestPriceTier,
	cloneState,
	netIncome,
	rates,
	oneSizeUp,
	PRICE_ADVICE_GAIN,
	market,
	priceAdvice,
	soldOutRemedy,
	tierOutlook
} from '../../../src/lib/engine';
import { revenue } from '../../../src/lib/engine/market';
import { fixtureState } from './helpers';

describe('price advice', () => {
	it('premium left on as hype fades: switch to the tier that earns more, then nothing to say', () => {
		const s = fixtureState('garage');
		const c = eraContent(s.eraId);
		s.priceTier = 'premium';
		s.hype = -0.66;
		const advice = priceAdvice(s, c)!;
		expect(advice).not.toBeNull();
		expect(advice.tier.id).not.toBe('premium');
		// The header's income moves by the tiers' revenue change (costs stay); nothing earned
		// now, any gain is "more".
		const income = (id: string) => tierOutlook(s, c).find((o) => o.tier.id === id)!.income;
		const net = netIncome(s, c, rates(s, c));
		expect(advice.gain).toBe(
			net.gt(0) ? income(advice.tier.id).sub(income('premium')).div(net).toNumber() : Infinity
		);
		s.priceTier = advice.tier.id;
		expect(priceAdvice(s, c)).toBeNull();
	});

	it.each(['garage', 'cloud', 'mid-game', 'late-era'])(
		'%s: advises exactly when the best tier earns a tenth more than the current one',
		(name) => {
			for (const hype of [0, -0.66, 1])
				for (const tier of ['cheap', 'standard', 'premium']) {
					const s = fixtureState(name);
					const c = eraContent(s.eraId);
					s.priceTier = tier;
					s.hype = hype;
					const outlook = tierOutlook(s, c);
					const best = bestPriceTier(outlook, tier);
					const current = outlook.find((o) => o.tier.id === tier)!;
					// A tenth more of the header's income (the net: costs stay), or any gain while the
					// lab nets nothing (Hyperscale's fixture, its power dearer than its sales).
					const net = netIncome(s, c, current.rates);
					const more = best.income.sub(current.income);
					const worth =
						best !== current &&
						best.income.gt(0) &&
						(!net.gt(0) || more.gte(net.mul(PRICE_ADVICE_GAIN)));
					const advice = priceAdvice(s, c);
					expect(advice !== null, `${tier} at hype ${hype}`).toBe(worth);
					if (advice) {
						expect(advice.tier.id).toBe(best.tier.id);
						// "You would sell out" exactly when the switch sells out a lab that is not now
						// (playtest 13 took the advice and lost a fifth of its customers in 40 s).
						const soldOutNow = market(rates(s, c), s.hype).soldOut;
						const t = cloneState(s);
						expect(apply(t, c, { type: 'price-tier', tier: advice.tier.id }).ok).toBe(true);
						const soldOutAfter = market(rates(t, c), t.hype).soldOut;
						expect(advice.sellsOut, `${name} ${tier} at hype ${hype}`).toBe(
							soldOutAfter && !soldOutNow
						);
					}
				}
		}
	);

	it('says which split the advice is for when the best tier flips with the run (playtest 4)', () => {
		// "Cheap +753 %" with no run, "Standard +67 %" once training: the serving capacity, so the
		// best tier, follows the train share. The advice says so both ways. The mid-game lab with
		// 70 % of its customers gone (as one that sold out through its run comes back): few enough
		// that the whole fleet serving them all wants Cheap, while training leaves capacity for
		// the best-paying few.
		const s = fixtureState('mid-game');
		const c = eraContent(s.eraId);
		s.hype = -0.7;
		s.run = null;
		s.priceTier = 'premium';
		const between = priceAdvice(s, c)!;
		expect(between.tier.id).toBe('cheap');
		expect(between.training).toBe(0);
		expect(between.otherwise?.tier.id).toBe('premium');
		expect(between.otherwise?.training).toBe(s.trainShare);
		// Taken, and a run started at that share: now Premium, with Cheap said to be the best between runs.
		s.priceTier = 'cheap';
		expect(apply(s, c, { type: 'start-run', size: oneSizeUp(s, c).id }).ok).toBe(true);
		const training = priceAdvice(s, c)!;
		expect(training.tier.id).toBe('premium');
		expect(training.training).toBe(s.trainShare);
		expect(training.otherwise).toEqual({ tier: c.priceTiers.get('cheap'), training: 0 });
		// Where both splits agree, nothing else to say.
		const g = fixtureState('garage');
		g.priceTier = 'cheap';
		expect(priceAdvice(g, eraContent(g.eraId))).toMatchObject({ otherwise: null });
	});

	// Playtest 8 (#1): the Cloud said "Cheap price would earn 170 % more" and switching raised
	// income 35 %: the spot resale of idle capacity was left out. The figure is the change of
	// the header's income the switch brings.
	it('cloud: the gain is the income change switching really brings, resale counted', () => {
		let checked = 0;
		for (const hype of [0, -0.66, 1])
			for (const tier of ['cheap', 'standard', 'premium']) {
				const s = fixtureState('cloud');
				const c = eraContent(s.eraId);
				s.priceTier = tier;
				s.hype = hype;
				const advice = priceAdvice(s, c);
				if (!advice || !Number.isFinite(advice.gain)) continue;
				const before = netIncome(s, c, rates(s, c));
				const after = cloneState(s);
				after.priceTier = advice.tier.id;
				const gain = netIncome(after, c, rates(after, c)).div(before).toNumber() - 1;
				expect(advice.gain, `${tier} at hype ${hype}`).toBeCloseTo(gain, 6);
				// The card's figure, cash a second: what the switch adds to the header's income,
				// the Market tab's two rows apart (playtest 35 read "1712% more" of an income of
				// cents beside $11.40/s against $5.97/s).
				const more = netIncome(after, c, rates(after, c)).sub(before);
				expect(advice.more.div(more).toNumber()).toBeCloseTo(1, 6);
				checked++;
			}
		expect(checked).toBeGreaterThan(0);
	});
});

describe('the sold-out remedy', () => {
	// Playtest 11 switched to Standard on the price advice and read "Serve more, or price higher"
	// at once: a dearer price is advised only where switching to it earns at least as much.
	it.each(['garage', 'cloud', 'mid-game'])(
		'%s: "price higher" exactly when a dearer tier, switched to, earns as much; both are met',
		(name) => {
			const seen = new Set<string>();
			for (const tier of ['cheap', 'standard'])
				for (const hype of [-0.5, 0, 0.5, 1, 2, 4, 9, 30, 100, 1000]) {
					const s = fixtureState(name);
					const c = eraContent(s.eraId);
					s.priceTier = tier;
					s.hype = hype;
					const remedy = soldOutRemedy(s, c);
					const sold = (t: typeof s) => {
						const r = rates(t, c);
						return market(r, t.hype);
					};
					expect(remedy !== null).toBe(sold(s).soldOut);
					if (!remedy) continue;
					seen.add(remedy.price!);
					const now = revenue(sold(s), rates(s, c));
					const dearer = [...c.priceTiers.values()].filter(
						(t) => t.priceMult > c.priceTiers.get(tier)!.priceMult
					);
					const earns = dearer.map((t) => {
						const u = cloneState(s);
						expect(apply(u, c, { type: 'price-tier', tier: t.id }).ok).toBe(true);
						return revenue(sold(u), rates(u, c));
					});
					expect(remedy.price === 'higher').toBe(earns.some((e) => e.gte(now.mul(1 - 1e-9))));
				}
			expect([...seen].sort()).toEqual(['dearer-earns-less', 'higher']);
		}
	);

	it('on the dearest tier, sold out, it says only to serve more (playtest 16)', () => {
		const s = fixtureState('garage');
		const c = eraContent(s.eraId);
		s.priceTier = 'premium';
		s.hype = 1000;
		expect(market(rates(s, c), s.hype).soldOut).toBe(true);
		expect(soldOutRemedy(s, c)?.price).toBeNull();
		s.priceTier = 'standard';
		expect(soldOutRemedy(s, c)?.price).not.toBeNull();
	});

	it('says to serve more by the slider only while a run takes some of the compute (playtest 17)', () => {
		// Playtest 17 read "Serve more" with no run going: all of the compute served already.
		const s = fixtureState('garage');
		const c = eraContent(s.eraId);
		s.hype = 1000;
		s.run = null;
		expect(soldOutRemedy(s, c)?.serve).toBe('add-capacity');
		expect(apply(s, c, { type: 'start-run', size: c.era.runSizes[0].id }).ok).toBe(true);
		expect(apply(s, c, { type: 'train-share', share: 0.5 }).ok).toBe(true);
		expect(market(rates(s, c), s.hype).soldOut).toBe(true);
		expect(soldOutRemedy(s, c)?.serve).toBe('train-less');
		// The slider at 0: the run takes nothing, everything serves.
		expect(apply(s, c, { type: 'train-share', share: 0 }).ok).toBe(true);
		expect(rates(s, c).capacity.eq(rates(s, c).fullCapacity)).toBe(true);
		expect(soldOutRemedy(s, c)?.serve).toBe('add-capacity');
	});
});
