// What the Train ↔ Serve card and the run card say about the researchers' experiments and a
// run's recipe (content EraDef.experiments; the rules are in rates.ts and recipe.ts).
import type { EraContent } from '../content';
import { capabilityOf } from './formulas';
import { experimentBoost, type Rates } from './rates';
import type { GameState } from './state';

export interface ExperimentsView {
	/** The spare share of the own fleet, and the insight multiplier it gives. */
	spare: number;
	boost: number;
	/** The multiplier with nothing spare, and with the whole fleet spare. */
	none: number;
	all: number;
}

/** Null in an era without experiments. */
export function experimentsView(c: EraContent, r: Rates): ExperimentsView | null {
	const x = c.era.experiments;
	if (!x) return null;
	return {
		spare: r.spare,
		boost: r.experiments,
		none: experimentBoost(x, 0),
		all: experimentBoost(x, 1)
	};
}

/**
 * Capability the run under way forgoes by keeping its recipe: what research since its start would
 * add to it (the usual luck), which the next run takes. 0 without a recipe or research since.
 */
export function recipeBehind(s: GameState, r: Rates): number {
	const run = s.run;
	if (!run || !(run.recipe > 0) || !(r.mult.algoEfficiency > run.recipe)) return 0;
	return (
		capabilityOf(run.target.mul(r.mult.algoEfficiency), 1) -
		capabilityOf(run.target.mul(run.recipe), 1)
	);
}
