// The price that earns the most once a launch rush has faded (engine/settled-price.ts). Playtest
// 23 switched to Premium on "Premium price would earn 57 % more now" just after a release, left
// for an hour and came back to an income 90 % lower.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	advance,
	apply,
	bestPriceTier,
	cloneState,
	market,
	rates,
	revenue,
	settledPrice,
	tierOutlook,
	type GameState
} from '../../../src/lib/engine';
import { fixtureState } from './helpers';

const c = eraContent('garage');

/** The Garage fixture in a launch rush (hype ×11 of the steady demand) on `tier`. */
function rush(tier: string, hype = 10): GameState {
	const s = fixtureState('garage');
	s.hype = hype;
	expect(apply(s, c, { type: 'price-tier', tier }).ok).toBe(true);
	return s;
}

/** Cash per second the lab's sales come to at `tier`, the rest of the lab as it is. */
function salesAt(s: GameState, tier: string) {
	const t = cloneState(s);
	apply(t, c, { type: 'price-tier', tier });
	const r = rates(t, c);
	return revenue(market(r, t.hype), r);
}

describe('the price once the rush fades', () => {
	it('names the tier that will earn more once the rush has faded, and it does', () => {
		const s = rush('premium');
		// In the rush, Premium earns the most: the lab sells all it serves at any price.
		expect(bestPriceTier(tierOutlook(s, c), s.priceTier).tier.id).toBe('premium');
		const settled = settledPrice(s, c)!;
		expect(settled.now.id).toBe('premium');
		expect(settled.tier.id).not.toBe('premium');
		expect(settled.gain).toBeGreaterThan(0.1);
		// Four hours on Premium later, the rush has faded: the named tier earns more, by at least
		// the advice's margin.
		const later = cloneState(s);
		advance(later, c, 4 * 3600);
		expect(later.hype).toBeLessThan(1);
		expect(salesAt(later, settled.tier.id).gt(salesAt(later, 'premium').mul(1.1))).toBe(true);
	});

	it('says nothing when the best tier now is the best once settled', () => {
		expect(settledPrice(rush('standard', 0), c)).toBeNull();
		// Sold out for good (Moon and Mars's fixture: capacity a sliver of demand), Premium pays
		// now and later.
		const moon = fixtureState('moon');
		moon.hype = 10;
		expect(settledPrice(moon, eraContent('moon-mars'))).toBeNull();
	});

	it('says whether hype settles down (a rush fading) or up (customers coming back: playtest 24)', () => {
		expect(settledPrice(rush('premium'), c)!.rush).toBe(true);
		// The mid-game lab with 70 % of its customers gone, on Premium.
		const s = fixtureState('mid-game');
		s.run = null;
		s.priceTier = 'premium';
		s.hype = -0.7;
		const away = settledPrice(s, eraContent(s.eraId))!;
		expect(away).not.toBeNull();
		expect(away.rush).toBe(false);
	});

	it('counts the orders on the way as landed: the lab the player comes back to (playtest 28)', () => {
		// The Garage at rest on its best tier now, three servers on the way (ordered: 2 minutes):
		// today's fleet has nothing to advise, the fleet once they land sells more at another tier.
		const s = rush('standard', 0);
		s.orders = [];
		const now = bestPriceTier(tierOutlook(s, c), s.priceTier).tier.id;
		apply(s, c, { type: 'price-tier', tier: now });
		expect(settledPrice(s, c)).toBeNull();
		s.cash = s.cash.add(1e12);
		expect(apply(s, c, { type: 'buy', hardware: 'garage-server', count: 3 }).ok).toBe(true);
		expect(s.orders.length).toBeGreaterThan(0);
		const settled = settledPrice(s, c)!;
		expect(settled.cargo).toBe(true);
		expect([settled.rush, settled.away]).toEqual([false, false]);
		expect(settled.now.id).toBe(now);
		expect(settled.tier.id).not.toBe(now);
		// Two hours later the servers have landed: the named tier earns more than the one best
		// before, by the advice's margin.
		const later = cloneState(s);
		advance(later, c, 2 * 3600);
		expect(later.orders).toEqual([]);
		expect(salesAt(later, settled.tier.id).gt(salesAt(later, now).mul(1.1))).toBe(true);
	});
});
