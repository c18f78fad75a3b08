// A hardware buy that cannot make the model fit says so (playtest 3: five memory pools for
// 85 % of the cash moved memory 6.54 → 6.58 EB against a 12.8 EB need; the card said nothing).
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import { buy, memoryBuy, newGame, rates } from '../../../src/lib/engine';
import { money } from '../../../src/lib/engine/money';
import { fixtureState } from './helpers';

const hyperscale = eraContent('hyperscale');
const garage = eraContent('garage');

describe('memory buy', () => {
	it('five memory pools in the mid-game save leave the model far from fitting, and say how many would', () => {
		const s = fixtureState('mid-game');
		const r = rates(s, hyperscale);
		expect(r.memoryFit).toBeLessThan(0.6);
		const m = memoryBuy(s, hyperscale, r, 'memory-pool', 5)!;
		expect(m.closes).toBe(false);
		expect(m.fitAfter).toBeGreaterThan(m.fitBefore);
		expect(m.fitAfter - m.fitBefore).toBeLessThan(0.01);
		// The count that closes the gap does, and one fewer does not.
		expect(m.toClose).toBeGreaterThan(100);
		// The rule counts the orders on the way as landed: so does this lab.
		const t = fixtureState('mid-game');
		for (const o of t.orders) t.hardware[o.hardwareId] = (t.hardware[o.hardwareId] ?? 0) + o.count;
		t.orders = [];
		t.cash = m.toCloseCost!.mul(2);
		expect(buy(t, hyperscale, 'memory-pool', m.toClose! - 1).ok).toBe(true);
		expect(rates(t, hyperscale).memoryFit).toBeLessThan(1);
		expect(buy(t, hyperscale, 'memory-pool', 1).ok).toBe(true);
		expect(rates(t, hyperscale).memoryFit).toBe(1);
	});

	it('a buy that makes the model fit says it closes the gap; a model that fits asks nothing', () => {
		// A new Garage game: the starter model needs more than the one GPU holds (serves at 76 %).
		const s = newGame(1);
		s.cash = money(garage, 1e6);
		const r = rates(s, garage);
		expect(r.memoryFit).toBeLessThan(1);
		const m = memoryBuy(s, garage, r, 'gaming-gpu', 1)!;
		expect(m).toMatchObject({ closes: true, fitAfter: 1, toClose: 1 });
		expect(buy(s, garage, 'gaming-gpu', 1).ok).toBe(true);
		const after = rates(s, garage);
		expect(after.memoryFit).toBe(1);
		expect(memoryBuy(s, garage, after, 'gaming-gpu', 1)).toBeNull();
	});

	it('counts the orders on the way as landed', () => {
		const s = fixtureState('mid-game');
		const r = rates(s, hyperscale);
		const without = memoryBuy(s, hyperscale, r, 'memory-pool', 1)!;
		s.orders.push({ id: 9999, hardwareId: 'memory-pool', count: 100, arrivesAt: s.tick + 600 });
		const withOrders = memoryBuy(s, hyperscale, rates(s, hyperscale), 'memory-pool', 1)!;
		expect(withOrders.fitBefore).toBeGreaterThan(without.fitBefore);
		expect(withOrders.toClose).toBe(without.toClose! - 100);
	});
});
