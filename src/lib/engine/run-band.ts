// A run's luck band (outcome.ts) as capability: what the run card shows before a run starts
// (run-plan.ts capabilityBand), what the run keeps of it (state.ts Run usualLow), and the word
// for the model it made. Playtest 44 read a 44.2 called "disappointing" whose band had said
// 44–52: a poor draw, lifted into the band by research finished during the run (a run ends with
// the lab's algorithms then, outside an era that keeps a recipe: recipe.ts), was judged by its
// draw alone.
import type { EraContent, RunSizeDef } from '../content';
import { Decimal } from './decimal';
import { distilledCapability } from './edge';
import { multipliers, type Multipliers } from './effects';
import { capabilityOf, paramsOf } from './formulas';
import { OUTCOME } from './outcome';
import { recipeNow } from './recipe';
import type { GameState, Run } from './state';

/** What a run of `flop` training FLOP scores at `outcome` for the lab `s` with `mult`: in the Edge
 * with distilling on, the distilled copy of a model too big for the swarm (edge.ts
 * distilledCapability, the rule that makes it), so the estimate and the model released agree. */
export function capabilityAt(
	s: Pick<GameState, 'edge'>,
	c: EraContent,
	mult: Multipliers,
	flop: Decimal,
	outcome: number
): number {
	const made = capabilityOf(flop.mul(mult.algoEfficiency), outcome);
	return s.edge.distil ? distilledCapability(c, mult, paramsOf(flop), made) : made;
}

/** The least the usual luck scores (`usualLow`: the run card's band, low edge). */
export function usualLowAt(
	s: Pick<GameState, 'edge'>,
	c: EraContent,
	mult: Multipliers,
	flop: Decimal
): number {
	return capabilityAt(s, c, mult, flop, OUTCOME.usual.lo);
}

/** What a run of `size` started now keeps from its start: its recipe (recipe.ts) and the low edge
 * of the band its card shows (`usualLow`), both with the lab's multipliers now. */
export function keptFromStart(
	s: Pick<GameState, 'edge' | 'research' | 'meta'>,
	c: EraContent,
	size: RunSizeDef
): Pick<Run, 'recipe' | 'usualLow'> {
	const mult = multipliers(s.research, c, s.meta.perks);
	return { recipe: recipeNow(c, mult), usualLow: usualLowAt(s, c, mult, new Decimal(size.flop)) };
}

/** The whole points the run card writes a band with: the low edge down, the high edge up, so
 * they hold it (playtest 13 read 103.9 in "104–126"). */
export function bandEdges(low: number, high: number): { low: number; high: number } {
	return { low: Math.floor(low), high: Math.ceil(high) };
}

/** A finished run is called disappointing only below the usual band its card showed when it
 * started (its low edge as the card writes it); inside it, whatever the draw, it is not. A run
 * from a save before the band was kept (`usualLow` 0) is judged by its draw, as it was. */
export function disappoints(run: Pick<Run, 'usualLow' | 'outcome'>, capability: number): boolean {
	if (run.usualLow > 0) return capability < bandEdges(run.usualLow, run.usualLow).low;
	return run.outcome < OUTCOME.usual.lo;
}
