// Save records: validation names each problem, migrations run in numeric order, every
// shipped save version loads, migrates and simulates.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import { advance, newGame, SCHEMA_VERSION } from '../../../src/lib/engine';
import { stateToJson } from '../../../src/lib/save/codec';
import { migrate, type Migration } from '../../../src/lib/save/migrations';
import { checksum, makeRecord, readRecord } from '../../../src/lib/save/record';
import { SaveError, validateState } from '../../../src/lib/save/validate';
import { badNumbers, stateArb, stateDiff } from '../engine/helpers';

const FIXTURES = 'tests/fixtures/saves';

// Tests edit arbitrary JSON on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

/** A valid state as plain JSON, then changed by `edit`. */
function edited(edit: (s: Record<string, Loose>) => void): Record<string, unknown> {
	const json = JSON.parse(JSON.stringify(stateToJson(newGame(1)))) as Record<string, Loose>;
	edit(json);
	return json;
}

function rejection(value: unknown): SaveError {
	try {
		validateState(value);
	} catch (e) {
		if (e instanceof SaveError) return e;
		throw e;
	}
	throw new Error('accepted');
}

describe('validation rejects each kind of bad value with its own message', () => {
	it.each([
		['NaN in a big number', (s: Loose) => (s.cash = 'NaN'), /state\.cash is not a finite number/],
		[
			'Infinity in a number',
			(s: Loose) => (s.hype = Infinity),
			/state\.hype is not a finite number/
		],
		['a negative stock', (s: Loose) => (s.tokens = '-5e3'), /state\.tokens is negative/],
		[
			'a number out of range',
			(s: Loose) => (s.trainShare = 1.5),
			/state\.trainShare is out of range/
		],
		['a wrong type', (s: Loose) => (s.researchers = 'many'), /state\.researchers is not a number/],
		[
			'a fraction where counts are whole',
			(s: Loose) => (s.hardware['gaming-gpu'] = 1.5),
			/state\.hardware\.gaming-gpu is not a whole number/
		],
		[
			'an unknown hardware id',
			(s: Loose) => (s.hardware['quantum-toaster'] = 1),
			/names "quantum-toaster", which does not exist/
		],
		[
			'an unknown research id',
			(s: Loose) => s.research.push('time-travel'),
			/state\.research\[0\] names "time-travel"/
		],
		['an unknown era', (s: Loose) => (s.eraId = 'atlantis'), /state\.eraId names "atlantis"/],
		['a missing field', (s: Loose) => delete s.model, /state\.model is not an object/],
		['a wrong list length', (s: Loose) => s.rivals.pop(), /state\.rivals should list 3 labs/]
	])('%s', (_name, edit, message) => {
		expect(rejection(edited(edit)).message).toMatch(message);
	});

	it.each(['__proto__', 'constructor', 'prototype'])('the key %s anywhere', (key) => {
		const json = JSON.parse(`{"nested": {"${key}": {"polluted": true}}}`);
		const s = edited((x) => (x.stats = { ...x.stats, ...json }));
		expect(rejection(s).message).toMatch(new RegExp(`forbidden key "${key}"`));
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('deep nesting', () => {
		let deep: unknown = 1;
		for (let i = 0; i < 50; i++) deep = { deep };
		expect(rejection(edited((s) => (s.stats = deep))).message).toMatch(/nested too deeply/);
	});

	it('accepts every real state', () => {
		fc.assert(
			fc.property(stateArb, (s) => void validateState(JSON.parse(JSON.stringify(stateToJson(s))))),
			{ numRuns: 50 }
		);
	});
});

describe('save records', () => {
	it('a lab with thousands of levels of repeatable research saves and loads', () => {
		const s = newGame(1, 'dyson');
		const c = eraContent('dyson');
		const repeatable = c.era.research.filter((r) => r.repeatable).map((r) => r.id);
		expect(repeatable.length).toBeGreaterThan(0);
		s.research = c.era.research.filter((r) => !r.repeatable).map((r) => r.id);
		for (let i = 0; i < 5000; i++) s.research.push(repeatable[i % repeatable.length]);
		const read = readRecord(JSON.parse(JSON.stringify(makeRecord(s, 1234, 7))));
		expect(read.state.research).toEqual(s.research);
	});

	it('read back exactly what was written', () => {
		fc.assert(
			fc.property(stateArb, (s) => {
				const read = readRecord(JSON.parse(JSON.stringify(makeRecord(s, 1234, 7))));
				expect(stateDiff(read.state, s, 0)).toEqual([]);
				expect([read.savedAt, read.seq]).toEqual([1234, 7]);
			}),
			{ numRuns: 50 }
		);
	});

	it('a truncated or altered record fails its checksum', () => {
		const r = makeRecord(newGame(3), 1, 1);
		expect(() => readRecord({ ...r, state: r.state.slice(0, -10) })).toThrow(/checksum/);
		expect(() =>
			readRecord({ ...r, state: r.state.replace('"cash":"2.5e1"', '"cash":"9e99"') })
		).toThrow(/checksum/);
	});

	it('a record whose text is not JSON says so', () => {
		const text = '{"schema": 1, "eraId": ';
		expect(() =>
			readRecord({
				format: 'frontier-save',
				version: 1,
				seq: 1,
				savedAt: 1,
				checksum: checksum(`1|1|${text}`),
				state: text
			})
		).toThrow(/not readable/);
	});

	it('a save from a newer version is refused, with a clear message', () => {
		const r = makeRecord(newGame(3), 1, 1);
		const newer = {
			...r,
			version: SCHEMA_VERSION + 1,
			checksum: checksum(`${SCHEMA_VERSION + 1}|1|${r.state}`)
		};
		expect(() => readRecord(newer)).toThrow(/newer version of Frontier/);
	});

	it('nothing at all is reported as missing', () => {
		expect(() => readRecord(undefined)).toThrow(/no save/);
	});
});

describe('migrations', () => {
	it('run in numeric order, 9 before 10 (never sorted as text)', () => {
		const order: number[] = [];
		const steps: Record<number, Migration> = {};
		for (let v = 1; v <= 11; v++) steps[v] = (s) => (order.push(v), s);
		const out = migrate({ schema: 1 }, 12, steps);
		expect(order).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
		expect(out.schema).toBe(12);
	});

	it('migrating a current save is a no-op', () => {
		const json = JSON.parse(JSON.stringify(stateToJson(newGame(5))));
		expect(migrate(json)).toEqual(json);
	});

	it('a missing step is an error, not a silent skip', () => {
		expect(() => migrate({ schema: 1 }, 3, { 1: (s) => s })).toThrow(
			/No migration from save format 2/
		);
	});
});

describe('shipped save fixtures', () => {
	const files = readdirSync(FIXTURES).filter((f) => /^v\d+\.json$/.test(f));

	it('there is one for every save version up to the current one', () => {
		const versions = files.map((f) => Number(f.slice(1, -5))).sort((a, b) => a - b);
		expect(versions).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
	});

	it.each(files)('%s loads, migrates and simulates a day', (file) => {
		const read = readRecord(JSON.parse(readFileSync(`${FIXTURES}/${file}`, 'utf8')));
		expect(read.state.schema).toBe(SCHEMA_VERSION);
		const tokensBefore = read.state.tokens;
		const later = advance(read.state, eraContent(read.state.eraId), 86_400);
		expect(badNumbers(later)).toEqual([]);
		expect(later.tokens.gt(tokensBefore)).toBe(true);
	});
});
