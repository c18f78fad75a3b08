// The player's automation rules: what each one may be set to, and the action that sets them.
import type { EraContent } from '../content';
import type { ActionResult } from './actions';
import { SWARM_MIN_SPEED, swarmOf } from './edge';
import { inEndless } from './endless';
import { AUTOMATION_RANGES, type Automation, type GameState } from './state';

export type AutomationKind = keyof Automation;

export interface AutomationPatch {
	on?: boolean;
	minGain?: number;
	minFit?: number;
	reserve?: number;
	threshold?: number;
	floor?: number;
}

/** A rule's number: how far a release must gain, the buy reserve, the sign threshold, the floor. */
export type AutomationField = keyof typeof AUTOMATION_RANGES;

/** `v` is a value `field` may be set to (finite, within its AUTOMATION_RANGES). */
export function automationValueOk(field: AutomationField, v: number): boolean {
	const [lo, hi] = AUTOMATION_RANGES[field];
	return Number.isFinite(v) && v >= lo && v <= hi;
}

/** Changes an automation rule. Values are checked; a refused change changes nothing. */
export function setAutomation(
	s: GameState,
	kind: AutomationKind,
	patch: AutomationPatch
): ActionResult {
	for (const key of Object.keys(AUTOMATION_RANGES) as AutomationField[]) {
		const v = patch[key];
		if (v !== undefined && !automationValueOk(key, v))
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

/** Every condition auto-release applies (automation.ts wantsRelease), for the rule's text: the
 * waiting model better by `minGain` points; the fleet's memory serving it at `minFit` of its
 * speed or more (purchases.ts gateServes); in an era with a swarm, `swarmSpeed` of the served
 * model's speed or more on it (edge.ts swarmWouldSlow), else null. Playtest 29 read "Release when
 * better by at least 0.1 points" while the rule held a better model for memory. */
export interface AutoReleaseRule {
	minGain: number;
	minFit: number;
	swarmSpeed: number | null;
	/** Past the end of the road: a model that takes an epoch is released whatever its memory. */
	epochs: boolean;
}

export function autoReleaseRule(s: GameState, c: EraContent): AutoReleaseRule {
	return {
		minGain: s.meta.automation.release.minGain,
		minFit: s.meta.automation.release.minFit,
		swarmSpeed: swarmOf(c) ? SWARM_MIN_SPEED : null,
		epochs: inEndless(s)
	};
}
