// Automation bought with Moat: release, next run, hardware (auto-buy.ts), power, the train share
// (the Capacity planner: capacity-planner.ts), Dyson's beam (the Star steward: beam-advice.ts)
// and, past the last goal, research, each by a simple rule the player sets. It acts at the end of a step, issuing the same actions a player does.
// For exact fast-forward, advance() asks when it would next act: at once (a model waits, no
// run is going) or when cash first reaches a known amount (the next purchase it would make).
import { PERKS, type EraContent } from '../content';
import { buyKnowing, contractCost } from './actions';
import { apply } from './apply';
import type { Decimal } from './decimal';
import { hasAutomation } from './prestige';
import { contractBuilding, gateServes, nextContract } from './purchases';
import { rates, type Rates } from './rates';
import { oneSizeUp } from './run-plan';
import { swarmWouldSlow } from './edge';
import type { GameState } from './state';
import { matchWants, plannedShare } from './capacity-planner';
import { pushNews } from './news';
import { gateWorse } from './models';
import { gateTakesEpoch, inEndless } from './endless';
import { epochSoonest } from './epoch-odds';
import { cashFor, hardwareWanted, panelWanted } from './auto-buy';
import { researchCheapest } from './research-max';
import { beamRuled } from './auto-beam';

const MAX_BUYS_PER_STEP = 50;

/** Auto-release is on and the waiting model gains what its rule asks. */
function ruleWantsGate(s: GameState): boolean {
	const rule = s.meta.automation.release;
	return (
		!!s.gate &&
		rule.on &&
		hasAutomation(s, 'release') &&
		s.gate.capability >= s.model.capability + rule.minGain
	);
}

function wantsRelease(s: GameState, c: EraContent, r?: Rates): boolean {
	return ruleWantsGate(s) && autoReleaseHold(s, c, r ?? rates(s, c)) === null;
}

/** Why auto-release holds a model it would otherwise release. */
export type ReleaseHold = 'memory' | 'swarm';

/**
 * Auto-release is on and the waiting model gains enough, but it holds it: 'memory', the model
 * would serve at under half speed in the fleet's memory; 'swarm', it is split across more of the
 * Edge swarm's devices a copy and would serve there at under half the served model's speed
 * (swarmWouldSlow). The gate says which, so a player back from hours away knows why the model
 * still waits. Null: nothing is held.
 */
export function autoReleaseHold(s: GameState, c: EraContent, r: Rates): ReleaseHold | null {
	if (!ruleWantsGate(s)) return null;
	// Past the end of the road an epoch's Moat outlasts any speed of serving: a model that takes
	// one is released however little of it the memory holds (a week away, auto-release held a
	// 603.8 beside the 593 mark for memory, and 546 runs took no epoch).
	if (gateTakesEpoch(s, c)) return null;
	if (!gateServes(s, c, r, s.meta.automation.release.minFit)) return 'memory';
	if (swarmWouldSlow(s, c, r.mult, r.swarm)) return 'swarm';
	return null;
}

/** Auto-release holds the waiting model (autoReleaseHold says why). */
export function autoReleaseHeld(s: GameState, c: EraContent, r: Rates): boolean {
	return autoReleaseHold(s, c, r) !== null;
}

/** The Run scheduler is owned and on: a run stopped is followed by the next at once (the Stop
 * question says so: playtest 32 stopped runs that came straight back). */
export function schedulerOn(s: GameState): boolean {
	return s.meta.automation.run.on && hasAutomation(s, 'run');
}

function wantsRun(s: GameState): boolean {
	return !s.run && schedulerOn(s);
}

/** Auto-run is on and the model waiting at the gate is worse than the one served: it is
 * thrown away, as a player would with the gate's Discard (it would never be released). */
function wantsDiscard(s: GameState): boolean {
	return gateWorse(s) && schedulerOn(s);
}

/** The contract auto-sign would sign next, if the fleet draws enough and none is being built. */
function contractWanted(s: GameState, c: EraContent, r: Rates): string | null {
	const rule = s.meta.automation.sign;
	if (!rule.on || !hasAutomation(s, 'sign')) return null;
	if (contractBuilding(s)) return null;
	if (drawLow(r, rule.threshold)) return null;
	return nextContract(s, c);
}

/** The fleet draws less than `threshold` of the power capacity (the last answer is kept:
 * asked at every step and segment with the same rates). */
function drawLow(r: Rates, threshold: number): boolean {
	const m = lowMemo;
	if (m.r === r && m.threshold === threshold) return m.value;
	const value = r.powerDraw.lt(r.powerCapacity.mul(threshold));
	lowMemo = { r, threshold, value };
	return value;
}
let lowMemo: { r: Rates | null; threshold: number; value: boolean } = {
	r: null,
	threshold: NaN,
	value: false
};

