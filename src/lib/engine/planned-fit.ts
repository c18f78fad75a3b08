// How the run card speaks of the memory the planned model will need (run-plan.ts plannedMemory).
// Playtest 20: a brand-new game's first run card said in orange "Needs 69.3 GB … 52% speed
// unless you add memory first", the first thing a newcomer read, beside $25 that bought none of
// it. A short fit is how the Garage begins: the card says it calmly, with what makes it fit,
// and warns once the cash pays for that (then "add memory first" is a step the player can take).
import type { EraContent } from '../content';
import type { Decimal } from './decimal';
import { powerBuilt } from './contracts-left';
import { recruitQuote } from './edge';
import { memoryFix, type MemoryFix } from './memory-fix';
import { farOutOfReach, memoryWith } from './memory-buy';
import { modelFootprint } from './purchases';
import type { Rates } from './rates';
import type { PlannedMemory } from './run-plan';
import { MIN_RELEASE_FIT, type GameState } from './state';

export interface PlannedFit {
	/** The cheapest lot of one card that makes the planned model fit the fleet (memoryFix for its
	 * footprint), or null: it fits the fleet, or no number of one card makes it fit on today's
	 * power and the power being built (a contract to sign first is the Memory card's to say). */
	fix: MemoryFix | null;
	/** In the Edge, the blocks more the swarm needs to hold the model's copies whole and their
	 * sign-up price (edge.ts swarmHold, recruitQuote), when that brings the lab to
	 * MIN_RELEASE_FIT of its speed or better; else null. The swarm draws none of the lab's
	 * power: playtest 34 read "nothing you can buy on today's power fits it" of a model its
	 * swarm's blocks would hold. */
	blocks: { count: number; cost: Decimal } | null;
	/** The cards on order hold the planned model once they land (it does not fit the fleet
	 * now): playtest 37 was asked "nothing you can buy on today's power fits it" with a GPU pod
	 * that fits a minute from delivery. Then there is nothing to buy and nothing to ask. */
	landing: boolean;
	/** The power contracts being built are part of the fix (memoryFix's path waits for them):
	 * the seconds until the last of them comes online, else null. `fix` is then the lot to buy
	 * once they are (count 0: the chips the lab has hold the model then). Playtest 44: Start asked
	 * "nothing you can buy on today's power fits it" while the contract that made the fix
	 * cheapest was being built. */
	powerLands: number | null;
	/** A warning, not a note: the cash pays for that fix now, the swarm's blocks are short (the
	 * Edge says that as it did), or the model would serve at under MIN_RELEASE_FIT of its speed
	 * (auto-release would hold it: playtest 32 started Titan runs whose models no fleet it could
	 * buy would serve, the warning folded behind "More" because the fix was out of reach). */
	warn: boolean;
	/** The model would serve at under MIN_RELEASE_FIT of its speed and nothing makes it fit but a
	 * fix far out of reach (farOutOfReach: over FAR_OUT times the cash), or none on today's power:
	 * Start asks first (playtest 33 trained a Massive run 1.5 hours for a model whose fix cost
	 * over 1,000× its cash, with only the orange line to say so). A fix some minutes of income
	 * away (the Cloud's opening: 60× its cash) is a plan, not a question. Never of a model no
	 * bigger than the one served: the lab serves that one as it would this (playtest 34 was asked
	 * before a run whose model, distilled for the swarm, was the served model's size). */
	unservable: boolean;
}

/** Null when the planned model serves at full speed. */
export function plannedFit(
	s: GameState,
	c: EraContent,
	r: Rates,
	planned: PlannedMemory
): PlannedFit | null {
	if (planned.speed >= 1) return null;
	const found =
		planned.fit < 1 ? memoryFix(s, c, r, { need: planned.footprint, waiting: false }) : null;
	// A path that signs power first is the Memory card's to say (its words name the contract).
	const landing = planned.fit < 1 && ordersHold(s, c, r, planned.footprint);
	const fix = found?.closes && (!found.power || found.power.building) && !landing ? found : null;
	const powerLands = fix?.power ? (powerBuilt(s)?.in ?? null) : null;
	// Nothing to buy (the power being built is the whole fix) is no step the cash takes.
	const affordable = fix !== null && fix.count > 0 && fix.cost.lte(s.cash);
	const blocks = swarmBlocks(s, c, planned);
	const slow = planned.speed < MIN_RELEASE_FIT;
	const far =
		(fix === null || farOutOfReach(fix.cost, s.cash)) &&
		(blocks === null || farOutOfReach(blocks.cost, s.cash));
	const bigger = planned.footprint.gt(modelFootprint(c, r, s.model));
	return {
		fix,
		blocks,
		landing,
		powerLands,
		warn: planned.swarm !== null || ((affordable || slow) && !landing),
		unservable: slow && far && bigger && !landing
	};
}

/** The fleet's memory with every order on the way landed, kept per snapshot (the run card reads
 * it from two places each frame, and it clones the lab). */
const landedMemo = new WeakMap<Rates, { s: GameState; memory: Decimal }>();

/** Whether the fleet, with every order on the way landed, holds a model of `footprint`. */
function ordersHold(s: GameState, c: EraContent, r: Rates, footprint: Decimal): boolean {
	if (!s.orders.length) return false;
	let kept = landedMemo.get(r);
	if (!kept || kept.s !== s) {
		kept = { s, memory: memoryWith(s, c, c.era.hardware[0].id, 0) };
		landedMemo.set(r, kept);
	}
	return kept.memory.gte(footprint);
}

/** PlannedFit's `blocks`: what the swarm's memory asks to serve the planned model. */
function swarmBlocks(s: GameState, c: EraContent, planned: PlannedMemory): PlannedFit['blocks'] {
	const swarm = planned.swarm;
	if (!swarm || swarm.heldSpeed === null || swarm.heldSpeed < MIN_RELEASE_FIT) return null;
	const more = (swarm.hold.blocks ?? 0) - s.edge.blocks;
	return more > 0 ? recruitQuote(s, c, more) : null;
}
