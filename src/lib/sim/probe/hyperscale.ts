// Hyperscale's decision, probed: the active player (who builds campuses and funds silicon as
// hyperscale-strategy.ts says) against the same player who never uses the card, and against
// one who always builds at the dear site and never funds silicon, from the era's start; and
// at sampled moments, which site for the next campus (or none), and whether to fund silicon.
import { eraContent } from '../../content';
import {
	advance,
	apply,
	cloneState,
	Decimal,
	flow,
	hyperscaleView,
	rates,
	type Action,
	type GameState
} from '../../engine';
import type { CampusStyle } from '../hyperscale-strategy';
import type { EraWatch } from './watch';
import { raceToGoal } from './constant';
import type { Outcome } from './choices';
import { optionShares } from './pool';
import { yardstick } from './worth';

/** Seconds from `from` to the goal for the active player playing campuses in `style`. */
export function hyperSecondsToGoal(from: GameState, style: CampusStyle, limit: number): number {
	return raceToGoal(from, limit, undefined, { campuses: style });
}

/** The horizon a moment's choice is judged over: the rest of the era, within half an hour
 * and two hours. */
const horizon = (secondsLeft: number) => Math.min(7200, Math.max(1800, secondsLeft));
/** Seconds between the looks at a copy: its action is retried, its compute summed. */
const LOOK = 60;
/** The share of compute counted as training (as the yardstick counts cash's cards). */
const TRAINED_SHARE = 0.5;

/**
 * Each option's worth over the horizon as a ratio to the best: the compute the lab has,
 * summed over the horizon and counted as training (a campus is compute for the rest of the
 * era, whatever the current run needs), plus the cash left, valued as the compute it buys
 * (the better of the best card and the next campus, per dollar) over the rest of the era. The option's action is taken as soon as the lab can pay for it.
 */
function weighCompute(s: GameState, secondsLeft: number, options: [string, Action | null][]) {
	const c = eraContent(s.eraId);
	const seconds = horizon(secondsLeft);
	// Cash buys cards or campuses: valued as the better of the two buys, per dollar.
	const r = rates(s, c);
	const v = hyperscaleView(s, c, r)!;
	const campusPerCash = v.nextFlops.div(v.nextCost).mul(Math.max(600, secondsLeft) * TRAINED_SHARE);
	const cardPerCash = yardstick(s, c, secondsLeft).flopPerCash;
	const flopPerCash = campusPerCash.gt(cardPerCash) ? campusPerCash : cardPerCash;
	const worths = options.map(([option, action]) => {
		const copy = cloneState(s);
		for (const rule of Object.values(copy.meta.automation)) rule.on = false;
		let pending = action;
		let flop = new Decimal(0);
		for (let t = 0; t < seconds; t += LOOK) {
			if (pending && apply(copy, c, pending).ok) pending = null;
			flop = flop.add(rates(copy, c).compute.mul(LOOK * TRAINED_SHARE));
			advance(copy, c, LOOK);
		}
		return { option, w: flop.add(copy.cash.mul(flopPerCash)) };
	});
	const top = worths.reduce((a, b) => (b.w.gt(a.w) ? b : a)).w;
	return worths.map(({ option, w }) => ({ option, worth: w.div(top).toNumber() }));
}

/** Within reach: the cash at hand plus ten minutes of income pays for it. */
function reachable(s: GameState, cost: Decimal): boolean {
	const c = eraContent(s.eraId);
	const income = flow(s, rates(s, c)).cashPerSec;
	return s.cash.add(income.gt(0) ? income.mul(600) : 0).gte(cost);
}

/** The next campus at each site as soon as it is paid for, or none (null when out of reach). */
export function campusSites(s: GameState, secondsLeft: number): Outcome[] | null {
	const c = eraContent(s.eraId);
	const v = hyperscaleView(s, c, rates(s, c));
	if (!v || v.full || !reachable(s, v.nextCost)) return null;
	const [cheap, dear] = [...v.sites].sort((a, b) => a.pricePerKwh.cmp(b.pricePerKwh));
	return weighCompute(s, secondsLeft, [
		['none', null],
		['cheap', { type: 'build-campus', site: cheap.id }],
		['dear', { type: 'build-campus', site: dear.id }]
	]);
}

/** Fund the next generation of silicon (with insight when it covers it, else cash), or not. */
export function siliconChoice(s: GameState, secondsLeft: number): Outcome[] | null {
	const c = eraContent(s.eraId);
	const v = hyperscaleView(s, c, rates(s, c));
	if (!v || v.silicon.readyIn !== null || v.openWatts === 0) return null;
	const pay = s.insight.gte(v.silicon.insight) ? 'insight' : 'cash';
	if (pay === 'cash' && !reachable(s, v.silicon.cash)) return null;
	return weighCompute(s, secondsLeft, [
		['skip', null],
		['fund', { type: 'fund-silicon', pay }]
	]);
}

/** Hyperscale's figures for one era of one seed (none outside Hyperscale). */
export function hyperscaleFigures(
	w: EraWatch,
	best: (o: Outcome[], prefer?: string) => string
): Record<string, number> {
	const c = eraContent(w.eraId);
	if (!hyperscaleView(w.eraStart, c, rates(w.eraStart, c))) return {};
	const f: Record<string, number> = {};
	const limit = 3 * w.seconds;
	const later = (style: CampusStyle, uses: number) =>
		100 * (Math.min(hyperSecondsToGoal(w.eraStart, style, limit), limit) / uses - 1);
	// The active player plays campuses thoughtfully: its own era is the race the others run.
	const uses = w.seconds;
	f['hyper.ignore-later'] = later('ignore', uses);
	f['hyper.dear-only-later'] = later('dear-only', uses);
	const left = (s: GameState) => w.seconds - s.tick;
	const sites = w.moments
		.map((s) => campusSites(s, left(s)))
		.filter((o): o is Outcome[] => o !== null)
		.map((o) => best(o, 'none'));
	optionShares(f, 'hyper.site', ['cheap', 'dear', 'none'], sites);
	const silicon = w.moments
		.map((s) => siliconChoice(s, left(s)))
		.filter((o): o is Outcome[] => o !== null)
		.map((o) => best(o, 'skip'));
	optionShares(f, 'hyper.silicon', ['fund', 'skip'], silicon);
	return f;
}
