// A small language for declaring the state's shape once. From one declaration follow the
// TypeScript type (Infer), the check of untrusted data (a save), the deep copy, the JSON
// form (Decimals as exact strings) and the default value of a new game.
import {
	ACHIEVEMENTS_BY_ID,
	CAMPUS_SITE_IDS,
	ERAS,
	PERKS_BY_ID,
	WORLD_EVENTS,
	type EraContent
} from '../content';
import { Decimal } from './decimal';
import { decodeDecimal, encodeDecimal } from './decimal-codec';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A problem in checked data: where it is, what is wrong, and a code for tests and reports. */
export class ShapeError extends Error {
	constructor(
		message: string,
		readonly code: string
	) {
		super(message);
	}
}

/** What a check may consult: the content of the state's era. */
export interface CheckContext {
	content: EraContent;
}

export interface Shape<T> {
	/** Throws a ShapeError naming `path` unless `value` (JSON) has this shape. */
	check(value: unknown, path: string, ctx: CheckContext): void;
	copy(value: T): T;
	toJson(value: T): Json;
	/** Reads the JSON form (checked beforehand). */
	fromJson(value: unknown): T;
	initial(): T;
}

export type Infer<S> = S extends Shape<infer T> ? T : never;

const fail = (path: string, what: string, code = 'invalid'): never => {
	throw new ShapeError(`${path} ${what}`, code);
};

/** Values copied and stored as they are: numbers, text, flags. */
function plain<T>(check: Shape<T>['check'], initial: T): Shape<T> {
	return {
		check,
		copy: (v) => v,
		toJson: (v) => v as Json,
		fromJson: (v) => v as T,
		initial: () => initial
	};
}

export function num(min: number, max: number, initial = Math.max(0, min)): Shape<number> {
	return plain((v, path) => {
		if (typeof v !== 'number') fail(path, 'is not a number', 'type');
		if (!Number.isFinite(v)) fail(path, 'is not a finite number', 'not-finite');
		if ((v as number) < min || (v as number) > max)
			fail(path, `is out of range (${min}…${max})`, 'range');
	}, initial);
}

export function int(min: number, max: number, initial = Math.max(0, min)): Shape<number> {
	const n = num(min, max, initial);
	return {
		...n,
		check: (v, path, ctx) => {
			n.check(v, path, ctx);
			if (!Number.isInteger(v)) fail(path, 'is not a whole number', 'type');
		}
	};
}

export function text(max: number, initial = ''): Shape<string> {
	return plain((v, path) => {
		if (typeof v !== 'string') fail(path, 'is not text', 'type');
		if ((v as string).length > max) fail(path, 'is too long', 'range');
	}, initial);
}

export function flag(initial = false): Shape<boolean> {
	return plain((v, path) => {
		if (typeof v !== 'boolean') fail(path, 'is not true or false', 'type');
	}, initial);
}

/** What an id names, and where the names it may take are listed. */
const KNOWN = {
	era: () => new Set(ERAS.map((e) => e.id)),
	hardware: (c: EraContent) => c.hardware,
	power: (c: EraContent) => c.power,
	priceTier: (c: EraContent) => c.priceTiers,
	runSize: (c: EraContent) => new Set(c.era.runSizes.map((r) => r.id)),
	research: (c: EraContent) => c.research,
	rival: (c: EraContent) => new Set(c.era.rivals.map((r) => r.id)),
	perk: () => PERKS_BY_ID,
	achievement: () => ACHIEVEMENTS_BY_ID,
	event: () => new Set(WORLD_EVENTS.map((e) => e.id)),
	campusSite: () => CAMPUS_SITE_IDS
} satisfies Record<string, (c: EraContent) => { has(id: string): boolean }>;

/** An id of the content (of the state's era, for era-bound kinds). */
export function id(kind: keyof typeof KNOWN, initial = ''): Shape<string> {
	const t = text(80, initial);
	return {
		...t,
		check: (v, path, ctx) => {
			t.check(v, path, ctx);
			if (!KNOWN[kind](ctx.content).has(v as string))
				fail(path, `names "${v as string}", which does not exist`, 'unknown-id');
		}
	};
}

