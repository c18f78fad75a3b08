// Two players compared from a moment: the active player who makes the era's decision and the
// same player who leaves it at its default, each played on for a while. Each lab is then
// valued on the probe's yardstick (training done, cash as the FLOP it would buy), with what
// it bought meanwhile at list price counted as cash: a purchase is not a loss.
import { eraContent } from '../../content';
import {
	bulkCost,
	D0,
	farValue,
	moneyScale,
	panelCost,
	panelsOrdered,
	starOf,
	unitsHeld,
	type Decimal,
	type GameState
} from '../../engine';
import type { Outcome } from './choices';
import { playOn, type Also } from './constant';
import { worth, yardstick } from './worth';

/** What the lab's hardware, cargo, panels and far units cost at list price (no launch premium), in cash. */
function holdingsValue(s: GameState): Decimal {
	const c = eraContent(s.eraId);
	let value = D0;
	for (const hw of c.era.hardware)
		value = value.add(bulkCost(hw.baseCost, hw.costRatio, 0, unitsHeld(s, hw.id)));
	value = value.mul(moneyScale(c));
	const star = starOf(c);
	const ordered = panelsOrdered(s);
	if (star && ordered > 0) {
		// The panels ordered so far (collecting or being built), at the prices they were bought at.
		const next = panelCost(s, c);
		value = value.add(next.mul((1 - Math.pow(star.panelRatio, -ordered)) / (star.panelRatio - 1)));
	}
	// Moon and Mars's far units, at the prices they cost (moon-mars.ts).
	return value.add(farValue(s, c));
}

/** The player who decides against the one who ignores the era's decision, over `horizon` s. */
export function decideOrIgnore(
	s: GameState,
	secondsLeft: number,
	horizon: number,
	names: { decides: string; ignores: string },
	/** Moon and Mars: the decision is played after each round, not inside the player's own. */
	also?: Also
): Outcome[] {
	return compareEnds(s, secondsLeft, [
		{ option: names.decides, end: playOn(s, horizon, also) },
		{ option: names.ignores, end: playOn(s, horizon, undefined, { ignores: s.eraId }) }
	]);
}

/** Labs played on from `s` in different ways, each valued on the probe's yardstick (what it
 * bought meanwhile at list price counted as cash), as shares of the best. */
export function compareEnds(
	s: GameState,
	secondsLeft: number,
	ends: { option: string; end: GameState }[]
): Outcome[] {
	const y = yardstick(s, eraContent(s.eraId), secondsLeft);
	const held = holdingsValue(s);
	const worths = ends.map(({ option, end }) => ({
		option,
		w: worth(y, end).add(holdingsValue(end).sub(held).mul(y.flopPerCash))
	}));
	const top = worths.reduce((a, b) => (b.w.gt(a.w) ? b : a)).w;
	return worths.map(({ option, w }) => ({ option, worth: top.gt(0) ? w.div(top).toNumber() : 1 }));
}
