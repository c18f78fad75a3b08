// The player's automation rules: what each one may be set to, and the action that sets them.
import type { ActionResult } from './actions';
import { AUTOMATION_RANGES, type Automation, type GameState } from './state';

export type AutomationKind = keyof Automation;

export interface AutomationPatch {
	on?: boolean;
	minGain?: number;
	reserve?: number;
	threshold?: number;
	floor?: number;
}

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
