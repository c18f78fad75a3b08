// Why a run makes no progress, and when a broke lab's cut lifts: read by the run card and the
// Power card.
import { quietCash } from './cash-path';
import type { Decimal } from './decimal';
import { ownBusy, soldOutHype } from './market';
import { powerCutShare } from './power-cut';
import { rehireCash, runwayCash, type Rates } from './rates';
import type { GameState } from './state';

/** Why the current run makes no progress: the lab ran out of cash and the grid powers only
 * the serving chips (`needs`: the cash that lifts the cut; `liftsIn`: seconds until the lab
 * holds it at the current rates, Infinity if this income never gets there; `saving`: it has
 * saved some since, so not "out of cash" now), the slider sends
 * it nothing, or no compute reaches it. Null while it trains (or with no run). */
export type RunPause =
	| { reason: 'out-of-cash'; needs: Decimal; liftsIn: number; saving: boolean }
	| { reason: 'serving-only' }
	| { reason: 'no-compute' };

export function runPause(s: GameState, r: Rates): RunPause | null {
	if (!s.run || r.trainRate.gt(0)) return null;
	if (s.idle && r.powerCut < 1)
		return { reason: 'out-of-cash', ...cutLift(s, r), saving: s.cash.gt(0) };
	if (s.trainShare <= 0) return { reason: 'serving-only' };
	return { reason: 'no-compute' };
}

/** How far ahead cutLiftsIn looks: past a week, a wait is as good as never. */
export const CUT_LIFT_HORIZON = 7 * 24 * 3600;

/**
 * When a broke lab's cut lifts (rehireDue), with the rates as they are now, by advance's own cash
 * path (hype fading or customers coming back included): `liftsIn` seconds (0 when not broke;
 * Infinity past CUT_LIFT_HORIZON or never), once the cash holds `needs`. That is rehireCash where
 * the sales pay the salaries by then, else runwayCash (an hour of them, whatever the sales):
 * playtest 43 read "It lifts once you have $4.58K, about 8h 09m away" beside $5.45K, its sales
 * short of the payroll. Playtest 4 came back to a run frozen at 99.9 % "until you hold $2.61K",
 * about 18 minutes away, unsaid.
 */
export function cutLift(s: GameState, r: Rates): { needs: Decimal; liftsIn: number } {
	const rehire = rehireCash(r);
	if (!s.idle) return { needs: rehire, liftsIn: 0 };
	const unmet = s.hype >= soldOutHype(r);
	const path = () => quietCash(s, r, unmet, !unmet && ownBusy(r, s.hype), CUT_LIFT_HORIZON);
	const lifts = (at: number) => (at >= CUT_LIFT_HORIZON ? Infinity : at + 1);
	// The step in which cash reaches it; the cut lifts at that step's end.
	if (!r.salaries.gt(0)) return { needs: rehire, liftsIn: lifts(path().reaches(rehire)) };
	const runway = runwayCash(r);
	const viaRunway = path().reaches(runway);
	const viaSales = path().reaches(rehire, r.salaries);
	return viaSales <= viaRunway
		? { needs: rehire, liftsIn: lifts(viaSales) }
		: { needs: runway, liftsIn: lifts(viaRunway) };
}

/** The Power card's cut line (null without a cut): the grid powers the serving chips steady
 * customers keep busy, and of the run's chips `training` (null: none are training), `running`
 * of all the lab's own chips; it lifts once the lab holds `needs`, `liftsIn` seconds away at
 * this income (cutLiftsIn: Infinity when it never gets there, as when each token's power costs
 * more than it sells for). */
export interface PowerCutLine {
	running: number;
	training: 'all' | 'some' | 'none' | null;
	needs: Decimal;
	liftsIn: number;
	/** The cash ran out and the lab has saved some since: not "out of cash" (playtest 37 read
	 * "Power cut: out of cash" beside $258 Non in the header). */
	saving: boolean;
}

export function powerCutLine(s: GameState, r: Rates): PowerCutLine | null {
	const running = powerCutShare(r);
	if (running === null) return null;
	const cut = r.powerCut;
	const training = r.trainShare <= 0 ? null : cut >= 1 ? 'all' : cut > 0 ? 'some' : 'none';
	return { running, training, ...cutLift(s, r), saving: s.cash.gt(0) };
}
