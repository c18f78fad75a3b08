// World events in the probe: at a sampled moment, each kind of event is made to start, each
// answer is given on a copy, and the scripted player plays on until the event is over (and a
// little after). The answers are compared on the probe's one yardstick, with insight left
// over counted too (a talent question trades cash for insight).
import { eraContent, type WorldEventDef } from '../../content';
import {
	advance,
	apply,
	canHappen,
	cloneState,
	money,
	rates,
	startEvent,
	type GameState
} from '../../engine';
import { actor } from '../players';
import { decide, type Milestones } from '../strategy';
import type { Outcome } from './choices';
import { worth, yardstick } from './worth';

/** Seconds played on after the event ends: its after-effects (hype coming back) count. */
const AFTER = 300;
/** Seconds between the scripted player's decisions on the copies. */
const EVERY = 10;

/** The moment with `def` just begun (and no other event under way). */
export function withEvent(s: GameState, def: WorldEventDef): GameState {
	const copy = cloneState(s);
	copy.event = null;
	startEvent(copy, def);
	return copy;
}

function playOn(s: GameState, until: number): GameState {
	const c = eraContent(s.eraId);
	const act = actor(s);
	const m: Milestones = {};
	while (s.tick < until && !s.goalReached) {
		decide(s, c, { horizon: Math.max(60, s.tick / 4), minTrainShare: 0.3 }, m, act);
		advance(s, c, Math.min(EVERY, until - s.tick));
	}
	if (s.tick < until) advance(s, c, until - s.tick);
	return s;
}

/** Each answer to `def` started now, as a share of the best answer's worth (null where the
 * event cannot happen in this era). An answer the lab cannot pay for is worth 0. */
export function eventAnswers(
	s: GameState,
	def: WorldEventDef,
	secondsLeft: number
): Outcome[] | null {
	const c = eraContent(s.eraId);
	if (!canHappen(s, def, c)) return null;
	const start = withEvent(s, def);
	const until = start.event!.endsAt + AFTER;
	// Cash is valued at the prices of the moment, not at a shortage's.
	const y = yardstick(s, c, secondsLeft);
	// Insight left over counts at what it costs to make: a researcher's salary per insight.
	const r = rates(s, c);
	const insightWorth = money(c, c.era.salary / (c.era.insightRate * r.mult.insightRate)).mul(
		y.flopPerCash
	);
	const worths = def.options.map((o) => {
		const copy = cloneState(start);
		if (!apply(copy, c, { type: 'event-choice', option: o.id }).ok)
			return { option: o.id, w: null };
		const end = playOn(copy, until);
		return { option: o.id, w: worth(y, end).add(end.insight.mul(insightWorth)) };
	});
	const valid = worths.filter((x) => x.w !== null).map((x) => x.w!);
	const top = valid.reduce((a, b) => (b.gt(a) ? b : a));
	// No answer worth more than nothing (seen in the Edge: -6.6e31 for both answers, the run's
	// progress below where it stood): the best still ranks first, as in weigh().
	return worths.map(({ option, w }) => ({
		option,
		worth: !w ? 0 : top.gt(0) ? w.div(top).toNumber() : w.eq(top) ? 1 : 0
	}));
}
