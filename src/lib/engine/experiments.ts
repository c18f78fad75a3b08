// The researchers' experiments on spare compute (content EraDef.experiments: rates.ts multiplies
// insight by experimentBoost), and what the Train ↔ Serve card and the run card say of them and
// of a run's recipe (recipe.ts).
import type { EraContent } from '../content';
import { type Decimal } from './decimal';
import { capabilityOf } from './formulas';
import type { GameState } from './state';

/**
 * The share of the lab's own fleet that neither trains nor serves the steady demand (demand
 * before hype, constant between events like every rate: advance stays exact). A launch rush
 * served from it does not stop the experiments.
 */
export function spareShare(own: Decimal, trainShare: number, baseDemand: Decimal): number {
	const busy = own.gt(0) ? Math.min(1, baseDemand.div(own).toNumber()) : 1;
	return Math.max(0, 1 - trainShare - busy);
}

/** Insight × this where the era's spare compute runs the researchers' experiments: `base` with
 * none spare, + `gain` × the spare share (content EraDef.experiments). */
export function experimentBoost(
	{ base, gain }: { readonly base: number; readonly gain: number },
	spare: number
): number {
	return base + gain * spare;
}

export interface ExperimentsView {
	/** The spare share of the own fleet, and the insight multiplier it gives. */
	spare: number;
	boost: number;
	/** The multiplier with nothing spare, and with the whole fleet spare. */
	none: number;
	all: number;
	/** What the spare share weighs, in tok/s: the steady demand (before hype: a launch rush is
	 * not in it, the customers away and coming back are) against what the own fleet serves with
	 * at the split. Nothing is free while `steady` takes all of `serving`, whatever the Demand
	 * card's spare (playtest 23 read "none of the fleet is free" beside "4.36 Quad tok/s spare":
	 * customers away, the steady demand counts them). */
	steady: Decimal;
	serving: Decimal;
}

/** The least spare share the Lab counts as some: the least a percent shows ("0.5%"). */
export const SPARE_SHOWN = 0.005;

/** Some of the fleet runs experiments, as the Lab says it: the Train ↔ Serve card's "none of the
 * fleet is free" and the Demand card's "held for your steady customers" below SPARE_SHOWN. */
export function spareShown(view: Pick<ExperimentsView, 'spare'>): boolean {
	return view.spare >= SPARE_SHOWN;
}

/** Null in an era without experiments, and while no researcher works (nobody hired, or all idle
 * for want of pay): then nothing runs them, and spare compute is idle (playtest 15 read "insight
 * ×0.50" with no researchers). */
export function experimentsView(
	c: EraContent,
	r: {
		spare: number;
		experiments: number;
		insightRate: Decimal;
		baseDemand: Decimal;
		fullCapacity: Decimal;
		swarm: Decimal;
		trainShare: number;
	}
): ExperimentsView | null {
	const x = c.era.experiments;
	if (!x || !r.insightRate.gt(0)) return null;
	return {
		spare: r.spare,
		boost: r.experiments,
		none: experimentBoost(x, 0),
		all: experimentBoost(x, 1),
		steady: r.baseDemand,
		// The own fleet (rates.ts: the full capacity less the swarm's) at the serving share.
		serving: r.fullCapacity.sub(r.swarm).mul(1 - r.trainShare)
	};
}

/** Where the era's spare compute would run experiments but no researcher works: the most they
 * would multiply insight by, for the Train ↔ Serve card to say so before the first hire
 * (playtest 16 found the line only once someone was hired). Null otherwise. */
export function experimentsUnstaffed(c: EraContent, r: { insightRate: Decimal }): number | null {
	const x = c.era.experiments;
	return x && !r.insightRate.gt(0) ? experimentBoost(x, 1) : null;
}

/**
 * Capability the run under way forgoes by keeping its recipe: what research since its start would
 * add to it (the usual luck), which the next run takes. 0 without a recipe or research since.
 */
export function recipeBehind(s: GameState, r: { mult: { algoEfficiency: number } }): number {
	const run = s.run;
	if (!run || !(run.recipe > 0) || !(r.mult.algoEfficiency > run.recipe)) return 0;
	return (
		capabilityOf(run.target.mul(r.mult.algoEfficiency), 1) -
		capabilityOf(run.target.mul(run.recipe), 1)
	);
}
