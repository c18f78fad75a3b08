// The player's automation rules: what each one may be set to, and the action that sets them.
import type { ActionResult } from './actions';
import type { Automation, GameState } from './state';

export type AutomationKind = keyof Automation;

export interface AutomationPatch {
	on?: boolean;
	minGain?: number;
	reserve?: number;
	threshold?: number;
}

/** The range of each number a rule holds (the save's validation uses the same ranges). */
export const AUTOMATION_RANGES = {
	minGain: [0, 1000],
	reserve: [0, 0.99],
	threshold: [0.1, 1]
} as const;

/** Changes an automation rule. Values are checked; a refused change changes nothing. */
export function setAutomation(
	s: GameState,
	kind: AutomationKind,
	patch: AutomationPatch
): ActionResult {
	for (const [key, [lo, hi]] of Object.entries(AUTOMATION_RANGES)) {
		const v = patch[key as keyof typeof AUTOMATION_RANGES];
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
