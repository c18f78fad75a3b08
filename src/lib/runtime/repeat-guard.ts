// A double tap on a one-off purchase whose price climbs with each one buys it once: playtest 27
// tapped a campus's Build twice and paid for a second campus at 8× the first's price (the button's
// price changed under the finger). Playtest 37 paid twice for a repeatable research level the same
// way: a project’s next level is priced ×1.3–×1.7 the last, and ×max buys every level the insight
// pays for in one tap. Buttons that buy one of many each tap (hardware ×1, a rack, a panel, a
// hire) still buy on every tap, as players of idle games expect.
import type { Action } from '../engine';

/** Taps on the same one-off purchase closer than this are one tap. */
export const REPEAT_MS = 600;

/** A research level's window is a double tap's only: playtest 38 tapped a repeatable project
 * five times 350 ms apart on purpose, and two of the taps were swallowed. */
export const RESEARCH_REPEAT_MS = 300;

/** The purchases a double tap makes once, and the window in which a second tap is the same tap:
 * a research level, a campus, a silicon generation, a chartered rocket. */
export const ONE_OFF: ReadonlyMap<Action['type'], number> = new Map([
	['research', RESEARCH_REPEAT_MS],
	['build-campus', REPEAT_MS],
	['fund-silicon', REPEAT_MS],
	['charter', REPEAT_MS]
]);

export class RepeatGuard {
	private last: { key: string; at: number } | null = null;

	/** Whether to make `action` at `now` (ms): false for a one-off purchase the same as the last
	 * one made less than its window (ONE_OFF) before. Taps it turns away do not restart the clock. */
	accept(action: Action, now: number): boolean {
		const window = ONE_OFF.get(action.type);
		if (window === undefined) return true;
		const key = JSON.stringify(action);
		if (this.last && this.last.key === key && now - this.last.at < window) return false;
		this.last = { key, at: now };
		return true;
	}
}
