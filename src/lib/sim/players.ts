// Scripted players: an active one who decides every few seconds, and one who checks in a
// few times a day. Both drive the engine headless through every era, prestiging at each
// goal and spending Moat, and report when milestones fall.
import { eraContent, PERKS, type EraContent } from '../content';
import {
	advance,
	apply,
	newGame,
	panelsOrdered,
	perkCost,
	perkIdle,
	perkOpen,
	playerLeads,
	type Action,
	type GameState,
	type LoggedAction
} from '../engine';
import { decide, type Act, type Milestones } from './strategy';

export interface PlayReport {
	milestones: Milestones;
	state: GameState;
	/** Longest stretch (s) in which the active player had nothing to buy or decide. */
	longestWait: number;
	/** Seconds to reach each era's goal, in order (as far as the player got). */
	eraSeconds: number[];
}

function note(s: GameState, m: Milestones): void {
	if (playerLeads(s) && s.stats.modelsReleased > 0) m.firstPlace ??= s.tick;
	if (s.goalReached) m.eraGoal ??= s.tick;
}

/** Issues actions on `s` (in its current era, its content by `content`), passing each to
 * `record` first if given. */
export function actor(
	s: GameState,
	record?: (entry: LoggedAction) => void,
	content: (eraId: string) => EraContent = eraContent
): Act {
	return (action: Action) => {
		record?.({ tick: s.tick, action });
		return apply(s, content(s.eraId), action);
	};
}

/** Perks the scripted players never buy: the Capacity planner follows demand for a player who
 * leaves the slider alone, and the Star steward sets Dyson's beam; they set the split and the
 * beam themselves every round (dyson-strategy.ts decideBeam). */
const UNUSED_PERKS = new Set(
	PERKS.filter((p) => p.unlocks === 'match' || p.unlocks === 'beam').map((p) => p.id)
);

/** Spends Moat: automation first, then the cheapest perk, until nothing is affordable. */
export function spendMoat(s: GameState, act: Act = actor(s)): void {
	for (;;) {
		const options = PERKS.filter(
			(p) =>
				!UNUSED_PERKS.has(p.id) &&
				(s.meta.perks[p.id] ?? 0) < p.maxLevel &&
				perkOpen(s, p.id) &&
				!perkIdle(s, p.id)
		)
			.map((p) => ({ p, cost: perkCost(s, p.id) }))
			.filter(({ cost }) => cost.lte(s.meta.moat))
			.sort((a, b) => Number(!!b.p.unlocks) - Number(!!a.p.unlocks) || a.cost.cmp(b.cost));
		if (!options.length) return;
		// A refusal ends the spending: the list would offer the same perk again for ever.
		if (!act({ type: 'buy-perk', perk: options[0].p.id }).ok) return;
	}
}

/** What the lab owns: a change is a purchase, by the player or by automation (a Dyson panel too). */
const holdings = (s: GameState) =>
	JSON.stringify([
		s.hardware,
		s.research.length,
		s.researchers,
		s.power,
		s.orders.length,
		panelsOrdered(s)
	]);
/** What a player's decision changes: holdings, the run and the served model. */
const fingerprint = (s: GameState) => JSON.stringify([holdings(s), s.run?.sizeId, s.model.name]);

/** Seconds between the active player's decisions: `every`, growing with the era's age (long
 * eras are sampled more coarsely, at most a minute apart: their waits are long too). */
export function stretch(tick: number, every: number): number {
	return Math.min(60, Math.max(every, Math.floor(tick / 120 / every) * every));
}

/** One era of active play: a decision every `every` seconds until the goal or `limit`. */
function activeEra(
	s: GameState,
	m: Milestones,
	limit: number,
	every: number,
	act: Act,
	observe?: (s: GameState) => void
): { longestWait: number } {
	const c = eraContent(s.eraId);
	let lastChange = s.tick;
	let longestWait = 0;
	const changed = () => {
		longestWait = Math.max(longestWait, s.tick - lastChange);
		lastChange = s.tick;
	};
	while (s.tick < limit && !s.goalReached) {
		const before = fingerprint(s);
		decide(s, c, { horizon: Math.max(60, s.tick / 4), minTrainShare: 0.3 }, m, act);
		if (fingerprint(s) !== before) changed();
		const owned = holdings(s);
		advance(s, c, stretch(s.tick, every));
		// Something bought by automation was something to buy (counted at the stretch's end).
		if (holdings(s) !== owned) changed();
		note(s, m);
		observe?.(s);
	}
	return { longestWait };
}

