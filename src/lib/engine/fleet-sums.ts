// The fleet's sums for the rates: FLOP/s, watts drawn and memory of the units held. Rates are
// derived at every event, and most events (a dusk, a rival's release, an event starting) leave
// the fleet as it was: the last sums are kept while the fleet, the content and the watts
// multiplier stay the same. A hit returns what the same sums returned (same terms, same order).
import type { EraContent, HardwareDef } from '../content';
import { D0, Decimal } from './decimal';
import type { Multipliers } from './effects';
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

/** What research, perks and the era make of each unit's list figures (rates.ts sums them). */
export function unitScale(content: EraContent, mult: Multipliers) {
	return {
		flops: mult.compute * content.era.reliability,
		memory: Math.sqrt(mult.compute),
		watts: mult.watts
	};
}

/**
 * One powered unit of a tier as the lab runs it now (`mult`: the rates' multipliers): its
 * FLOP/s, memory and watts with the research and perks that multiply them, the same terms
 * `rates` sums over the fleet. The Fleet's cards show these, so that they add up to its Power
 * and Memory cards (the playtest read "623 × 420 GW" under a draw of 3.55 GW: list watts beside
 * a fleet cut by ×0.85 a level).
 */
export function unitAsRun(content: EraContent, mult: Multipliers, hardwareId: string) {
	const hw = figures(content.hardware.get(hardwareId)!);
	const scale = unitScale(content, mult);
	return {
		flops: hw.flops.mul(scale.flops),
		memory: hw.memory.mul(scale.memory),
		watts: hw.watts.mul(scale.watts)
	};
}
