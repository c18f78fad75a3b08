// The run card's memory line in the Edge, for a model within a device's reach (engine/run-plan.ts
// plannedMemory): each part's own fit, and the swarm's share of the serving that weighs it, so
// the lab's speed reads from them. Playtest 34 read "the fleet has 260 PB and the swarm's 71
// blocks 39.4 PB: it would serve at 41% speed" of a 100 PB model, in red, and took the fleet's
// 260 PB to hold it: the swarm, most of the serving, held 39 % of its copies.
import type { Decimal, PlannedMemory } from '$lib/engine';
import { formatPercent } from '$lib/format/number';
import { holdWords } from '$lib/ui/fleet/swarm-hold';

/** What follows "Needs 100 PB of memory" (`blocks`: the swarm's; `bytes` formats a size):
 * "; the fleet's 260 PB hold it, but the swarm's 71 blocks, 97% of your serving, hold 39.4 PB,
 * 39% of it: it would serve at 41% speed (180 blocks hold it whole)." */
export function swarmMemoryWords(
	planned: PlannedMemory,
	blocks: number,
	bytes: (b: Decimal) => string
): string {
	const swarm = planned.swarm;
	if (!swarm) return '';
	const held = `${blocks} ${blocks === 1 ? 'block' : 'blocks'}`;
	if (planned.speed >= 1)
		return `; the fleet has ${bytes(planned.memory)} and the swarm's ${held} ${bytes(swarm.memory)}: it fits.`;
	const fleet = planned.fit >= 1 ? 'it' : `${formatPercent(planned.fit)} of it`;
	const joint = planned.fit >= 1 && swarm.fit < 1 ? 'but' : 'and';
	const part =
		swarm.fit >= 1
			? `hold it (${bytes(swarm.memory)})`
			: `hold ${bytes(swarm.memory)}, ${formatPercent(swarm.fit)} of it`;
	const more = swarm.fit < 1 ? ` (${holdWords(swarm.hold, 'it')})` : '';
	return (
		`; the fleet's ${bytes(planned.memory)} hold ${fleet}, ${joint} the swarm's ${held}, ` +
		`${formatPercent(swarm.share)} of your serving, ${part}: it would serve at ` +
		`${formatPercent(planned.speed)} speed${more}.`
	);
}
