// Dyson's rules (content/dyson.ts): panels that collect the star's power, free of any bill,
// and chips whose watts research no longer cuts. Nothing here moves between purchases, so
// fast-forward needs no new event.
import { STARS, type EraContent, type StarDef } from '../content';
import { Decimal } from './decimal';
import type { Multipliers } from './effects';
import { bulkCost } from './formulas';
import { money } from './money';
import type { GameState } from './state';

export function starOf(content: EraContent): StarDef | null {
	return STARS[content.era.id] ?? null;
}

/** Watts the lab's panels collect (0 outside Dyson). */
export function panelWatts(state: GameState, content: EraContent): number {
	const star = starOf(content);
	return star ? star.panelWatts * state.dyson.panels : 0;
}

/** The research multipliers as the star sees them: watts per chip stay as built. */
export function atTheStar(mult: Multipliers, content: EraContent): Multipliers {
	return starOf(content) && mult.watts !== 1 ? { ...mult, watts: 1 } : mult;
}

/** The price of the next panel, in cash. */
export function panelCost(state: GameState, content: EraContent): Decimal {
	const star = starOf(content);
	if (!star) return new Decimal(0);
	return money(content, bulkCost(star.panelCost, star.panelRatio, state.dyson.panels, 1));
}
