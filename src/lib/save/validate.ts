// Validation of a decoded save before it may become the game: structure, types, ranges,
// ids that exist in the content, no NaN/Infinity, no prototype keys. Each problem is named
// with its path so the player (and a bug report) can tell what is wrong.
import {
	ACHIEVEMENTS_BY_ID,
	eraContent,
	ERAS,
	PERKS_BY_ID,
	WORLD_EVENTS,
	type EraContent
} from '../content';
import { decodeDecimal } from './decimal-codec';

export class SaveError extends Error {
	constructor(
		message: string,
		readonly code: string
	) {
		super(message);
	}
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
export const MAX_DEPTH = 12;

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

type Obj = Record<string, unknown>;

const fail = (path: string, what: string, code = 'invalid'): never => {
	throw new SaveError(`${path} ${what}`, code);
};

function obj(v: unknown, path: string): Obj {
	if (v === null || typeof v !== 'object' || Array.isArray(v))
		fail(path, 'is not an object', 'type');
	return v as Obj;
}
function arr(v: unknown, path: string, max: number): unknown[] {
	if (!Array.isArray(v)) fail(path, 'is not a list', 'type');
	if ((v as unknown[]).length > max) fail(path, `has more than ${max} entries`, 'range');
	return v as unknown[];
}
function num(v: unknown, path: string, min: number, max: number): number {
	if (typeof v !== 'number') fail(path, 'is not a number', 'type');
	if (!Number.isFinite(v as number)) fail(path, 'is not a finite number', 'not-finite');
	if ((v as number) < min || (v as number) > max)
		fail(path, `is out of range (${min}…${max})`, 'range');
	return v as number;
}
function int(v: unknown, path: string, min: number, max: number): number {
	const n = num(v, path, min, max);
	if (!Number.isInteger(n)) fail(path, 'is not a whole number', 'type');
	return n;
}
function str(v: unknown, path: string, max = 200): string {
	if (typeof v !== 'string') fail(path, 'is not text', 'type');
	if ((v as string).length > max) fail(path, 'is too long', 'range');
	return v as string;
}
function bool(v: unknown, path: string): boolean {
	if (typeof v !== 'boolean') fail(path, 'is not true or false', 'type');
	return v as boolean;
}
function decimal(v: unknown, path: string, allowNegative = false): void {
	if (typeof v === 'string' && /nan|inf/i.test(v))
		fail(path, 'is not a finite number', 'not-finite');
	const d = decodeDecimal(v);
	if (!d) fail(path, 'is not a number', 'type');
	if (!allowNegative && d!.lt(0)) fail(path, 'is negative', 'range');
}
function id(
	v: unknown,
	path: string,
	known: ReadonlyMap<string, unknown> | ReadonlySet<string>
): string {
	const s = str(v, path, 80);
	if (!known.has(s)) fail(path, `names "${s}", which does not exist`, 'unknown-id');
	return s;
}

const BIG = 1e15; // ticks, counts: far beyond any real game, well inside safe integers

function model(v: unknown, path: string): void {
	const m = obj(v, path);
	str(m.name, `${path}.name`, 60);
	num(m.capability, `${path}.capability`, 0, 1e12);
	decimal(m.flop, `${path}.flop`);
	decimal(m.params, `${path}.params`);
}

/** Throws a SaveError naming the first problem; returns the content the state refers to. */
export function validateState(raw: unknown): EraContent {
	checkShape(raw, 'state');
	const s = obj(raw, 'state');
	int(s.schema, 'state.schema', 1, 1e6);
	const eraId = str(s.eraId, 'state.eraId', 40);
	if (!ERAS.some((e) => e.id === eraId))
		fail('state.eraId', `names "${eraId}", which does not exist`, 'unknown-id');
	const c = eraContent(eraId);
	const tick = int(s.tick, 'state.tick', 0, BIG);
	int(s.rng, 'state.rng', 0, 2 ** 32 - 1);
	decimal(s.cash, 'state.cash');
	decimal(s.tokens, 'state.tokens');
	decimal(s.insight, 'state.insight');
	const hardware = obj(s.hardware, 'state.hardware');
	for (const [k, v] of Object.entries(hardware)) {
		id(k, `state.hardware key`, c.hardware);
		int(v, `state.hardware.${k}`, 0, BIG);
	}
	const nextId = int(s.nextId, 'state.nextId', 1, BIG);
	const ids = new Set<number>();
	/** An identity is whole, below `nextId`, and given to one thing only. */
	const identity = (v: unknown, path: string) => {
		const n = int(v, path, 1, nextId - 1);
		if (ids.has(n)) fail(path, `repeats the identity ${n}`, 'range');
		ids.add(n);
	};
	arr(s.orders, 'state.orders', 1000).forEach((o, i) => {
		const order = obj(o, `state.orders[${i}]`);
		identity(order.id, `state.orders[${i}].id`);
		id(order.hardwareId, `state.orders[${i}].hardwareId`, c.hardware);
		int(order.count, `state.orders[${i}].count`, 1, BIG);
		int(order.arrivesAt, `state.orders[${i}].arrivesAt`, 0, BIG);
	});
	for (const [k, v] of Object.entries(obj(s.power, 'state.power'))) {
		id(k, 'state.power key', c.power);
		int(v, `state.power.${k}`, -1, BIG);
	}
	num(s.trainShare, 'state.trainShare', 0, 1);
	id(s.priceTier, 'state.priceTier', c.priceTiers);
	if (s.run !== null) {
		const run = obj(s.run, 'state.run');
		id(run.sizeId, 'state.run.sizeId', new Set(c.era.runSizes.map((r) => r.id)));
		decimal(run.target, 'state.run.target');
		decimal(run.progress, 'state.run.progress');
		num(run.outcome, 'state.run.outcome', 0, 10);
	}
	if (s.gate !== null) model(s.gate, 'state.gate');
	model(s.model, 'state.model');
	num(s.hype, 'state.hype', 0, 1e6);
	int(s.researchers, 'state.researchers', 0, 1e9);
	bool(s.idle, 'state.idle');
	arr(s.research, 'state.research', 20_000).forEach((r, i) =>
		id(r, `state.research[${i}]`, c.research)
	);
	const rivalIds = new Set(c.era.rivals.map((r) => r.id));
	const rivals = arr(s.rivals, 'state.rivals', 50);
	if (rivals.length !== c.era.rivals.length)
		fail('state.rivals', `should list ${c.era.rivals.length} labs`, 'range');
	rivals.forEach((r, i) => {
		const p = `state.rivals[${i}]`;
		const rival = obj(r, p);
		id(rival.id, `${p}.id`, rivalIds);
		num(rival.capability, `${p}.capability`, 0, 1e12);
		str(rival.modelName, `${p}.modelName`, 60);
		int(rival.version, `${p}.version`, 1, BIG);
		int(rival.nextReleaseAt, `${p}.nextReleaseAt`, 0, BIG);
		num(rival.nextCapability, `${p}.nextCapability`, 0, 1e12);
	});
	arr(s.history, 'state.history', 10_000).forEach((h, i) => {
		const point = obj(h, `state.history[${i}]`);
		int(point.tick, `state.history[${i}].tick`, 0, tick);
		arr(point.caps, `state.history[${i}].caps`, 50).forEach((v, j) =>
			num(v, `state.history[${i}].caps[${j}]`, 0, 1e12)
		);
	});
	arr(s.news, 'state.news', 1000).forEach((n, i) => {
		const item = obj(n, `state.news[${i}]`);
		identity(item.id, `state.news[${i}].id`);
		int(item.tick, `state.news[${i}].tick`, 0, BIG);
		str(item.kind, `state.news[${i}].kind`, 40);
		str(item.text, `state.news[${i}].text`, 400);
	});
	bool(s.goalReached, 'state.goalReached');
	const stats = obj(s.stats, 'state.stats');
	int(stats.modelsReleased, 'state.stats.modelsReleased', 0, BIG);
	num(stats.peakCapability, 'state.stats.peakCapability', 0, 1e12);
	int(stats.runsFinished, 'state.stats.runsFinished', 0, BIG);
	arr(s.series, 'state.series', 10_000).forEach((p, i) => {
		const point = obj(p, `state.series[${i}]`);
		int(point.tick, `state.series[${i}].tick`, 0, tick);
		decimal(point.cashPerSec, `state.series[${i}].cashPerSec`, true);
	});
	const meta = obj(s.meta, 'state.meta');
	decimal(meta.moat, 'state.meta.moat');
	decimal(meta.moatEarned, 'state.meta.moatEarned');
	decimal(meta.lifetimeTokens, 'state.meta.lifetimeTokens');
	for (const [k, v] of Object.entries(obj(meta.perks, 'state.meta.perks'))) {
		const perk = id(k, 'state.meta.perks key', PERKS_BY_ID);
		int(v, `state.meta.perks.${perk}`, 0, PERKS_BY_ID.get(perk)!.maxLevel);
	}
	arr(meta.eraTicks, 'state.meta.eraTicks', ERAS.length).forEach((t, i) =>
		int(t, `state.meta.eraTicks[${i}]`, 0, BIG)
	);
	bool(meta.finished, 'state.meta.finished');
	for (const [k, v] of Object.entries(obj(meta.achievements, 'state.meta.achievements'))) {
		const a = id(k, 'state.meta.achievements key', ACHIEVEMENTS_BY_ID);
		num(v, `state.meta.achievements.${a}`, 0, BIG);
	}
	const totals = obj(meta.totals, 'state.meta.totals');
	int(totals.modelsReleased, 'state.meta.totals.modelsReleased', 0, BIG);
	int(totals.runsFinished, 'state.meta.totals.runsFinished', 0, BIG);
	num(totals.peakCapability, 'state.meta.totals.peakCapability', 0, 1e12);
	const auto = obj(meta.automation, 'state.meta.automation');
	const release = obj(auto.release, 'state.meta.automation.release');
	bool(release.on, 'state.meta.automation.release.on');
	num(release.minGain, 'state.meta.automation.release.minGain', 0, 1000);
	bool(obj(auto.run, 'state.meta.automation.run').on, 'state.meta.automation.run.on');
	const buy = obj(auto.buy, 'state.meta.automation.buy');
	bool(buy.on, 'state.meta.automation.buy.on');
	num(buy.reserve, 'state.meta.automation.buy.reserve', 0, 0.99);
	const sign = obj(auto.sign, 'state.meta.automation.sign');
	bool(sign.on, 'state.meta.automation.sign.on');
	num(sign.threshold, 'state.meta.automation.sign.threshold', 0.1, 1);
	if (s.event !== null) {
		const event = obj(s.event, 'state.event');
		id(event.id, 'state.event.id', new Set(WORLD_EVENTS.map((e) => e.id)));
		int(event.endsAt, 'state.event.endsAt', 0, BIG);
	}
	int(s.nextEventAt, 'state.nextEventAt', 0, BIG);
	return c;
}
