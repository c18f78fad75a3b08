// Power that cannot be paid is cut, never a stall (power-cut.ts): a broke lab runs the chips
// its income pays for, keeps earning, saves up and the cut lifts.
import { describe, expect, it } from 'vitest';
import {
	CUT_BILL_SHARE,
	advance,
	apply,
	flow,
	market,
	oneSizeUp,
	powerCutShare,
	rates,
	rehireCash,
	revenue
} from '../../../src/lib/engine';
import { eraContent } from '../../../src/lib/content';
import { Decimal } from '../../../src/lib/engine/decimal';
import {
	badNumbers,
	fixtureState,
	garage,
	overBilledLab,
	overBoughtLab,
	overBoughtRun
} from './helpers';

const lab = overBilledLab;

describe('the power cut', () => {
	it('a lab with a bill 100x its income keeps a positive income, without NaN', () => {
		const s = lab();
		const before = rates(s, garage);
		const earned = revenue(market(before, s.hype), before);
		expect(before.powerCost.div(earned).toNumber()).toBeGreaterThan(100);
		expect(powerCutShare(before)).toBeNull();
		// Broke: cash would go below zero, so the lab goes idle and the grid cuts the power.
		advance(s, garage, 1);
		expect(s.idle).toBe(true);
		const r = rates(s, garage);
		expect(r.powerCut).toBeLessThan(1);
		expect(r.powerCut).toBeGreaterThanOrEqual(0);
		// The bill takes at most half of what serving earns (to rounding).
		expect(r.powerCost.lte(r.capacity.mul(r.price).mul(CUT_BILL_SHARE * (1 + 1e-9)))).toBe(true);
		expect(flow(s, r).cashPerSec.gt(0)).toBe(true);
		const running = powerCutShare(r)!;
		expect(running).toBeGreaterThan(0);
		expect(running).toBeLessThan(1);
		// Training slows with the chips cut, serving does not.
		expect(r.trainRate.lt(before.trainRate)).toBe(true);
		expect(r.capacity.eq(before.capacity)).toBe(true);
		// It saves up and the cut lifts once cash covers five minutes of what the cut saves.
		const need = rehireCash(r);
		let lifted = false;
		// (Its serving chips are few: it takes a day or more here (the Garage's power ×1.6 since
		// its phases), and five minutes later it is broke again, the cut back on.)
		for (let m = 0; m < 72 * 30 && !lifted; m++) {
			advance(s, garage, 120);
			expect(badNumbers(s)).toEqual([]);
			if (!s.idle) lifted = true;
		}
		expect(lifted).toBe(true);
		expect(need.gt(0)).toBe(true);
		advance(s, garage, 3600);
		expect(s.idle).toBe(true);
		expect(badNumbers(s)).toEqual([]);
	});

	it('no cut while the lab pays its bills, nor with nothing training', () => {
		const s = lab();
		s.cash = s.cash.add(1e6);
		expect(rates(s, garage).powerCut).toBe(1);
		const t = lab();
		apply(t, garage, { type: 'train-share', share: 0 });
		t.idle = true;
		expect(rates(t, garage).powerCut).toBe(1);
		expect(rates(t, garage).cutSaves.eq(0)).toBe(true);
	});

	it('between runs, a broke lab with more chips than customers powers only those its customers need, and earns its way back', () => {
		// A launch's spike sold the chips; once it fades, the fleet's bill is more than the
		// steady customers pay (the check-in player's Garage, seed 2: broke from 9.5 h to the next
		// check-in at 12.5 h, earning nothing).
		const s = overBoughtLab();
		const paid = rates(s, garage);
		expect(paid.fullCapacity.gt(paid.baseDemand.mul(100))).toBe(true);
		expect(revenue(market(paid, 0), paid).lt(paid.costs)).toBe(true);
		advance(s, garage, 1);
		expect(s.idle).toBe(true);
		const cut = rates(s, garage);
		// The chips no steady customer needs are off: the bill falls, the sales do not.
		expect(cut.cutSaves.gt(0)).toBe(true);
		expect(cut.powerCost.lt(paid.powerCost)).toBe(true);
		expect(market(cut, 0).served.eq(market(paid, 0).served)).toBe(true);
		expect(flow(s, cut).cashPerSec.gt(0)).toBe(true);
		// The Power card says how few of the chips run.
		const running = powerCutShare(cut)!;
		expect(running).toBeGreaterThan(0);
		expect(running).toBeLessThan(0.05);
		// It saves up, and the cut lifts.
		advance(s, garage, 6 * 3600);
		expect(s.cash.gt(0) || !s.idle).toBe(true);
		expect(badNumbers(s)).toEqual([]);
	});

	it('in a run too, a broke lab whose serving chips cost more than their customers pay powers only those they keep busy, and earns its way back', () => {
		// A run on the slider's 30 %: its serving chips alone, seventy times what its customers
		// need, cost more than they sell. Before the rule the cut stopped only the training chips:
		// the lab sat at $0 and its run stood still for days.
		const s = overBoughtRun(0.3);
		const paid = rates(s, garage);
		expect(paid.capacity.gt(paid.baseDemand.mul(50))).toBe(true);
		advance(s, garage, 1);
		expect(s.idle).toBe(true);
		const cut = rates(s, garage);
		expect(cut.cutSaves.gt(0)).toBe(true);
		// The serving chips no steady customer keeps busy are off: the sales stand, the bill is
		// less than they bring in, the cash grows, and what they earn trains a little.
		expect(cut.servingCut).toBeLessThan(0.05);
		expect(market(cut, 0).served.eq(market(paid, 0).served)).toBe(true);
		expect(cut.powerCost.lt(revenue(market(cut, 0), cut))).toBe(true);
		expect(flow(s, cut).cashPerSec.gt(0)).toBe(true);
		expect(cut.trainRate.gt(0)).toBe(true);
		expect(powerCutShare(cut)).toBeLessThan(0.5);
		// Over three days it saves up, the cut lifts (again and again: the full fleet's bill
		// breaks it each time) and the run trains.
		const progress = s.run!.progress;
		let lifts = 0;
		for (let m = 0; m < 3 * 24 * 60; m++) {
			advance(s, garage, 60);
			if (!s.idle) lifts++;
		}
		expect(lifts).toBeGreaterThan(0);
		expect(!s.run || s.run.progress.gt(progress)).toBe(true);
		expect(badNumbers(s)).toEqual([]);
	});

	it('a lab broke by its power bill keeps its researchers at work while serving pays them', () => {
		// A Hyperscale lab with 99 researchers, nearly all its chips training: the bill is far
		// above what serving earns, the salaries far below it.
		const s = fixtureState('mid-game');
		const c = eraContent(s.eraId);
		// The fixture arrives at a check-in (no run): nearly all chips train once one goes.
		expect(apply(s, c, { type: 'start-run', size: oneSizeUp(s, c).id }).ok).toBe(true);
		apply(s, c, { type: 'train-share', share: 0.99999 });
		s.cash = new Decimal(0);
		advance(s, c, 1);
		expect(s.idle).toBe(true);
		const r = rates(s, c);
		expect(r.powerCut).toBeLessThan(1);
		expect(r.staffed).toBe(true);
		expect(r.insightRate.gt(0)).toBe(true);
		expect(r.costs.gte(r.powerCost.add(r.salaries).mul(1 - 1e-9))).toBe(true);
		const insight = s.insight;
		advance(s, c, 600);
		expect(s.insight.gt(insight)).toBe(true);
		expect(badNumbers(s)).toEqual([]);
	});

	it('a broke lab whose serving cannot pay its payroll downs tools', () => {
		const s = fixtureState('mid-game');
		const c = eraContent(s.eraId);
		// The fixture arrives at a check-in (no run): nearly all chips train once one goes.
		expect(apply(s, c, { type: 'start-run', size: oneSizeUp(s, c).id }).ok).toBe(true);
		apply(s, c, { type: 'train-share', share: 0.99999 });
		s.researchers = 1e9;
		s.cash = new Decimal(0);
		advance(s, c, 1);
		expect(s.idle).toBe(true);
		const r = rates(s, c);
		expect(r.staffed).toBe(false);
		expect(r.insightRate.eq(0)).toBe(true);
		expect(r.costs.eq(r.powerCost.sub(r.batch))).toBe(true);
	});
});
