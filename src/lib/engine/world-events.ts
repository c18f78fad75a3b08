// World events: drawn from their own seeded stream when one is due, lasting a drawn while.
// Each asks a question (content/events.ts); the answer is an action (event-choice.ts) open for
// as long as the event lasts. Until it is given the default is in effect (its multipliers, and
// its delay to power being built); one nobody gives is settled when the event ends (a rival's
// gain). Start and end are scheduled ticks, so advance() treats them like rival releases.
import { WORLD_EVENTS, type EraContent, type EventOptionDef, type WorldEventDef } from '../content';
import { contractBuilding, nextContract } from './contracts-left';
import { nextRandom, streamOf } from './rng';
import type { GameState } from './state';

/** The first event of an era comes this many seconds in, plus up to FIRST_EVENT_SPREAD. */
export const FIRST_EVENT = 600;
export const FIRST_EVENT_SPREAD = 1200;
/** Quiet time between two Garage events: EVENT_GAP plus up to EVENT_GAP_SPREAD seconds. */
export const EVENT_GAP = 1800;
export const EVENT_GAP_SPREAD = 3600;
const BY_ID = new Map(WORLD_EVENTS.map((e) => [e.id, e]));

/** The events' own stream: what the player does never moves the world's schedule. */
const stream = (s: GameState) => streamOf(s, 'eventRng');

export function activeEvent(s: GameState): WorldEventDef | null {
	return s.event ? (BY_ID.get(s.event.id) ?? null) : null;
}

export function eventOptionDef(def: WorldEventDef, id: string): EventOptionDef | undefined {
	return def.options.find((o) => o.id === id);
}

/** The answer in effect: the one given, else the default (what happens if nobody answers). */
export function eventEffect(s: GameState): EventOptionDef | null {
	if (!s.event) return null;
	// It depends on the event's id and answer only: the last answer is kept (read many times
	// a step: prices, demand, quotes).
	const { id, choice } = s.event;
	if (id === effectKey.id && choice === effectKey.choice) return effectKey.value;
	const def = BY_ID.get(id);
	const value = def ? (eventOptionDef(def, choice || def.defaultOption) ?? null) : null;
	effectKey = { id, choice, value };
	return value;
}
let effectKey: { id: string; choice: string; value: EventOptionDef | null } = {
	id: '',
	choice: '',
	value: null
};

/** The event still waits for an answer. */
export function eventPending(s: GameState): boolean {
	return !!s.event && s.event.choice === '';
}

/** The option's fields that act on the lab (a multiplier while the event lasts, a one-off fee or
 * a rival's gain): an answer with none of them changes nothing. */
const ACTS: readonly (keyof EventOptionDef)[] = [
	'demand',
	'price',
	'hardwareCost',
	'insight',
	'buildDelay',
	'feeRevenueSeconds',
	'feeSalarySeconds',
	'rivalGain'
];

/** The Lab shows the event's card: while it waits for an answer, and then while the answer in
 * effect acts on the lab. An answer that changes nothing (Viral moment's "Let it pass") closes
 * it: playtest 20 read "You answered: Let it pass. Nothing changes." counting down "ends in
 * 17m 02s" as an event still under way. */
export function eventCardShown(s: GameState): boolean {
	if (!s.event) return false;
	if (eventPending(s)) return true;
	const effect = eventEffect(s);
	return !!effect && ACTS.some((k) => effect[k] !== undefined);
}

/** Seconds until the first event of an era (drawn at its start). */
export function drawFirstGap(s: GameState): number {
	return FIRST_EVENT + Math.round(FIRST_EVENT_SPREAD * nextRandom(stream(s)));
}

/** Later eras are longer: their events come further apart (×1.5 in the Cloud … ×4 at Dyson). */
function drawGap(s: GameState, content: EraContent): number {
	const stretch = 1 + (content.era.index - 1) / 2;
	return Math.round((EVENT_GAP + EVENT_GAP_SPREAD * nextRandom(stream(s))) * stretch);
}

/** Whether `def` can happen to this lab now (its era, researchers to poach, power to delay). */
export function canHappen(s: GameState, def: WorldEventDef, content: EraContent): boolean {
	if (def.eras && !def.eras.includes(content.era.id)) return false;
	if (def.needsPowerLeft && nextContract(s, content) === null && !contractBuilding(s)) return false;
	return !def.needsResearchers || s.researchers > 0;
}