/** A Decimal, stored as an exact string; never negative unless `negative`. */
export function decimal(negative = false): Shape<Decimal> {
	return {
		check: (v, path) => {
			if (typeof v === 'string' && /nan|inf/i.test(v))
				fail(path, 'is not a finite number', 'not-finite');
			const d = decodeDecimal(v);
			if (!d) return fail(path, 'is not a number', 'type');
			if (!negative && d.lt(0)) fail(path, 'is negative', 'range');
		},
		copy: (v) => v, // Decimals are never changed in place: shared, not copied
		toJson: (v) => encodeDecimal(v),
		fromJson: (v) => decodeDecimal(v) ?? fail(`${String(v)}`, 'is not a number', 'type'),
		initial: () => new Decimal(0)
	};
}

function isObject(v: unknown): v is Record<string, unknown> {
	return v !== null && typeof v === 'object' && !Array.isArray(v);
}

type Fields = Record<string, Shape<unknown>>;
type Of<F extends Fields> = { [K in keyof F]: Infer<F[K]> };

/** An object with exactly these fields (others in the data are dropped when read). */
export function object<F extends Fields>(fields: F): Shape<Of<F>> & { fields: F } {
	const entries = Object.entries(fields);
	// A plain loop, not Object.fromEntries: the copy runs for every snapshot and probe clone.
	const map = (f: (key: string, s: Shape<unknown>) => unknown) => {
		const out: Record<string, unknown> = {};
		for (const [k, s] of entries) out[k] = f(k, s);
		return out as Of<F>;
	};
	return {
		fields,
		check: (v, path, ctx) => {
			if (!isObject(v)) return fail(path, 'is not an object', 'type');
			for (const [k, s] of entries) s.check(v[k], `${path}.${k}`, ctx);
		},
		copy: (v) => map((k, s) => s.copy((v as Record<string, unknown>)[k])),
		toJson: (v) => map((k, s) => s.toJson((v as Record<string, unknown>)[k])) as unknown as Json,
		fromJson: (v) => map((k, s) => s.fromJson((v as Record<string, unknown>)[k])),
		initial: () => map((_k, s) => s.initial())
	};
}

/** A list of at most `max` items. */
export function list<T>(item: Shape<T>, max: number): Shape<T[]> {
	return {
		check: (v, path, ctx) => {
			if (!Array.isArray(v)) return fail(path, 'is not a list', 'type');
			if (v.length > max) fail(path, `has more than ${max} entries`, 'range');
			v.forEach((x, i) => item.check(x, `${path}[${i}]`, ctx));
		},
		copy: (v) => v.map(item.copy),
		toJson: (v) => v.map(item.toJson),
		fromJson: (v) => (v as unknown[]).map(item.fromJson),
		initial: () => []
	};
}

/** An object used as a map from ids to values. */
export function record<T>(key: Shape<string>, value: Shape<T>): Shape<Record<string, T>> {
	const each = <U>(v: Record<string, unknown>, f: (x: unknown) => U): Record<string, U> => {
		const out: Record<string, U> = {};
		for (const k in v) out[k] = f(v[k]);
		return out;
	};
	return {
		check: (v, path, ctx) => {
			if (!isObject(v)) return fail(path, 'is not an object', 'type');
			for (const [k, x] of Object.entries(v)) {
				key.check(k, `${path} key`, ctx);
				value.check(x, `${path}.${k}`, ctx);
			}
		},
		copy: (v) => each(v, (x) => value.copy(x as T)),
		toJson: (v) => each(v, (x) => value.toJson(x as T)),
		fromJson: (v) => each(v as Record<string, unknown>, value.fromJson),
		initial: () => ({})
	};
}

/** The shape, or null (the default). */
export function nullable<T>(shape: Shape<T>): Shape<T | null> {
	return {
		check: (v, path, ctx) => {
			if (v !== null) shape.check(v, path, ctx);
		},
		copy: (v) => (v === null ? null : shape.copy(v)),
		toJson: (v) => (v === null ? null : shape.toJson(v)),
		fromJson: (v) => (v === null ? null : shape.fromJson(v)),
		initial: () => null
	};
}
