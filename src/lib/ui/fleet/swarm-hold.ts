// The blocks that hold a model's copies whole, said only when the swarm can have that many
// (engine/edge.ts swarmHold): playtest 19 read the next model "needs 266 blocks" beside "0 of
// 200". Past that, what the most blocks hold.
import type { SwarmHold } from '$lib/engine';
import { formatPercent } from '$lib/format/number';

/** "8 blocks hold it whole", or "even all 200 blocks hold only 75% of it" (`what`: "it", "its
 * copies"). */
export function holdWords(hold: SwarmHold, what: string): string {
	if (hold.blocks !== null)
		return `${hold.blocks} ${hold.blocks === 1 ? 'block holds' : 'blocks hold'} ${what} whole`;
	return `even all ${hold.max} blocks hold only ${formatPercent(hold.most)} of ${what}`;
}

/** The most a model serves at on the swarm (`split`: its speed split over devices, 1 for one
 * device) once blocks hold its copies: "up to 48%" when the swarm can hold them whole, "at most
 * 36%" when even all its blocks hold only part (75% here). */
export function upToWords(hold: SwarmHold, split: number): string {
	return hold.blocks !== null
		? `up to ${formatPercent(split)}`
		: `at most ${formatPercent(split * hold.most)}`;
}

/** What follows a model's speed on the swarm while its copies are not all held: " until 8 blocks
 * hold its copies whole", or, when that is more blocks than the swarm takes, the most they serve
 * it at (" (at most 36%: even all 200 blocks hold only 75% of its copies)"; playtest 19 read
 * "needs 266 blocks" beside "0 of 200"). */
export function untilWords(hold: SwarmHold, split: number): string {
	return hold.blocks !== null
		? ` until ${holdWords(hold, 'its copies')}`
		: ` (${upToWords(hold, split)}: ${holdWords(hold, 'its copies')})`;
}
