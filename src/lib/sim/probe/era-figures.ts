// The probe's figures for Orbit's and Dyson's decisions: the player who ignores the era's
// decision against the one who makes it, from the era's start, and how often each option is
// the better one at the sampled moments.
import { FAR_SITES, ORBITS, STARS } from '../../content';
import { nextWindow, type GameState } from '../../engine';
import type { Outcome } from './choices';
import { beamSecondsToGoal, keepOrBeam, panelOrChip } from './dyson';
import { farOrNear, moonSecondsToGoal } from './moon';
import { charterOrWait, secondsToGoalDeciding } from './orbit';
import { optionShares } from './pool';
import type { EraWatch } from './watch';

interface Decision {
	name: string;
	options: [string, string];
	at: (s: GameState, left: number) => Outcome[] | null;
	race?: (from: GameState, decides: boolean, limit: number) => number;
	/** Moments past the era's start-up (Orbit: after the first launch window): the first
	 * option's share of the best there is a figure of its own, `<name>.best.<option>-late`. */
	late?: (s: GameState) => boolean;
	/** The arrival is sampled too (Orbit: the first purchases fly or wait for the first
	 * window, drawn per game), and the first option's worth over the second's there, in
	 * points, is `<name>.arrival.<option>-gain`. */
	arrival?: boolean;
}

const DECISIONS: Record<string, Decision> = {
	...Object.fromEntries(
		Object.keys(ORBITS).map((id) => [
			id,
			{
				name: 'orbit',
				options: ['charter', 'wait'] as [string, string],
				at: charterOrWait,
				late: (s: GameState) => s.tick > nextWindow(ORBITS[id], s, 0),
				arrival: true
			}
		])
	),
	...Object.fromEntries(
		Object.keys(FAR_SITES).map((id) => [
			id,
			{
				name: 'moon',
				options: ['far', 'near'] as [string, string],
				at: farOrNear,
				race: moonSecondsToGoal
			}
		])
	),
	...Object.fromEntries(
		Object.keys(STARS).map((id) => [
			id,
			{ name: 'dyson', options: ['panel', 'chip'] as [string, string], at: panelOrChip }
		])
	)
};

/** Eras with a second decision of their own: Dyson's beam (the star's watts beamed to the
 * fleet or kept to train at the star). */
const SECOND: Record<string, Decision> = Object.fromEntries(
	Object.keys(STARS).map((id) => [
		id,
		{
			name: 'beam',
			options: ['keep', 'beam'] as [string, string],
			at: keepOrBeam,
			race: beamSecondsToGoal
		}
	])
);

/** Moments at which the two players are compared (a few: each comparison plays on for hours). */
const MOMENTS = 8;

export function eraDecisionFigures(
	w: EraWatch,
	f: Record<string, number>,
	best: (o: Outcome[], prefer?: string) => string
): void {
	for (const d of [DECISIONS[w.eraId], SECOND[w.eraId]]) if (d) decisionFigures(w, f, best, d);
}

/** Each of the era's decisions raced from its start (as the probe does): how much later, in %,
 * the player who ignores it reaches the goal (`<name>.ignore-later`). For scripts/era-starts.ts. */
export function decisionRace(start: GameState, seconds: number): Record<string, number> {
	const f: Record<string, number> = {};
	for (const d of [DECISIONS[start.eraId], SECOND[start.eraId]])
		if (d) f[`${d.name}.ignore-later`] = ignoreLater(d, start, seconds);
	return f;
}

/** How much later, in %, the player who ignores the decision reaches the goal from `start` (an
 * era of `seconds` for the adaptive player; each race stops at three times that). */
function ignoreLater(d: Decision, start: GameState, seconds: number): number {
	const limit = 3 * seconds;
	const race = d.race ?? secondsToGoalDeciding;
	const uses = race(start, true, limit);
	const ignores = race(start, false, limit);
	return 100 * (Math.min(ignores, limit) / Math.min(uses, limit) - 1);
}

function decisionFigures(
	w: EraWatch,
	f: Record<string, number>,
	best: (o: Outcome[], prefer?: string) => string,
	d: Decision
): void {
	const left = (s: { tick: number }) => w.seconds - s.tick;
	f[`${d.name}.ignore-later`] = ignoreLater(d, w.eraStart, w.seconds);
	const every = Math.max(1, Math.floor(w.moments.length / MOMENTS));
	const sampled = [
		...(d.arrival ? [w.eraStart] : []),
		...w.moments.filter((_, i) => i % every === 0)
	];
	const outcomes = sampled.map((s) => d.at(s, left(s)));
	const bests = outcomes.map((o) => o && best(o, d.options[1]));
	const picks = (at: (s: GameState) => boolean) =>
		bests.filter((b, i): b is string => b !== null && at(sampled[i]));
	optionShares(
		f,
		`${d.name}.best`,
		d.options,
		picks(() => true)
	);
	if (d.late) {
		// The first option's share of the moments past start-up, under a name of its own.
		const late = picks(d.late).map((x) => (x === d.options[0] ? `${x}-late` : x));
		optionShares(f, `${d.name}.best`, [`${d.options[0]}-late`], late);
	}
	if (d.arrival && outcomes[0]) {
		// The arrival alone: which option is the better one there (pooled over the seeds), and by
		// how much the first option's worth beats the second's, in points.
		optionShares(f, `${d.name}.arrival`, d.options, [bests[0]!]);
		const worth = (option: string) => outcomes[0]!.find((x) => x.option === option)!.worth;
		f[`${d.name}.arrival.${d.options[0]}-gain`] = 100 * (worth(d.options[0]) - worth(d.options[1]));
	}
}
