// A double tap on a one-off purchase whose price climbs with each one buys it once: playtest 27
// tapped a campus's Build twice and paid for a second campus at 8× the first's price (the button's
// price changed under the finger). Playtest 37 paid twice for a repeatable research level the same
// way: a project’s next level is priced ×1.3–×1.7 the last, and ×max buys every level the insight
// pays for in one tap. Buttons that buy one of many each tap (hardware ×1, a rack, a panel, a
// hire) still buy on every tap, as players of idle games expect.
import type { Action } from '../engine';

/** Taps on the same one-off purchase closer than this are one tap. */
export const REPEAT_MS = 600;

/** The purchases a double tap makes once: a research level, a campus, a silicon generation, a
 * chartered rocket. */
export const ONE_OFF: ReadonlySet<Action['type']> = new Set([
	'research',
	'build-campus',
	'fund-silicon',
	'charter'
]);

export class RepeatGuard {
	private last: { key: string; at: number } | null = null;

	/** Whether to make `action` at `now` (ms): false for a one-off purchase the same as the last
	 * one made less than REPEAT_MS before. Taps it turns away do not restart the clock. */
	accept(action: Action, now: number): boolean {
		if (!ONE_OFF.has(action.type)) return true;
		const key = JSON.stringify(action);
		if (this.last && this.last.key === key && now - this.last.at < REPEAT_MS) return false;
		this.last = { key, at: now };
		return true;
	}
}
