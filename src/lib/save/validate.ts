// Validation of a decoded save before it may become the game: no prototype keys, then the
// state's declared shape (engine/state.ts: structure, types, ranges, ids that exist in the
// content, no NaN/Infinity), then what one field says about another. Each problem is named
// with its path so the player (and a bug report) can tell what is wrong.
import { eraContent, ERAS, PERKS_BY_ID, WORLD_EVENTS, type EraContent } from '../content';
import { ShapeError } from '../engine/shape';
import { GAME_STATE, type GameState } from '../engine/state';

export class SaveError extends Error {
	constructor(
		message: string,
		readonly code: string
	) {
		super(message);
	}
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 12;

/** Rejects prototype keys anywhere, and absurd nesting, before anything reads the object. */
export function checkShape(value: unknown, path = 'save', depth = 0): void {
	if (depth > MAX_DEPTH) throw new SaveError(`${path} is nested too deeply`, 'too-deep');
	if (value === null || typeof value !== 'object') return;
	for (const key of Object.keys(value)) {
		if (FORBIDDEN_KEYS.has(key))
			throw new SaveError(`${path} has a forbidden key "${key}"`, 'forbidden-key');
		checkShape((value as Record<string, unknown>)[key], `${path}.${key}`, depth + 1);
	}
}

const fail = (path: string, what: string, code = 'invalid'): never => {
	throw new SaveError(`${path} ${what}`, code);
};

/** Throws a SaveError naming the first problem; returns the content the state refers to. */
export function validateState(raw: unknown): EraContent {
	checkShape(raw, 'state');
	if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
		fail('state', 'is not an object', 'type');
	const eraId = (raw as Record<string, unknown>).eraId;
	const era = ERAS.find((e) => e.id === eraId);
	try {
		// The era comes first: the content it names is what the other ids are checked against.
		GAME_STATE.fields.eraId.check(eraId, 'state.eraId', { content: eraContent(ERAS[0].id) });
		const content = eraContent(era!.id);
		GAME_STATE.check(raw, 'state', { content });
		relations(raw as GameState, content);
		return content;
	} catch (e) {
		if (e instanceof ShapeError) throw new SaveError(e.message, e.code);
		throw e;
	}
}

/** What the shape alone cannot say: limits that depend on other fields or on the content. */
function relations(s: GameState, c: EraContent): void {
	const upTo = (v: number, max: number, path: string) => {
		if (v > max) fail(path, `is out of range (0…${max})`, 'range');
	};
	if (s.rivals.length !== c.era.rivals.length)
		fail('state.rivals', `should list ${c.era.rivals.length} labs`, 'range');
	s.history.forEach((h, i) => upTo(h.tick, s.tick, `state.history[${i}].tick`));
	s.series.forEach((p, i) => upTo(p.tick, s.tick, `state.series[${i}].tick`));
	for (const [perk, level] of Object.entries(s.meta.perks))
		upTo(level, PERKS_BY_ID.get(perk)!.maxLevel, `state.meta.perks.${perk}`);
	for (const [event, option] of Object.entries(s.meta.standing))
		if (!WORLD_EVENTS.find((e) => e.id === event)!.options.some((o) => o.id === option))
			fail(`state.meta.standing.${event}`, `names "${option}", which does not exist`, 'unknown-id');
	// Identities: each below nextId and given to one thing only (orders and headlines).
	const ids = new Set<number>();
	const identity = (n: number, path: string) => {
		upTo(n, s.nextId - 1, path);
		if (ids.has(n)) fail(path, `repeats the identity ${n}`, 'range');
		ids.add(n);
	};
	s.orders.forEach((o, i) => identity(o.id, `state.orders[${i}].id`));
	s.news.forEach((n, i) => identity(n.id, `state.news[${i}].id`));
}