/** Puts `def` under way from now, unanswered: the answer can wait until it ends, and the
 * default's delay to power being built holds from now (an answer that lifts it gives it back). */
export function startEvent(s: GameState, def: WorldEventDef): void {
	const endsAt = s.tick + Math.round(def.duration * (1 + 0.5 * nextRandom(stream(s))));
	s.event = { id: def.id, endsAt, choice: '', decideBy: endsAt };
	delayContracts(s, eventOptionDef(def, def.defaultOption)?.buildDelay ?? 0);
}

/** Moves every contract still being built by `seconds` (never before now). Returns the ids
 * that come online now. */
function delayContracts(s: GameState, seconds: number): string[] {
	const online: string[] = [];
	if (!seconds) return online;
	for (const id in s.power)
		if (s.power[id] > s.tick) {
			s.power[id] = Math.max(s.tick, s.power[id] + seconds);
			if (s.power[id] === s.tick) online.push(id);
		}
	return online;
}

/** The one-off consequences of an answer other than its fee (paid by the action). The
 * default's delay is already in effect: another answer trades it for its own. Returns the
 * contracts that come online now (the caller tells the player). */
export function takeOption(s: GameState, option: EventOptionDef): string[] {
	const def = activeEvent(s)!;
	s.event!.choice = option.id;
	const fallback = eventOptionDef(def, def.defaultOption);
	const online =
		option === fallback
			? []
			: delayContracts(s, (option.buildDelay ?? 0) - (fallback?.buildDelay ?? 0));
	if (option.rivalGain && s.rivals.length) {
		// The strongest rival hires them: its next model gains, but never past the player's
		// own plus the gain (an absent player's defaults do not pile up into a runaway).
		const top = s.rivals.reduce((a, b) => (b.capability > a.capability ? b : a));
		const next = Math.min(
			top.nextCapability + option.rivalGain,
			s.model.capability + option.rivalGain
		);
		if (next > top.nextCapability) top.nextCapability = Math.round(next * 10) / 10;
	}
	return online;
}

/** The event under way that holds power being built, for the Fleet's contracts to say why they
 * take longer (playtest 18 saw "Building · 59s" turn to "14m 50s" and read why only on the Lab):
 * its name, the seconds it adds, and whether it still waits for an answer (then the default's
 * delay is in effect and another answer may lift it). Null when nothing holds it. */
export function buildHold(s: GameState): { event: string; by: number; pending: boolean } | null {
	const by = signingDelay(s);
	return by > 0 ? { event: activeEvent(s)!.name, by, pending: eventPending(s) } : null;
}

/** Seconds a contract signed now waits beyond its build time (the delay in effect, answered
 * or the default's while unanswered). */
export function signingDelay(s: GameState): number {
	return eventEffect(s)?.buildDelay ?? 0;
}

/**
 * Starts, settles (the default, when still unanswered as it ends) or ends the event that falls
 * due at this tick; `started` is called once an event has started (the player's standing
 * answer: standing-answer.ts). Returns whether anything changed.
 */
export function applyWorldEvents(
	s: GameState,
	content: EraContent,
	news: (text: string, kind?: 'event-default') => void,
	started: () => void = () => {}
): boolean {
	if (s.event) {
		let changed = false;
		if (s.event.choice === '' && s.event.decideBy <= s.tick) {
			const def = activeEvent(s)!;
			const option = eventOptionDef(def, def.defaultOption)!;
			takeOption(s, option);
			news(`${def.name}: no answer came, so “${option.label}”.`, 'event-default');
			changed = true;
		}
		if (s.event.endsAt <= s.tick) {
			s.event = null;
			s.nextEventAt = s.tick + drawGap(s, content);
			return true;
		}
		return changed;
	}
	if (s.nextEventAt <= s.tick) {
		const pool = WORLD_EVENTS.filter((e) => canHappen(s, e, content));
		const def = pool[Math.floor(nextRandom(stream(s)) * pool.length)];
		startEvent(s, def);
		news(def.headline);
		started();
		return true;
	}
	return false;
}

/** The next tick at which the event starts or ends (saves from before answers stayed open
 * may hold an earlier deadline). */
export function nextEventTick(s: GameState): number {
	if (!s.event) return s.nextEventAt;
	return s.event.choice === '' ? Math.min(s.event.decideBy, s.event.endsAt) : s.event.endsAt;
}
