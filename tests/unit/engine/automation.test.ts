// Automation opens over the eras, at most two per era, each bought with Moat once its era comes.
import { describe, expect, it } from 'vitest';
import { ERAS, PERKS, eraContent } from '../../../src/lib/content';
import {
	Decimal,
	advance,
	apply,
	autoBuyNext,
	autoReleaseHeld,
	autoReleaseHold,
	autoReleaseRule,
	awayReport,
	automationValueOk,
	setAutomation,
	buyPerk,
	memoryView,
	newGame,
	perkOpen,
	rates,
	cloneState,
	keptFromChips,
	panelCost,
	panelsOrdered,
	runSizesOffered,
	runTimeLeft,
	step
} from '../../../src/lib/engine';
import { fixtureState, stateDiff } from './helpers';

const RELEASE_PERK = PERKS.find((p) => p.unlocks === 'release')!.id;

describe('automation across eras', () => {
	const automation = PERKS.filter((p) => p.unlocks);

	it('no era opens more than two automations, and the Garage opens none', () => {
		for (const era of ERAS) {
			const opened = automation.filter((p) => (p.fromEra ?? 1) === era.index);
			expect(opened.length).toBeLessThanOrEqual(2);
		}
		expect(automation.every((p) => (p.fromEra ?? 1) > 1)).toBe(true);
		expect(new Set(automation.map((p) => p.fromEra)).size).toBeGreaterThan(1);
	});

	it('a perk is refused before its era and sold from it on', () => {
		for (const perk of automation) {
			const early = ERAS[perk.fromEra! - 2];
			const s = newGame(1, early.id);
			s.meta.moat = new Decimal(1000);
			expect(perkOpen(s, perk.id)).toBe(false);
			expect(buyPerk(s, perk.id)).toEqual({ ok: false, reason: 'later-era' });
			expect(s.meta.perks[perk.id] ?? 0).toBe(0);
			const t = newGame(1, ERAS[perk.fromEra! - 1].id);
			t.meta.moat = new Decimal(1000);
			// The Research director is sold past the last goal only (its own test: auto-research).
			t.meta.finished = !!perk.afterGoal;
			expect(buyPerk(t, perk.id)).toEqual({ ok: true });
		}
	});
});

describe('auto-release and memory', () => {
	it('holds a model that would serve at under half speed, and says so; releases it once it fits', () => {
		const c = eraContent('cloud');
		const s = newGame(1, 'cloud');
		s.meta.perks[RELEASE_PERK] = 1;
		s.meta.automation.release.on = true;
		const fits = rates(s, c).memory.div(c.era.servingBytesPerParam);
		// Far more parameters than the fleet holds: well under half its speed.
		s.gate = { ...s.model, name: 'Big', capability: s.model.capability + 5, params: fits.mul(16) };
		expect(autoReleaseHeld(s, c, rates(s, c))).toBe(true);
		const before = cloneState(s);
		advance(s, c, 60);
		expect(s.gate?.name).toBe('Big');
		// The away report says why it still waits (playtest 31), with the fit the gate says.
		const held = awayReport(before, s, c, [], 0).held!;
		expect(held.reason).toBe('memory');
		expect(held.fit).toBe(memoryView(s, c, rates(s, c)).gateFit);
		expect(held.fit!).toBeLessThan(held.minFit);
		// The same gain in a model that fits: released at the next step, and nothing is held.
		s.gate = { ...s.gate!, params: fits.div(2) };
		expect(autoReleaseHeld(s, c, rates(s, c))).toBe(false);
		advance(s, c, 1);
		expect(s.gate).toBeNull();
		expect(s.model.name).toBe('Big');
		expect(autoReleaseHeld(s, c, rates(s, c))).toBe(false);
	});

	it("the rule's figures are those it applies: the gain asked and the memory's share of speed (playtest 29)", () => {
		const c = eraContent('cloud');
		const s = newGame(1, 'cloud');
		s.meta.perks[RELEASE_PERK] = 1;
		s.meta.automation.release.on = true;
		s.meta.automation.release.minGain = 2.5;
		const rule = autoReleaseRule(s, c);
		expect(rule.minGain).toBe(2.5);
		expect(rule.swarmSpeed).toBeNull(); // no swarm in the Cloud
		expect(autoReleaseRule(newGame(1, 'edge'), eraContent('edge')).swarmSpeed).toBeGreaterThan(0);
		const fits = rates(s, c).memory.div(c.era.servingBytesPerParam);
		let held = 0;
		for (const k of [0.5, 1.2, 1.6, 1.9, 2.2, 2.6, 3.5, 8]) {
			s.gate = { ...s.model, name: 'Big', capability: s.model.capability + 3, params: fits.mul(k) };
			const r = rates(s, c);
			const fit = memoryView(s, c, r).gateFit!;
			// Held for memory exactly when the fleet would serve it under the rule's share.
			expect(autoReleaseHold(s, c, r) === 'memory').toBe(fit < rule.minFit);
			if (fit < rule.minFit) held++;
		}
		expect(held).toBeGreaterThan(0);
		expect(held).toBeLessThan(8);
		// Under the gain asked, nothing is weighed.
		s.gate = { ...s.gate!, capability: s.model.capability + 2 };
		expect(autoReleaseHold(s, c, rates(s, c))).toBeNull();
	});

	it("the memory's share is the player's to set: lowered, the held model is released; at 0, any (playtest 42)", () => {
		const c = eraContent('cloud');
		const s = newGame(1, 'cloud');
		s.meta.perks[RELEASE_PERK] = 1;
		expect(s.meta.automation.release.minFit).toBe(0.5); // a new game asks half speed
		const fits = rates(s, c).memory.div(c.era.servingBytesPerParam);
		s.gate = { ...s.model, name: 'Big', capability: s.model.capability + 5, params: fits.mul(5) };
		const fit = memoryView(s, c, rates(s, c)).gateFit!;
		expect(fit).toBeGreaterThan(0.25);
		expect(fit).toBeLessThan(0.5);
		expect(autoReleaseHold(s, c, rates(s, c))).toBe('memory');
		// Raised above the fit, still held; the rule's text reads the value set.
		expect(setAutomation(s, 'release', { minFit: 0.25 })).toEqual({ ok: true });
		expect(autoReleaseRule(s, c).minFit).toBe(0.25);
		expect(autoReleaseHold(s, c, rates(s, c))).toBeNull();
		const t = cloneState(s);
		advance(t, c, 1);
		expect(t.gate).toBeNull();
		expect(t.model.name).toBe('Big');
		// A model far past the memory: held at 25 %, released at 0.
		s.gate = { ...s.gate!, params: fits.mul(1000) };
		expect(autoReleaseHold(s, c, rates(s, c))).toBe('memory');
		expect(setAutomation(s, 'release', { minFit: 0 })).toEqual({ ok: true });
		expect(autoReleaseHold(s, c, rates(s, c))).toBeNull();
		// Out of its range, refused.
		for (const bad of [-0.1, 1.5, NaN]) {
			expect(setAutomation(s, 'release', { minFit: bad }).ok).toBe(false);
			expect(s.meta.automation.release.minFit).toBe(0);
		}
	});
});

