// The star card's one suggestion for the beam (ui/fleet/StarBeam.svelte). Playtest 34: the card
// offered "Beam 18%: keep the spare for the run" and "Beam 100%: sell the spare", each hidden at
// its own beam, so a tap on the first brought the second into its place and a double tap sold
// every watt, the opposite of the choice made. One suggestion, weighed from the lab and not from
// where the beam is now, so that once followed it says to stay (`here`) until the lab changes.
import type { EraContent, RunSizeDef } from '../content';
import { starOf } from './dyson';
import { keptSpare } from './star-spare';
import { rates, type Rates } from './rates';
import { expectedRunTime } from './run-pace';
import type { GameState } from './state';

/** Kept watts that speed the run by less than this add nothing worth keeping (the card's "kept,
 * they add nothing to the run"). */
export const KEEP_TRAINS = 1.005;

export interface BeamAdvice {
	/** 'keep': beam what the chips draw and keep the spare at the star, where it trains the run;
	 * 'sell': beam every watt, Earth's grid buys what the chips do not draw. */
	spare: 'keep' | 'sell';
	/** The beamed share it suggests: for 'keep', a whole percent rounded up so that it powers
	 * every chip (the slider's steps); for 'sell', all of it. */
	beam: number;
	/** The beam is there already. */
	here: boolean;
}

/** Null with nothing to weigh: outside Dyson, no panel collecting, no spare watts, no run (every
 * watt is beamed between runs). While kept watts train the run, keep them; when they would add
 * nothing (or keeping them would leave the chips short of a whole percent), sell them. */
export function beamAdvice(s: GameState, c: EraContent, r: Rates): BeamAdvice | null {
	const spare = keptSpare(s, c, r);
	if (!spare) return null;
	const keepAt = Math.ceil(spare.fits * 100) / 100;
	const keep = spare.runSpeed > KEEP_TRAINS && keepAt < 1;
	const beam = keep ? keepAt : 1;
	return { spare: keep ? 'keep' : 'sell', beam, here: Math.abs(s.dyson.beam - beam) < 1e-9 };
}

/** What the beam does to a run not yet started: the seconds it takes at the beam now, and with
 * every watt kept at the star (beam 0, where the kept watts train it: dyson.ts) and the chips
 * then unpowered, serving nothing. Playtest 39 found the beam the era's real lever, "buried": a
 * ×3T run of 13d 20h took 1d 2h with the watts kept, and the run card never said so. Null
 * outside Dyson or with no panel collecting. */
export interface BeamRun {
	now: number;
	kept: number;
}

export function beamRun(s: GameState, c: EraContent, size: RunSizeDef): BeamRun | null {
	if (!starOf(c) || !(s.dyson.panels > 0)) return null;
	const at = (beam: number) => {
		const t = { ...s, dyson: { ...s.dyson, beam } };
		return expectedRunTime(t, c, rates(t, c), size);
	};
	return { now: at(s.dyson.beam), kept: at(0) };
}
