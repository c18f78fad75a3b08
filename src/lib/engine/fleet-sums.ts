// The fleet's sums for the rates: FLOP/s, watts drawn and memory of the units held. Rates are
// derived at every event, and most events (a dusk, a rival's release, an event starting) leave
// the fleet as it was: the last sums are kept while the fleet, the content and the watts
// multiplier stay the same. A hit returns what the same sums returned (same terms, same order).
import type { EraContent, HardwareDef } from '../content';
import { D0, Decimal } from './decimal';
import type { GameState } from './state';

/** A tier's figures as Decimals, made once per tier rather than at every event. */
const tierFigures = new WeakMap<HardwareDef, { flops: Decimal; watts: Decimal; memory: Decimal }>();
export function figures(hw: HardwareDef) {
	let f = tierFigures.get(hw);
	if (!f)
		tierFigures.set(
			hw,
			(f = {
				flops: new Decimal(hw.flops),
				watts: new Decimal(hw.watts),
				memory: new Decimal(hw.memory)
			})
		);
	return f;
}

export interface FleetSums {
	compute: Decimal;
	draw: Decimal;
	memory: Decimal;
}

/** The last sums, with the fleet they were made of (ids and counts in iteration order). */
let last: {
	content: EraContent;
	watts: number;
	ids: string[];
	counts: number[];
	sums: FleetSums;
} | null = null;

function sameFleet(hardware: Record<string, number>, ids: string[], counts: number[]): boolean {
	let i = 0;
	for (const id in hardware) {
		if (i >= ids.length || ids[i] !== id || counts[i] !== hardware[id]) return false;
		i++;
	}
	return i === ids.length;
}

export function fleetSums(state: GameState, content: EraContent, watts: number): FleetSums {
	const m = last;
	if (m && m.content === content && m.watts === watts && sameFleet(state.hardware, m.ids, m.counts))
		return m.sums;
	let compute = D0;
	let draw = D0;
	let memory = D0;
	const ids: string[] = [];
	const counts: number[] = [];
	for (const id in state.hardware) {
		const count = state.hardware[id];
		ids.push(id);
		counts.push(count);
		if (count <= 0) continue;
		const hw = figures(content.hardware.get(id)!);
		compute = compute.add(hw.flops.mul(count));
		draw = draw.add(hw.watts.mul(count * watts));
		memory = memory.add(hw.memory.mul(count));
	}
	const sums = { compute, draw, memory };
	last = { content, watts, ids, counts, sums };
	return sums;
}