describe('automation rule values', () => {
	it('a value out of its range, or not a number, is refused and changes nothing (playtest 29)', () => {
		const s = newGame(1, 'cloud');
		s.meta.automation.release.minGain = 0.5;
		for (const bad of [-5, 1e9, NaN, Infinity]) {
			expect(automationValueOk('minGain', bad)).toBe(false);
			expect(setAutomation(s, 'release', { minGain: bad })).toEqual({
				ok: false,
				reason: 'invalid-amount'
			});
			expect(s.meta.automation.release.minGain).toBe(0.5);
		}
		expect(automationValueOk('minGain', 0.3)).toBe(true);
		expect(setAutomation(s, 'release', { minGain: 0.3 })).toEqual({ ok: true });
		expect(s.meta.automation.release.minGain).toBe(0.3);
		expect(automationValueOk('reserve', 1.5)).toBe(false);
		expect(automationValueOk('reserve', 0.5)).toBe(true);
	});
});

// Playtest 30 came back after six hours to $1.2e213 unspent and a fleet unchanged: the card says
// what auto-buy orders next and at what cash, or that the power is full.
describe('what auto-buy orders next', () => {
	it('names the lot and the cash at which it orders it, and orders it then', () => {
		const s = fixtureState('late-era');
		const c = eraContent(s.eraId);
		const next = autoBuyNext(s, c, rates(s, c));
		expect(next?.lot).not.toBeNull();
		const { lot, at } = next as { lot: { id: string; count: number; cost: Decimal }; at: Decimal };
		// The reserve kept: it orders once the cash leaves that share of it after the lot.
		expect(
			at
				.mul(1 - s.meta.automation.buy.reserve)
				.div(lot.cost)
				.toNumber()
		).toBeCloseTo(1, 9);
		const held = (x: typeof s) =>
			(x.hardware[lot.id] ?? 0) +
			x.orders.filter((o) => o.hardwareId === lot.id).reduce((n, o) => n + o.count, 0);
		const short = cloneState(s);
		short.cash = at.mul(0.999);
		step(short, c);
		expect(held(short)).toBe(held(s));
		const enough = cloneState(s);
		enough.cash = at.mul(1.001);
		step(enough, c);
		expect(held(enough)).toBeGreaterThanOrEqual(held(s) + lot.count);
	});

	it('says no unit fits when the power is full, and nothing while it is off', () => {
		// The Garage with auto-buy owned, its circuit full: every card draws power.
		const s = newGame(3);
		const c = eraContent(s.eraId);
		s.meta.perks[PERKS.find((p) => p.unlocks === 'buy')!.id] = 1;
		s.meta.automation.buy.on = true;
		expect(autoBuyNext(s, c, rates(s, c))?.lot).not.toBeNull();
		const first = c.era.hardware[0].id;
		s.hardware[first] = (s.hardware[first] ?? 0) + 1e6;
		expect(rates(s, c).throttle).toBeLessThan(1);
		expect(autoBuyNext(s, c, rates(s, c))).toEqual({ lot: null });
		s.meta.automation.buy.on = false;
		expect(autoBuyNext(s, c, rates(s, c))).toBeNull();
	});

	// Playtest 40: ten hours away at "keep all" spent ~90 % of the cash on chips that then ran at
	// 4 % power: auto-buy counted the watts kept at the star as the chips' room.
	it('in Dyson, buys only chips the beamed watts run: none into the watts kept at the star', () => {
		// The played endless lab, its chips drawing what its 627 panels give, and 100 more panels;
		// before the last goal (past it, auto-buy orders panels when no chip fits: below).
		const s = fixtureState('endless-played');
		s.meta.finished = false;
		const c = eraContent(s.eraId);
		s.meta.automation.buy.on = true;
		// The longest run offered, still training a day on (between runs every watt is beamed).
		const longest = runSizesOffered(s, c, rates(s, c)).at(-1)!;
		expect(apply(s, c, { type: 'start-run', size: longest.id }).ok).toBe(true);
		// Every watt beamed, with watts to spare: it buys.
		s.dyson.beam = 1;
		s.dyson.panels += 100;
		const beamed = rates(s, c);
		expect(beamed.powerDraw.lt(beamed.powered)).toBe(true);
		expect(autoBuyNext(s, c, beamed)?.lot).not.toBeNull();
		// Every watt kept at the star: the chips' room is the rings' alone, which they fill.
		s.dyson.beam = 0;
		const kept = rates(s, c);
		expect(keptFromChips(kept).gt(0)).toBe(true);
		expect(kept.powerDraw.gte(kept.powered)).toBe(true);
		expect(autoBuyNext(s, c, kept)).toEqual({ lot: null });
		// Ten hours away with the cash to buy (the playtest's): the fleet runs no slower than before.
		s.cash = s.cash.mul(1e6);
		const before = rates(s, c).throttle;
		expect(runTimeLeft(s, kept, c)).toBeGreaterThan(10 * 3600);
		advance(s, c, 10 * 3600);
		expect(s.run?.sizeId).toBe(longest.id);
		expect(rates(s, c).throttle).toBeGreaterThanOrEqual(before * 0.999);
	});

	// Playtest 41: in the endless epochs cash piled up 300–40,000× the income while auto-buy waited
	// for panels it never ordered.
	it('past the last goal, orders a panel when no chip fits, and fast-forward stays exact', () => {
		const s = fixtureState('endless-played');
		const c = eraContent(s.eraId);
		s.meta.automation.buy.on = true;
		const longest = runSizesOffered(s, c, rates(s, c)).at(-1)!;
		expect(apply(s, c, { type: 'start-run', size: longest.id }).ok).toBe(true);
		apply(s, c, { type: 'beam', share: 0 });
		const next = autoBuyNext(s, c, rates(s, c));
		expect(next?.lot).toBeNull();
		const panel = (next as { panel: { cost: Decimal; at: Decimal } }).panel;
		expect(panel.cost.eq(panelCost(s, c, 1))).toBe(true);
		// Below its cash nothing is ordered; at it, the panel.
		const short = cloneState(s);
		short.cash = panel.at.mul(0.999);
		step(short, c);
		expect(panelsOrdered(short)).toBe(panelsOrdered(s));
		const enough = cloneState(s);
		enough.cash = panel.at.mul(1.001);
		step(enough, c);
		expect(panelsOrdered(enough)).toBe(panelsOrdered(s) + 1);
		// An hour caught up equals the single steps, panels ordered and landed on the way.
		const n = 3600;
		const fast = advance(cloneState(s), c, n);
		const slow = cloneState(s);
		for (let i = 0; i < n; i++) step(slow, c);
		expect(slow.dyson.panels).toBeGreaterThan(s.dyson.panels);
		expect(stateDiff(fast, slow, 1e-9, { cash: Math.abs(s.cash.toNumber()) })).toEqual([]);
		// Before the last goal it waits for the player's panels, as it did.
		s.meta.finished = false;
		expect(autoBuyNext(s, c, rates(s, c))).toEqual({ lot: null });
	});
});