/** The Research director acts (as the Run scheduler starts a run, past the last goal). */
export function researchDirected(s: GameState): boolean {
	return s.meta.automation.research.on && hasAutomation(s, 'research') && inEndless(s);
}

/** What automation waits for: nothing, now, or cash reaching `cash`. */
export function automationWaits(
	s: GameState,
	c: EraContent,
	r: Rates
): { now: boolean; cash: Decimal | null } {
	if (
		wantsRelease(s, c, r) ||
		wantsRun(s) ||
		wantsDiscard(s) ||
		matchWants(s, r) ||
		beamRuled(s, c, r) !== null
	)
		return { now: true, cash: null };
	let cash: Decimal | null = null;
	const contract = contractWanted(s, c, r);
	if (contract) cash = contractCost(c, contract);
	const hw = hardwareWanted(s, c, r);
	const needed = hw ? cashFor(hw, s.meta.automation.buy.reserve) : panelWanted(s, c, r)?.at;
	if (needed && (!cash || needed.lt(cash))) cash = needed;
	return { now: cash !== null && s.cash.gte(cash), cash };
}

/** The perks that unlock any automation. */
const AUTOMATION_PERKS = PERKS.filter((p) => p.unlocks).map((p) => p.id);

/**
 * Applies every automation that is due. `derived`: this state's rates, if the caller has them.
 * Returns the rates it last held: those of the state as it leaves unless it was handed stale
 * ones and changed nothing (the caller knows: it gets `derived` back); undefined when it held
 * none.
 */
export function automate(s: GameState, c: EraContent, derived?: Rates): Rates | undefined {
	if (!AUTOMATION_PERKS.some((id) => (s.meta.perks[id] ?? 0) > 0)) return derived;
	let r = derived;
	if (s.gate && wantsRelease(s, c, (r ??= rates(s, c)))) {
		apply(s, c, { type: 'release' });
		r = undefined;
	}
	// The gate's Discard (changes nothing the rates read), said in the news (playtest 10 saw
	// Atlas-92 then Atlas-94, and nothing said where Atlas-93 went).
	if (wantsDiscard(s)) {
		pushNews(s, 'auto-discard', { model: s.gate!.name, cap: s.gate!.capability });
		apply(s, c, { type: 'discard' });
	}
	if (wantsRun(s)) {
		// Past the end of the road the Research director spends the insight first, so the run
		// starts with it (a run keeps the algorithms it started with): playtest 40 came back to
		// insight piled up unspent, and research bought by hand moved the lab most.
		if (researchDirected(s)) {
			researchCheapest(s, c);
			r = undefined;
		}
		// Past the end of the road, the size whose runs take the next epoch soonest (the run
		// card's "soonest"): one size up from a lucky model trained runs that rarely took one.
		const epoch = inEndless(s) ? epochSoonest(s, c, (r ??= rates(s, c))) : null;
		apply(s, c, { type: 'start-run', size: (epoch ?? oneSizeUp(s, c)).id });
		r = undefined;
	}
	r ??= rates(s, c);
	// The Capacity planner: serving back to demand once it leaves the band (capacity-planner.ts).
	if (matchWants(s, r)) {
		apply(s, c, { type: 'train-share', share: plannedShare(s, r, s.hype, s.loyalty) });
		r = rates(s, c);
	}
	const contract = contractWanted(s, c, r);
	if (contract && s.cash.gte(contractCost(c, contract))) {
		apply(s, c, { type: 'sign', contract });
		r = rates(s, c);
	}
	// Spend at most the cash above the reserve.
	let budget = s.cash.mul(1 - s.meta.automation.buy.reserve);
	for (let i = 0; i < MAX_BUYS_PER_STEP; i++) {
		const hw = hardwareWanted(s, c, r);
		if (!hw || hw.cost.gt(budget)) break;
		// The action { type: 'buy', count }, handing over the rates it needs before and after.
		r = buyKnowing(s, c, hw.id, hw.count, r).after;
		budget = budget.sub(hw.cost);
	}
	// Past the last goal, with no chip fitting the power: panels (an order changes no rate).
	for (let i = 0; i < MAX_BUYS_PER_STEP; i++) {
		const panel = panelWanted(s, c, r);
		if (!panel || panel.cost.gt(budget)) break;
		apply(s, c, { type: 'panel', count: 1 });
		budget = budget.sub(panel.cost);
	}
	// The Star steward: the beam the star card suggests, once the buys are made (an order draws
	// nothing until it lands, where automation acts again).
	const beam = beamRuled(s, c, r);
	if (beam !== null) {
		apply(s, c, { type: 'beam', share: beam });
		r = rates(s, c);
	}
	return r;
}
