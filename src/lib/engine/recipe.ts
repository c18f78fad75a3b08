// A run's recipe: in an era whose spare compute runs the researchers' experiments (content
// EraDef.experiments), a run trains with the algorithms it started with, and research done
// meanwhile goes into the next run ("every good paper of the quarter, folded into the next
// run"). Elsewhere a run ends with the lab's algorithms then, as it always did.
import type { EraContent } from '../content';
import type { Multipliers } from './effects';
import type { Run } from './state';

/** The multipliers a run ends with: its recipe's algorithms where it keeps one (an era whose
 * spare compute runs experiments: research during the run goes into the next), else the lab's. */
export function withRecipe(run: Pick<Run, 'recipe'>, mult: Multipliers): Multipliers {
	return run.recipe > 0 ? { ...mult, algoEfficiency: run.recipe } : mult;
}

/** The recipe a run started now keeps (0: it takes the lab's algorithms when it ends). */
export function recipeNow(content: EraContent, mult: Multipliers): number {
	return content.era.experiments ? mult.algoEfficiency : 0;
}
