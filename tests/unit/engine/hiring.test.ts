// Hiring by the handful (playtest #19: one tap per researcher): n at once cost exactly what n
// single hires do, 'max' hires as many as the cash pays and not one more, and a refusal leaves
// the lab as it was.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import { apply, Decimal, hire, hireCost, newGame, quoteHire } from '../../../src/lib/engine';

const c = eraContent('garage');
const rich = () => {
	const s = newGame(1);
	s.cash = new Decimal(1e9);
	return s;
};

describe('hiring a number of researchers', () => {
	it('ten at once cost what ten single hires cost', () => {
		const one = rich();
		for (let i = 0; i < 10; i++) expect(hire(one, c).ok).toBe(true);
		const ten = rich();
		expect(quoteHire(ten, c, 10).cost.toNumber()).toBeCloseTo(
			new Decimal(1e9).sub(one.cash).toNumber(),
			3
		);
		expect(apply(ten, c, { type: 'hire', count: 10 })).toEqual({ ok: true });
		expect(ten.researchers).toBe(10);
		expect(ten.cash.toNumber()).toBeCloseTo(one.cash.toNumber(), 3);
	});

	it('max hires as many as the cash pays, and one more would not be paid', () => {
		const s = newGame(1);
		s.cash = new Decimal(1e5);
		const q = quoteHire(s, c, 'max');
		expect(q.count).toBeGreaterThan(1);
		expect(apply(s, c, { type: 'hire', count: 'max' }).ok).toBe(true);
		expect(s.researchers).toBe(q.count);
		expect(s.cash.gte(0)).toBe(true);
		expect(hireCost(s, c).gt(s.cash)).toBe(true);
		// Nothing left to hire with: a second tap is refused, and changes nothing.
		const before = s.cash.toString();
		expect(apply(s, c, { type: 'hire', count: 'max' })).toEqual({
			ok: false,
			reason: 'not-enough-cash'
		});
		expect(s.cash.toString()).toBe(before);
	});

	it('hires none when the cash falls short of all of them', () => {
		const s = newGame(1);
		s.cash = hireCost(s, c).mul(3);
		expect(apply(s, c, { type: 'hire', count: 10 })).toEqual({
			ok: false,
			reason: 'not-enough-cash'
		});
		expect(s.researchers).toBe(0);
	});

	it('refuses amounts that are no count', () => {
		for (const count of [0, -1, 1.5, NaN, Infinity, 2e6])
			expect(apply(rich(), c, { type: 'hire', count })).toEqual({
				ok: false,
				reason: 'invalid-amount'
			});
	});

	it('one at a time costs exactly what it always did', () => {
		const a = rich();
		const b = rich();
		hire(a, c);
		apply(b, c, { type: 'hire' });
		expect(a.cash.toString()).toBe(b.cash.toString());
		expect(quoteHire(a, c, 1).cost.toString()).toBe(hireCost(a, c).toString());
	});
});
