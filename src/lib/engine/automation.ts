// Automation bought with Moat: release, next run, hardware and power, each by a simple rule
// the player sets. It acts at the end of a step, through the same actions a player uses.
// For exact fast-forward, advance() asks when it would next act: at once (a model waits, no
// run is going) or when cash first reaches a known amount (the next purchase it would make).
import type { EraContent } from '../content';
import { buy, contractCost, quoteHardware, release, signContract, startRun } from './actions';
import { Decimal } from './decimal';
import { hasAutomation } from './prestige';
import { rates, type Rates } from './rates';
import type { GameState } from './state';

const MAX_BUYS_PER_STEP = 50;

function wantsRelease(s: GameState): boolean {
	const rule = s.meta.automation.release;
	return (
		!!s.gate &&
		rule.on &&
		hasAutomation(s, 'auto-release') &&
		s.gate.capability >= s.model.capability + rule.minGain
	);
}

function wantsRun(s: GameState): boolean {
	return !s.run && s.meta.automation.run.on && hasAutomation(s, 'auto-run');
}

/** The run size one up from the served model's (the largest if none is bigger). */
export function suggestedRun(s: GameState, c: EraContent): string {
	const sizes = c.era.runSizes;
	return (sizes.find((z) => s.model.flop.lt(z.flop)) ?? sizes[sizes.length - 1]).id;
}

/** The contract auto-sign would sign next, if the fleet draws enough and none is being built. */
function contractWanted(s: GameState, c: EraContent, r: Rates): string | null {
	const rule = s.meta.automation.sign;
	if (!rule.on || !hasAutomation(s, 'auto-sign')) return null;
	if (Object.values(s.power).some((at) => at > s.tick)) return null;
	if (r.powerDraw.lt(r.powerCapacity.mul(rule.threshold))) return null;
	return c.era.power.find((p) => !(p.id in s.power))?.id ?? null;
}

/** The hardware auto-buy would buy next (most FLOP/s per dollar that the power can take). */
function hardwareWanted(
	s: GameState,
	c: EraContent,
	r: Rates
): { id: string; cost: Decimal } | null {
	if (!s.meta.automation.buy.on || !hasAutomation(s, 'auto-buy')) return null;
	let best: { id: string; cost: Decimal; value: number } | null = null;
	for (const hw of c.era.hardware) {
		if (r.powerDraw.add(hw.watts * r.mult.watts).gt(r.powerCapacity)) continue;
		const cost = quoteHardware(s, c, hw.id, 1)!.cost;
		const value = new Decimal(hw.flops).div(cost).toNumber();
		if (!best || value > best.value) best = { id: hw.id, cost, value };
	}
	return best;
}

/** What automation waits for: nothing, now, or cash reaching `cash`. */
export function automationWaits(
	s: GameState,
	c: EraContent,
	r: Rates
): { now: boolean; cash: Decimal | null } {
	if (wantsRelease(s) || wantsRun(s)) return { now: true, cash: null };
	let cash: Decimal | null = null;
	const contract = contractWanted(s, c, r);
	if (contract) cash = contractCost(c, contract);
	const hw = hardwareWanted(s, c, r);
	if (hw) {
		const needed = hw.cost.div(1 - s.meta.automation.buy.reserve);
		if (!cash || needed.lt(cash)) cash = needed;
	}
	return { now: cash !== null && s.cash.gte(cash), cash };
}

const AUTOMATION_PERKS = ['release-manager', 'run-scheduler', 'procurement', 'energy-desk'];

/** Applies every automation that is due. `derived`: this state's rates, if the caller has them. */
export function automate(s: GameState, c: EraContent, derived?: Rates): void {
	if (!AUTOMATION_PERKS.some((id) => (s.meta.perks[id] ?? 0) > 0)) return;
	if (wantsRelease(s)) {
		release(s, c);
		derived = undefined;
	}
	if (wantsRun(s)) {
		startRun(s, c, suggestedRun(s, c));
		derived = undefined;
	}
	let r = derived ?? rates(s, c);
	const contract = contractWanted(s, c, r);
	if (contract && s.cash.gte(contractCost(c, contract))) {
		signContract(s, c, contract);
		r = rates(s, c);
	}
	// Spend at most the cash above the reserve.
	let budget = s.cash.mul(1 - s.meta.automation.buy.reserve);
	for (let i = 0; i < MAX_BUYS_PER_STEP; i++) {
		const hw = hardwareWanted(s, c, r);
		if (!hw || hw.cost.gt(budget)) break;
		buy(s, c, hw.id, 1);
		budget = budget.sub(hw.cost);
		r = rates(s, c);
	}
}

export type AutomationKind = keyof GameState['meta']['automation'];

/** Changes an automation rule. Values are checked; a refused change changes nothing. */
export function setAutomation(
	s: GameState,
	kind: AutomationKind,
	patch: { on?: boolean; minGain?: number; reserve?: number; threshold?: number }
): { ok: true } | { ok: false; reason: 'invalid-amount' } {
	const ranges = { minGain: [0, 1000], reserve: [0, 0.99], threshold: [0.1, 1] } as const;
	for (const [key, [lo, hi]] of Object.entries(ranges)) {
		const v = patch[key as keyof typeof ranges];
		if (v !== undefined && !(Number.isFinite(v) && v >= lo && v <= hi))
			return { ok: false, reason: 'invalid-amount' };
	}
	Object.assign(
		s.meta.automation[kind],
		Object.fromEntries(
			Object.entries(patch).filter(([k]) => k === 'on' || k in s.meta.automation[kind])
		)
	);
	return { ok: true };
}
