// A share said beside a limit it falls short of, which it must never seem to reach.
import { formatPercent, percentDown } from './number';

/** A share under `limit` that never reads at or past it: one more decimal, rounded down, where
 * the rounding would reach it. Playtest 31 read "Auto-release holds it: your fleet's memory would
 * serve it at 50% speed" beside a rule that releases "at 50% speed or more" (49.6 %). */
export function formatPercentBelow(share: number, limit: number, digits = 0): string {
	const text = formatPercent(share, digits);
	if (!(share < limit) || !(Number.parseFloat(text) >= limit * 100)) return text;
	return percentDown(share, digits + 1);
}
