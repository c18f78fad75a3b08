// Why the run card suggests the size it does, and what a shorter run would give. Playtest 20:
// after a release the picker suggested a run of 1h 48m, the first size expected to beat the
// model just released (suggestedRunSize), and nothing said why a shorter one was not.
import type { EraContent, RunSizeDef } from '../content';
import type { Rates } from './rates';
import { capabilityBand, runSizesOffered, suggestedRunSize } from './run-plan';
import { expectedRunTime } from './run-pace';
import type { GameState, Model } from './state';

export interface RunSuggestion {
	/** The size suggested (suggestedRunSize). */
	size: RunSizeDef;
	/** The model it is to beat: the best the lab has, served or `waiting` at the gate. */
	model: Model;
	waiting: boolean;
	/** 'beats': the shortest size offered whose estimate beats the model (the shorter one's
	 * does not); 'up': one size up from the model's training, the shorter one's estimate beating
	 * it too (a model that scored under its run's estimate). */
	why: 'beats' | 'up';
	/** The size offered just below it: its estimate, the top of its usual luck, its time. */
	shorter: { size: RunSizeDef; expected: number; high: number; time: number };
}

/** Null when no size offered beats the model on average (noRunBeats says so), or when the size
 * suggested is the shortest offered. */
export function runSuggestion(s: GameState, c: EraContent, r: Rates): RunSuggestion | null {
	const size = suggestedRunSize(s, c, r);
	const offered = runSizesOffered(s, c, r);
	const at = offered.indexOf(size);
	if (at < 1) return null;
	const waiting = !!s.gate && s.gate.capability > s.model.capability;
	const model = waiting ? s.gate! : s.model;
	if (!(capabilityBand(s, c, r, size).expected > model.capability)) return null;
	const below = offered[at - 1];
	const band = capabilityBand(s, c, r, below);
	return {
		size,
		model,
		waiting,
		why: band.expected > model.capability ? 'up' : 'beats',
		shorter: {
			size: below,
			expected: band.expected,
			high: band.high,
			time: expectedRunTime(s, c, r, below)
		}
	};
}
