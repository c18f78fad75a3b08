// The orders on the way, as the Fleet screen lists them: orders of one card landing at the same
// tick are one line ("5 ×", not five lines of "1 ×": Orbit's cargo flies together). Keyed by
// card and tick, which no two groups share.
import type { GameState } from '$lib/engine';

export interface Arrival {
	key: string;
	hardwareId: string;
	count: number;
	arrivesAt: number;
}

export function arrivals(orders: GameState['orders']): Arrival[] {
	const groups: Arrival[] = [];
	for (const o of orders) {
		const key = `${o.hardwareId}@${o.arrivesAt}`;
		const g = groups.find((x) => x.key === key);
		if (g) g.count += o.count;
		else groups.push({ key, hardwareId: o.hardwareId, count: o.count, arrivesAt: o.arrivesAt });
	}
	return groups;
}
