// Hiring by the handful (playtest #19: one tap per researcher): n at once cost exactly what n
// single hires do, 'max' hires as many as the cash pays and not one more, and a refusal leaves
// the lab as it was.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	apply,
	Decimal,
	flow,
	hire,
	hireCashShare,
	hireCost,
	hireOutruns,
	hireRunway,
	HIRE_RUNWAY,
	hiresPaid,
	letGoQuote,
	newGame,
	PAYROLL_WARN_SHARE,
	payrollAfterHire,
	quoteHire,
	rates,
	salariesOf,
	salaryPerResearcher
} from '../../../src/lib/engine';
import { fixtureState } from './helpers';

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

	it("the screen's Max stops at the salaries what the lab earns pays (playtest 22)", () => {
		const s = newGame(1);
		s.cash = new Decimal(1e7);
		const salary = salaryPerResearcher(c);
		const f = { cashPerSec: salary.mul(3.5) };
		const byCash = quoteHire(s, c, 'max');
		expect(byCash.count).toBeGreaterThan(3);
		const q = quoteHire(s, c, 'max', f);
		expect(q.count).toBe(hiresPaid(c, f));
		expect(q.count).toBe(3);
		// Their salaries are paid by what the lab earns; one more's would not be.
		expect(salariesOf(c, q.count).lte(f.cashPerSec)).toBe(true);
		expect(salariesOf(c, q.count + 1).gt(f.cashPerSec)).toBe(true);
		// A lab that earns nothing: Max hires none (the screen offers one, with its warning).
		expect(quoteHire(s, c, 'max', { cashPerSec: new Decimal(0) }).count).toBe(0);
		// Short of cash, the cash still limits it.
		s.cash = quoteHire(s, c, 1).cost;
		expect(quoteHire(s, c, 'max', { cashPerSec: salary.mul(50) }).count).toBe(1);
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

describe('the hire warning: payroll would be missed', () => {
	const one = (s: ReturnType<typeof newGame>, cc = c) => ({
		count: 1,
		cost: quoteHire(s, cc, 1).cost
	});

	it('a Cloud lab holding $5T against salaries $17M/s above its income is not warned', () => {
		// The playtest's cloud.json: $4.8T in the bank and "payroll would be missed".
		const s = fixtureState('cloud');
		const cc = eraContent(s.eraId);
		const f = flow(s, rates(s, cc));
		expect(f.cashPerSec.lt(salaryPerResearcher(cc))).toBe(true);
		// Hours of runway, far past the hour that warns (17 h since the Cloud's models need more
		// memory: the save's model serves a part of what it did, and earns less).
		expect(hireRunway(s, cc, f, one(s, cc))).toBeGreaterThan(12 * 3600);
		expect(hireOutruns(s, cc, f, one(s, cc))).toBe(false);
		// The same lab with little cash is warned.
		s.cash = quoteHire(s, cc, 1).cost.mul(1.001);
		expect(hireOutruns(s, cc, f, one(s, cc))).toBe(true);
	});

	it('a new game that earns cents is warned; one whose income pays the salaries is not', () => {
		const s = newGame(1);
		const f = flow(s, rates(s, c));
		expect(hireRunway(s, c, f, one(s))).toBe(0);
		expect(hireOutruns(s, c, f, one(s))).toBe(true);
		const paid = { cashPerSec: salaryPerResearcher(c).mul(10) };
		expect(hireRunway(s, c, paid, { count: 9, cost: new Decimal(0) })).toBe(Infinity);
		expect(hireOutruns(s, c, paid, { count: 11, cost: new Decimal(0) })).toBe(true);
	});

	it('the runway is the cash left after the hire over the salaries it cannot pay', () => {
		const s = rich();
		const f = { cashPerSec: new Decimal(0.5) };
		const cost = new Decimal(1e6);
		const short = salaryPerResearcher(c).mul(2).sub(0.5).toNumber();
		expect(hireRunway(s, c, f, { count: 2, cost })).toBeCloseTo((1e9 - 1e6) / short, 6);
		expect(HIRE_RUNWAY).toBe(3600);
	});
});

describe('letting one go (playtest 22: nothing came back, and nothing had said so)', () => {
	it('saves one salary and the insight one brings; the fee paid is not returned', () => {
		const s = rich();
		expect(letGoQuote(s, c, rates(s, c))).toBeNull();
		expect(hire(s, c, 5).ok).toBe(true);
		const r = rates(s, c);
		const quote = letGoQuote(s, c, r)!;
		const cash = s.cash;
		const before = { salaries: r.salaries, insight: r.insightRate };
		expect(apply(s, c, { type: 'let-go' }).ok).toBe(true);
		const after = rates(s, c);
		// The salary it saves and the insight it gives up are what the rates lose.
		expect(before.salaries.sub(after.salaries).div(quote.salary).toNumber()).toBeCloseTo(1, 9);
		expect(before.insight.sub(after.insightRate).div(quote.insight).toNumber()).toBeCloseTo(1, 9);
		// No refund: the cash is as it was; hiring one back costs the fee again.
		expect(s.cash.eq(cash)).toBe(true);
		expect(hireCost(s, c).div(quote.fee).toNumber()).toBeCloseTo(1, 9);
	});

	it('gives up no insight while payroll is missed (the team is idle)', () => {
		const s = rich();
		hire(s, c, 3);
		s.idle = true;
		s.cash = new Decimal(0);
		const r = rates(s, c);
		expect(r.staffed).toBe(false);
		expect(letGoQuote(s, c, r)!.insight.eq(0)).toBe(true);
	});
});

describe("the share of the lab's earnings its salaries would take after a hire (playtest 23)", () => {
	// Playtest 23 hired at the edge of Max: one salary took nearly all the income, unwarned.
	it("at Max's edge it passes the warning's share, and is what the hire then does", () => {
		const s = fixtureState('garage');
		const cc = eraContent(s.eraId);
		s.cash = new Decimal(1e9);
		const r = rates(s, cc);
		const f = flow(s, r);
		const q = quoteHire(s, cc, 'max', f);
		expect(q.byPay).toBe(true);
		expect(q.count).toBeGreaterThan(0);
		const p = payrollAfterHire(s, cc, r, q.count)!;
		// Max keeps the income at or above nothing, but the salaries take almost all of it.
		expect(p.share).toBeGreaterThan(PAYROLL_WARN_SHARE);
		expect(p.share).toBeLessThanOrEqual(1);
		expect(p.incomeAfter.gte(0)).toBe(true);
		// Hired, the header's income is what it said, and the salaries the share of the earnings.
		expect(apply(s, cc, { type: 'hire', count: q.count }).ok).toBe(true);
		const after = rates(s, cc);
		const income = flow(s, after).cashPerSec;
		expect(income.toNumber()).toBeCloseTo(p.incomeAfter.toNumber(), 6);
		expect(after.salaries.div(income.add(after.salaries)).toNumber()).toBeCloseTo(p.share, 9);
		// One hire fewer takes less; none, the salaries paid now.
		expect(payrollAfterHire(s, cc, r, q.count - 1)!.share).toBeLessThan(p.share);
		expect(payrollAfterHire(s, cc, r, 0)!.share).toBeCloseTo(
			r.salaries.div(f.cashPerSec.add(r.salaries)).toNumber(),
			9
		);
	});

	it('a lab that earns nothing before salaries has no share to say', () => {
		const s = newGame(1);
		const r = rates(s, c);
		expect(payrollAfterHire(s, c, { ...r, costs: r.costs.add(1e6) }, 1)).toBeNull();
	});
});

describe('what a hire spends of the cash (playtest 24: Max hired 22 for $21.5T of $22.5T, unsaid)', () => {
	it("is the quote's price over the cash: the hire leaves the rest", () => {
		const s = fixtureState('edge');
		const cc = eraContent(s.eraId);
		const quote = quoteHire(s, cc, 'max', flow(s, rates(s, cc)));
		expect(quote.count).toBeGreaterThan(1);
		const share = hireCashShare(s, quote)!;
		expect(share).toBeGreaterThan(0.5);
		const before = s.cash;
		expect(apply(s, cc, { type: 'hire', count: quote.count }).ok).toBe(true);
		expect(s.cash.div(before).toNumber()).toBeCloseTo(1 - share, 9);
	});

	it('is null with no cash, or a hire the cash does not pay', () => {
		const s = newGame(1);
		const one = quoteHire(s, c, 1);
		s.cash = one.cost.mul(0.99);
		expect(hireCashShare(s, one)).toBeNull();
		s.cash = new Decimal(0);
		expect(hireCashShare(s, one)).toBeNull();
		s.cash = one.cost.mul(4);
		expect(hireCashShare(s, one)).toBeCloseTo(0.25, 12);
	});
});
