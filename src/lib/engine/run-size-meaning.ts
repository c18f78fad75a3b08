// What a run size means, said under the run-size picker (playtest 7: "Everything ×1e2 …
// ×1e11" went unexplained): the run's training against the served model's, and what one size
// up buys (capability) and costs (time). The run's own capability is the estimate's line
// (capabilityBand): luck lets a smaller run's model beat it.
import type { EraContent, RunSizeDef } from '../content';
import { Decimal } from './decimal';
import type { Rates } from './rates';
import { capabilityBand, runSizesOffered } from './run-plan';
import { expectedRunTime } from './run-pace';
import type { GameState } from './state';

export interface RunSizeMeaning {
	/** The run's training FLOP over the served model's. */
	timesModel: number;
	/** The served model's name. */
	model: string;
	/** The next size offered (run-plan.ts runSizesOffered): the size, the capability it adds over
	 * this one and its run time over this one's (null past the last one offered, or while nothing
	 * trains). Named, since playtest 30 read "one size up" as this run's step from the served
	 * model's; offered, since playtest 33 read "the next size, Frontier" of a size the picker
	 * did not show. */
	up: { size: RunSizeDef; gain: number; timeFactor: number } | null;
	/** The size's expected capability when it is at or below the served model's (playtest 8,
	 * #13: Dyson offered "Large: about 220" while serving 223.9, unwarned): null when it beats
	 * it on average. */
	below: { expected: number; served: number } | null;
}

export function runSizeMeaning(
	s: GameState,
	c: EraContent,
	r: Rates,
	size: RunSizeDef,
	offered: readonly RunSizeDef[] = runSizesOffered(s, c, r)
): RunSizeMeaning {
	const expected = (z: RunSizeDef) => capabilityBand(s, c, r, z).expected;
	const at = offered.indexOf(size);
	const next = at < 0 ? undefined : offered[at + 1];
	const time = expectedRunTime(s, c, r, size);
	const timeFactor = next ? expectedRunTime(s, c, r, next) / time : NaN;
	const mine = expected(size);
	return {
		timesModel: s.model.flop.gt(0) ? new Decimal(size.flop).div(s.model.flop).toNumber() : Infinity,
		model: s.model.name,
		up:
			next && Number.isFinite(timeFactor) && timeFactor > 0
				? { size: next, gain: expected(next) - mine, timeFactor }
				: null,
		below:
			Number.isFinite(mine) && mine <= s.model.capability
				? { expected: mine, served: s.model.capability }
				: null
	};
}
