// Dyson's spare watts, from the rates alone: the beam that powers every chip, and what the watts
// beyond it, kept at the star, do for the run. The star card (dyson-view.ts) adds what beaming
// them pays; the suggestion (beam-advice.ts) and the Star steward's rule (auto-beam.ts) read
// this part, which needs no income and so nothing of automation.
import type { EraContent } from '../content';
import type { Decimal } from './decimal';
import { starOf } from './dyson';
import { rates, type Rates } from './rates';
import type { GameState } from './state';

/** The share of the panels' watts that powers every chip the rings leave without power: 0 when
 * the rings cover the fleet's draw, 1 when even every panel's watts fall short (or no panel is
 * collecting). */
export function beamToPower(s: GameState, content: EraContent, r: Rates): number {
	const star = starOf(content);
	if (!star || s.dyson.panels === 0) return 1;
	const rings = r.powerCapacity.sub(star.panelWatts * s.dyson.panels);
	const need = r.powerDraw.sub(rings);
	if (!need.gt(0)) return 0;
	return Math.min(1, need.div(star.panelWatts * s.dyson.panels).toNumber());
}

/** The lab at one beam: the state with that beam set, and its rates. */
export interface AtBeam {
	t: GameState;
	r: Rates;
}

/** The spare kept at the star (beam `fits`, just what the chips draw): the FLOP/s it trains the
 * run at and how many times as fast the run trains than with every watt beamed, with the lab at
 * both beams (`kept`, `beamed`) for a reader that weighs more of them (dyson-view.ts). Null
 * outside Dyson, with no panel collecting, no spare, or no run (every watt is beamed between
 * runs). */
export function keptSpare(
	s: GameState,
	content: EraContent,
	r: Rates
): { fits: number; keptFlops: Decimal; runSpeed: number; kept: AtBeam; beamed: AtBeam } | null {
	if (!starOf(content)) return null;
	const fits = beamToPower(s, content, r);
	if (s.dyson.panels === 0 || fits >= 1 || !s.run) return null;
	const at = (beam: number): AtBeam => {
		const t = { ...s, dyson: { ...s.dyson, beam } };
		return { t, r: rates(t, content) };
	};
	const kept = at(fits);
	const beamed = at(1);
	const speed = beamed.r.trainRate.gt(0) ? kept.r.trainRate.div(beamed.r.trainRate).toNumber() : 1;
	return {
		fits,
		keptFlops: kept.r.far,
		runSpeed: Number.isFinite(speed) ? speed : 1,
		kept,
		beamed
	};
}