/**
 * The active player through `eras` eras (1 = the Garage only). `observe` sees the state after
 * every stretch of `every` steps (as the runtime would, e.g. to award achievements); `record`
 * sees every action the player issues, with the tick it was issued at; `eraStart` sees each
 * era's state before the player's first decision in it (Moat already spent).
 */
export function playActive(
	seed: number,
	limit = 4 * 3600,
	every = 5,
	eras = 1,
	observe?: (s: GameState) => void,
	record?: (entry: LoggedAction) => void,
	eraStart?: (s: GameState) => void
): PlayReport {
	const s = newGame(seed);
	const act = actor(s, record);
	const m: Milestones = {};
	const eraSeconds: number[] = [];
	let longestWait = 0;
	for (let e = 0; e < eras; e++) {
		eraStart?.(s);
		longestWait = Math.max(longestWait, activeEra(s, m, limit, every, act, observe).longestWait);
		if (!s.goalReached) break;
		eraSeconds.push(s.tick);
		if (e + 1 === eras) break;
		if (!act({ type: 'new-era' }).ok) break;
		spendMoat(s, act);
	}
	return { milestones: m, state: s, longestWait, eraSeconds };
}

/** Check-ins at these hours of each day; each is a few minutes of active play. */
export const CHECK_IN_HOURS = [8, 12.5, 18, 22.5];

/** What a check-in player's world may change (tests): each era's content (a dearer Garage), and
 * a watcher that sees the state after every advance, at most `every` seconds apart, away too
 * (in chunks, which advance's law makes end where the whole stretch at once does). */
export interface CheckInWorld {
	content?: (eraId: string) => EraContent;
	watch?: { every: number; see: (s: GameState) => void };
}

/** advance, `watch` seeing the state at most `watch.every` seconds apart on the way. */
function advanceWatched(
	s: GameState,
	c: EraContent,
	n: number,
	watch?: CheckInWorld['watch']
): void {
	if (!watch) return void advance(s, c, n);
	for (let done = 0; done < n; done += watch.every) {
		advance(s, c, Math.min(watch.every, n - done));
		watch.see(s);
	}
}

/** The player who checks in four times a day, through `eras` eras, for at most `limitDays`. */
export function playCheckIns(
	seed: number,
	limitDays = 7,
	sessionSeconds = 180,
	eras = 1,
	world: CheckInWorld = {}
): PlayReport {
	const content = world.content ?? eraContent;
	const s = newGame(seed);
	const act = actor(s, undefined, content);
	const m: Milestones = {};
	const day = 86_400;
	const eraSeconds: number[] = [];
	let clock = 0; // seconds since the first session, across eras
	let eraStart = 0;
	const times: number[] = [0];
	for (let d = 0; d < limitDays; d++)
		for (const h of CHECK_IN_HOURS) times.push(d * day + h * 3600);
	for (let i = 0; i < times.length; i++) {
		if (times[i] > clock) {
			advanceWatched(s, content(s.eraId), times[i] - clock, world.watch);
			clock = times[i];
		}
		note(s, m);
		const end = clock + sessionSeconds;
		const next = times[i + 1] ?? end;
		while (clock < end) {
			if (s.goalReached) {
				eraSeconds.push(clock - eraStart);
				if (eraSeconds.length === eras)
					return { milestones: m, state: s, longestWait: 0, eraSeconds };
				if (!act({ type: 'new-era' }).ok)
					return { milestones: m, state: s, longestWait: 0, eraSeconds };
				spendMoat(s, act);
				eraStart = clock;
			}
			// Runs sized to finish by the next check-in; training gets at least half. A casual
			// player leaves the era's own decision (the Edge swarm) alone.
			const plan = {
				horizon: Math.max(60, next - clock),
				minTrainShare: 0.5,
				ignores: 'edge',
				away: true
			};
			decide(s, content(s.eraId), plan, m, act);
			advanceWatched(s, content(s.eraId), 5, world.watch);
			clock += 5;
			note(s, m);
		}
	}
	return { milestones: m, state: s, longestWait: 0, eraSeconds };
}
