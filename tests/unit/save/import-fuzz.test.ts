// 10,000 random and mutated import strings: each is refused with a message or accepted as a
// valid save; nothing throws; and the game on disk is not touched by reading an import.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newGame } from '../../../src/lib/engine';
import { readdirSync, readFileSync } from 'node:fs';
import { checksum, makeRecord, readRecord } from '../../../src/lib/save/record';
import { EXPORT_PREFIX, exportText, previewImport } from '../../../src/lib/save/transfer';
import { validateState } from '../../../src/lib/save/validate';
import { stateToJson } from '../../../src/lib/save/codec';
import { playActive } from '../../../src/lib/sim/players';

const good = await exportText(makeRecord(playActive(7, 600).state, 1_700_000_000_000, 3));
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
async function packed(json: string): Promise<string> {
	const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	return EXPORT_PREFIX + Buffer.from(await new Response(stream).arrayBuffer()).toString('base64');
}

/** Mutations of a real export, the ways saves get damaged. */
const mutated = fc.oneof(
	fc.integer({ min: 0, max: good.length }).map((n) => good.slice(0, n)), // truncated
	fc
		.tuple(fc.integer({ min: 11, max: good.length - 1 }), fc.integer({ min: 0, max: 63 }))
		.map(([at, c]) => {
			const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
			return good.slice(0, at) + alphabet[c] + good.slice(at + 1); // a character flipped
		}),
	fc.string().map((p) => p + good.slice(EXPORT_PREFIX.length)), // wrong prefix
	fc.string({ maxLength: 400 }), // junk
	fc.string({ maxLength: 200 }).map((s) => EXPORT_PREFIX + b64(s)), // base64 of junk
	fc.json({ maxDepth: 6 }).map((j) => EXPORT_PREFIX + b64(j)) // base64 of junk JSON, not deflated
);

/** Deflated JSON that is nearly a save: the values an attacker or a bug would try. */
const hostileJson = fc.oneof(
	fc.json({ maxDepth: 8 }),
	fc.constantFrom(
		'{"__proto__": {"polluted": 1}}',
		'[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
		'{"format": "frontier-save", "version": 1e999}',
		'{"format": "frontier-save", "version": 1, "seq": 1, "savedAt": 1, "checksum": "x", "state": "{}"}'
	),
	fc
		.tuple(
			fc.constantFrom('cash', 'tokens', 'hype', 'tick', 'trainShare', 'researchers'),
			fc.constantFrom('"NaN"', '1e999', '-1', '"1e400000"', 'null', '{}', '"9.9e9000000000000000"')
		)
		.map(([field, value]) => {
			const state = JSON.stringify(stateToJson(newGame(1))).replace(
				new RegExp(`"${field}":[^,}]+`),
				`"${field}":${value}`
			);
			const record = makeRecord(newGame(1), 1, 1);
			return JSON.stringify({
				...record,
				state,
				checksum: checksum(`${record.version}|${record.seq}|${state}`)
			});
		})
);

describe('import fuzz', () => {
	it('the real export imports', async () => {
		const r = await previewImport(good);
		expect(r.ok).toBe(true);
	});

	it('10,000 damaged or hostile strings: a clear refusal or a valid save, never a throw', async () => {
		const disk = JSON.stringify(makeRecord(newGame(99), 5, 5)); // "the current save"
		const before = disk;
		const inputs = [
			...fc.sample(mutated, 7000),
			...(await Promise.all(fc.sample(hostileJson, 3000).map(packed)))
		];
		expect(inputs.length).toBe(10_000);
		let accepted = 0;
		for (const input of inputs) {
			const r = await previewImport(input);
			if (r.ok) {
				accepted++;
				expect(() => validateState(stateToJson(r.state))).not.toThrow();
			} else {
				expect(r.error.length).toBeGreaterThan(10);
				expect(r.error).not.toMatch(/undefined|\[object/);
			}
		}
		expect(disk).toBe(before);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(accepted).toBeLessThan(inputs.length);
	}, 120_000);

	it('hostile values inside a correctly signed save are refused by the value checks', async () => {
		const record = makeRecord(newGame(1), 1, 1);
		const state = JSON.stringify(stateToJson(newGame(1))).replace(/"hype":[^,}]+/, '"hype":1e999');
		const text = await packed(
			JSON.stringify({
				...record,
				state,
				checksum: checksum(`${record.version}|${record.seq}|${state}`)
			})
		);
		const r = await previewImport(text);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error).toMatch(/state\.hype is not a finite number/);
	});

	it('non-string input is refused', async () => {
		for (const x of [undefined, null, 5, {}, []]) expect((await previewImport(x)).ok).toBe(false);
	});
});

describe('a save file as plain JSON (the fixtures, or a record copied out of storage)', () => {
	const files = [
		...readdirSync('tests/fixtures/saves').map((f) => `tests/fixtures/saves/${f}`),
		'tests/fixtures/e2e/mid-game.json',
		'tests/fixtures/e2e/dyson.json'
	];

	it.each(files)(
		'%s imports, migrated and valid, as the same game as when it loads',
		async (file) => {
			const text = readFileSync(file, 'utf8');
			const r = await previewImport(text);
			expect(r.ok, r.ok ? '' : r.error).toBe(true);
			if (!r.ok) return;
			const loaded = readRecord(JSON.parse(text));
			expect(stateToJson(r.state)).toEqual(stateToJson(loaded.state));
			expect(r.savedAt).toBe(loaded.savedAt);
			// Laid out over lines and indented, pasted with spaces around: the same game.
			const pretty = `\n  ${JSON.stringify(JSON.parse(text), null, 2)}\n`;
			const again = await previewImport(pretty);
			expect(again.ok && stateToJson(again.state)).toEqual(stateToJson(loaded.state));
		}
	);

	it('a JSON save keeps the spaces inside its strings (the checksum covers them)', async () => {
		const record = makeRecord(newGame(3), 1_700_000_000_000, 2);
		const spaced = { ...record, state: record.state.replace('{', '{ ') };
		spaced.checksum = checksum(`${spaced.version}|${spaced.seq}|${spaced.state}`);
		const r = await previewImport(JSON.stringify(spaced));
		expect(r.ok, r.ok ? '' : r.error).toBe(true);
	});

	it('damaged or foreign JSON is refused with a clear message, never a throw', async () => {
		const text = readFileSync('tests/fixtures/e2e/mid-game.json', 'utf8');
		const cases: [string, RegExp][] = [
			[text.slice(0, text.length - 40), /not readable JSON/],
			[text.replace('"seq":30', '"seq":31'), /checksum/],
			['{"hello": "world"}', /not a Frontier save/],
			['{', /not readable JSON/]
		];
		for (const [input, message] of cases) {
			const r = await previewImport(input);
			expect(r.ok).toBe(false);
			if (!r.ok) expect(r.error).toMatch(message);
		}
		for (const input of fc.sample(hostileJson, 1000)) {
			const r = await previewImport(input);
			if (!r.ok) expect(r.error).not.toMatch(/undefined|\[object/);
			else expect(() => validateState(stateToJson(r.state))).not.toThrow();
		}
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});
