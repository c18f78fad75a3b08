// Scripted players: an active one who decides every few seconds, and one who checks in a
// few times a day. Both drive the engine headless and report when milestones fall.
import { eraContent } from '../content';
import { advance, newGame, playerLeads, type GameState } from '../engine';
import { decide, type Milestones } from './strategy';

export interface PlayReport {
	milestones: Milestones;
	state: GameState;
	/** Longest stretch (s) in which the active player had nothing to buy or decide. */
	longestWait: number;
}

function note(s: GameState, m: Milestones): void {
	if (playerLeads(s) && s.stats.modelsReleased > 0) m.firstPlace ??= s.tick;
	if (s.goalReached) m.eraGoal ??= s.tick;
}

/** The active player: a decision every `every` seconds until the era goal or `limit` seconds. */
export function playActive(seed: number, limit = 4 * 3600, every = 5): PlayReport {
	const c = eraContent('garage');
	const s = newGame(seed);
	const m: Milestones = {};
	let lastChange = 0;
	let longestWait = 0;
	while (s.tick < limit && !s.goalReached) {
		const before = JSON.stringify([
			s.hardware,
			s.research,
			s.researchers,
			s.power,
			s.run?.sizeId,
			s.model.name,
			s.orders.length
		]);
		decide(s, c, { horizon: Math.max(60, s.tick / 4), minTrainShare: 0.3 }, m);
		const after = JSON.stringify([
			s.hardware,
			s.research,
			s.researchers,
			s.power,
			s.run?.sizeId,
			s.model.name,
			s.orders.length
		]);
		if (after !== before) {
			longestWait = Math.max(longestWait, s.tick - lastChange);
			lastChange = s.tick;
		}
		advance(s, c, every);
		note(s, m);
	}
	return { milestones: m, state: s, longestWait };
}

/** Check-ins at these hours of each day; each is a few minutes of active play. */
export const CHECK_IN_HOURS = [8, 12.5, 18, 22.5];

export function playCheckIns(seed: number, limitDays = 7, sessionSeconds = 180): PlayReport {
	const c = eraContent('garage');
	const s = newGame(seed);
	const m: Milestones = {};
	const day = 86_400;
	const times: number[] = [0];
	for (let d = 0; d < limitDays; d++)
		for (const h of CHECK_IN_HOURS) times.push(d * day + h * 3600);
	for (let i = 0; i < times.length && !s.goalReached; i++) {
		if (times[i] > s.tick) advance(s, c, times[i] - s.tick);
		note(s, m);
		const end = s.tick + sessionSeconds;
		const next = times[i + 1] ?? end;
		while (s.tick < end) {
			// Runs sized to finish by the next check-in; training gets at least half.
			decide(s, c, { horizon: Math.max(60, next - s.tick), minTrainShare: 0.5 }, m);
			advance(s, c, 5);
			note(s, m);
		}
	}
	return { milestones: m, state: s, longestWait: 0 };
}
