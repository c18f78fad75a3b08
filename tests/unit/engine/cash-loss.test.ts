// The Lab's "Losing cash" card (engine/cash-loss.ts): it comes when the cash will run out within
// the hour, says when by the game's own steps, and names the costs that outrun the sales.
// Playtest 12's Garage lost $0.17/s with only the header's figure turned red.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	advance,
	apply,
	cashLoss,
	cloneState,
	LOSS_WARN_WITHIN,
	netIncome,
	rates,
	splitLoss,
	type GameState
} from '../../../src/lib/engine';
import { Decimal } from '../../../src/lib/engine/decimal';
import { fixtureState as fixture } from './helpers';

/** The Garage fixture with `hires` more researchers than its sales pay, and `cash` left. */
function overhired(hires: number, cash: number): GameState {
	const s = fixture('garage');
	const c = eraContent(s.eraId);
	s.cash = new Decimal(1e9);
	expect(apply(s, c, { type: 'hire', count: hires }).ok).toBe(true);
	s.cash = new Decimal(cash);
	return s;
}

/** Seconds until the lab is broke, one step at a time (Infinity past `limit`). */
function brokeAfter(s: GameState, limit: number): number {
	const x = cloneState(s);
	const c = eraContent(x.eraId);
	for (let t = 1; t <= limit; t++) {
		advance(x, c, 1);
		if (x.idle) return t;
	}
	return Infinity;
}

/** No rival release or world event within `seconds`: what the card's projection assumes. */
function quiet(s: GameState, seconds: number): GameState {
	for (const r of s.rivals) r.nextReleaseAt = Math.max(r.nextReleaseAt, s.tick + seconds + 1);
	s.nextEventAt = Math.max(s.nextEventAt, s.tick + seconds + 1);
	return s;
}

const lossOf = (s: GameState) => {
	const c = eraContent(s.eraId);
	return cashLoss(s, c, rates(s, c));
};

describe('the losing-cash card', () => {
	it('says nothing while the cash grows, in every era fixture', () => {
		for (const name of ['garage', 'cloud', 'hyperscale', 'edge', 'orbit', 'moon', 'dyson']) {
			expect(lossOf(fixture(name)), name).toBeNull();
		}
	});

	it('says when the cash runs out, to the step the game goes broke', () => {
		const s = quiet(overhired(15, 500), 2 * LOSS_WARN_WITHIN);
		const loss = lossOf(s)!;
		expect(loss).not.toBeNull();
		expect(loss.broke).toBe(false);
		expect(loss.runsOutIn).toBe(brokeAfter(s, LOSS_WARN_WITHIN));
		// The launch's hype fades meanwhile: the loss grows, so a straight line would say later.
		expect(loss.salesFading).toBe(true);
		expect(loss.runsOutIn).toBeLessThan(s.cash.div(loss.perSec).toNumber());
		// What it names: salaries are the largest cost, and the costs outrun the sales by perSec.
		expect(loss.largest).toBe('salaries');
		const costs = loss.salaries.add(loss.power).add(loss.rent);
		expect(costs.sub(loss.sales).sub(loss.perSec).abs().toNumber()).toBeLessThan(1e-9);
	});

	it('does not foretell a rival release: the same answer with the rival due or not', () => {
		const s = overhired(15, 500);
		const due = cloneState(s);
		// A rival releases within the window (it takes share, sales fall: the game goes broke
		// sooner), but the card reads the quiet game's steps.
		due.rivals[0].nextReleaseAt = s.tick + 30;
		expect(lossOf(due)!.runsOutIn).toBe(
			lossOf(quiet(cloneState(s), 2 * LOSS_WARN_WITHIN))!.runsOutIn
		);
	});

	it('leaves a loss the cash carries past the hour to the header', () => {
		const s = quiet(overhired(15, 500), 4 * LOSS_WARN_WITHIN);
		const after = brokeAfter(s, LOSS_WARN_WITHIN);
		expect(after).toBeLessThan(LOSS_WARN_WITHIN);
		// Enough cash that the same loss lasts past the hour.
		const rich = cloneState(s);
		rich.cash = rich.cash.mul(200);
		expect(brokeAfter(rich, LOSS_WARN_WITHIN)).toBe(Infinity);
		expect(lossOf(rich)).toBeNull();
	});

	it('once broke, says research stopped and names the unpaid salaries', () => {
		const s = quiet(overhired(15, 500), 2 * LOSS_WARN_WITHIN);
		advance(s, eraContent(s.eraId), brokeAfter(s, LOSS_WARN_WITHIN));
		expect(s.idle).toBe(true);
		const loss = lossOf(s)!;
		expect(loss.broke).toBe(true);
		expect(loss.runsOutIn).toBe(0);
		expect(loss.researchStopped).toBe(true);
		expect(rates(s, eraContent(s.eraId)).insightRate.eq(0)).toBe(true);
		expect(loss.salaries.add(loss.power).gt(loss.sales)).toBe(true);
	});
});

describe("the Train ↔ Serve card's word on a split that loses money", () => {
	// Playtest 21 slid to 100 % training: income −7.15e313/s with no word on the card, and the
	// lab ran out of cash in a minute.
	/** The Dyson fixture with a fleet and no panel, the longest run training at `share`, and `cash`. */
	function training(share: number, cash: string): GameState {
		const s = fixture('dyson');
		const c = eraContent('dyson');
		s.hardware.statite = 150;
		const size = c.era.runSizes[c.era.runSizes.length - 1].id;
		expect(apply(s, c, { type: 'start-run', size }).ok).toBe(true);
		expect(apply(s, c, { type: 'train-share', share }).ok).toBe(true);
		s.cash = new Decimal(cash);
		return s;
	}

	it("says the loss (the header's income) and when the cash runs out, the losing-cash card's time", () => {
		const s = training(1, '1e311');
		const c = eraContent('dyson');
		const r = rates(s, c);
		const loss = splitLoss(s, c, r)!;
		expect(loss.perSec.eq(netIncome(s, c, r).neg())).toBe(true);
		expect(loss.perSec.gt(0)).toBe(true);
		expect(loss.runsOutIn).toBe(cashLoss(s, c, r)!.runsOutIn);
		expect(loss.runsOutIn).toBeLessThan(LOSS_WARN_WITHIN);
		expect(loss.runsOutIn).toBe(brokeAfter(quiet(s, LOSS_WARN_WITHIN), LOSS_WARN_WITHIN));
	});

	it('a loss the cash carries past the hour is still said; a split that earns says nothing', () => {
		const c = eraContent('dyson');
		const rich = training(1, '1e314');
		const loss = splitLoss(rich, c, rates(rich, c))!;
		expect(loss.perSec.gt(0)).toBe(true);
		expect(loss.runsOutIn).toBeNull();
		// How long, at this loss held (playtest 27 read "over an hour" of 98 hours): cash over loss.
		expect(loss.perSec.mul(loss.atThisLoss!).div(rich.cash).toNumber()).toBeCloseTo(1, 9);
		expect(loss.atThisLoss!).toBeGreaterThan(LOSS_WARN_WITHIN);
		expect(
			splitLoss(training(1, '1e311'), c, rates(training(1, '1e311'), c))!.atThisLoss
		).toBeNull();
		const half = training(0.5, '1e311');
		expect(splitLoss(half, c, rates(half, c))).toBeNull();
	});
});
