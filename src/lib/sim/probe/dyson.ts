// Dyson's decision, probed: the active player who collects panels when its chips want more
// watts (dyson-strategy.ts) against the same player who never does, from the era's start;
// and at sampled moments, the same two players over the next hour.
import { eraContent } from '../../content';
import { starOf, type GameState } from '../../engine';
import type { Outcome } from './choices';
import { decideOrIgnore } from './policies';

/** Panels when the chips want watts, or chips only, over an hour (null outside Dyson). */
export function panelOrChip(s: GameState, secondsLeft: number): Outcome[] | null {
	if (!starOf(eraContent(s.eraId))) return null;
	return decideOrIgnore(s, secondsLeft, 3 * 3600, { decides: 'panel', ignores: 'chip' });
}
