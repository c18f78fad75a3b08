// The Star steward's rule (Dyson): while a run trains, the beam the star card suggests
// (beam-advice.ts beamAdvice): just enough of the panels' watts beamed to power every chip, the
// rest kept at the star where it trains the run, or every watt beamed when keeping them would add
// nothing. Playtest 41 kept re-setting the beam by hand after each panel landed, and auto-buy's
// panels past the last goal landed at whatever beam was left.
import type { EraContent } from '../content';
import { beamAdvice } from './beam-advice';
import { starOf } from './dyson';
import { hasAutomation } from './prestige';
import type { Rates } from './rates';
import type { GameState } from './state';

/** The Star steward's rule is owned and on, in an era with a star. */
export function beamSteered(s: GameState, c: EraContent): boolean {
	return s.meta.automation.beam.on && hasAutomation(s, 'beam') && starOf(c) !== null;
}

/**
 * The beam the rule sets now, or null when it would change nothing: off, not owned, no star, no
 * run (every watt is beamed between runs), no spare watts, or the beam already there. The
 * suggestion reads the rates alone, and they hold still between the moments fast-forward stops
 * at (a chip, a panel or a contract landing, a run's start and end), so advance stays exact.
 */
export function beamRuled(s: GameState, c: EraContent, r: Rates): number | null {
	if (!beamSteered(s, c)) return null;
	const advice = beamAdvice(s, c, r);
	return advice && !advice.here ? advice.beam : null;
}
