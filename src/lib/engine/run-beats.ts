// When no run size offered beats the best model the lab has: what the run card says instead
// of leaving the player to find it out (playtest 5, late-era.json).
import type { EraContent, RunSizeDef } from '../content';
import type { Rates } from './rates';
import { capabilityBand, runSizesOffered } from './run-plan';
import { expectedRunTime } from './run-pace';
import { nextEraId } from './prestige';
import type { GameState, Model } from './state';

/** When no run size offered is expected to beat the best model the lab has (served, or waiting
 * at the gate): that model, the best the offer gives, and the first size in the era's list that
 * would beat it with its expected run time (null past the list). Null while some size offered
 * beats it, or none is offered. Playtest 5's late-era lab was offered ×3e8 (492) to ×1e11 (517)
 * against a served 530.5, with nothing said. */
export interface NoRunBeats {
	model: Model;
	best: RunSizeDef;
	bestExpected: number;
	first: RunSizeDef | null;
	firstExpected: number;
	firstTime: number;
	/** No era comes after this one: past the list, only research makes a run score more (playtest
	 * 30 read "its next step is the next era" in the last era). */
	lastEra: boolean;
}

export function noRunBeats(s: GameState, c: EraContent, r: Rates): NoRunBeats | null {
	const offered = runSizesOffered(s, c, r);
	if (!offered.length) return null;
	const model = s.gate && s.gate.capability > s.model.capability ? s.gate : s.model;
	const expected = (z: RunSizeDef) => capabilityBand(s, c, r, z).expected;
	if (offered.some((z) => expected(z) > model.capability)) return null;
	const best = offered[offered.length - 1];
	const sizes = c.era.runSizes;
	const first = sizes.slice(sizes.indexOf(best) + 1).find((z) => expected(z) > model.capability);
	return {
		model,
		best,
		bestExpected: expected(best),
		first: first ?? null,
		firstExpected: first ? expected(first) : 0,
		firstTime: first ? expectedRunTime(s, c, r, first) : Infinity,
		lastEra: nextEraId(s) === null
	};
}
