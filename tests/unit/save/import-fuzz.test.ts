// 10,000 random and mutated import strings: each is refused with a message or accepted as a
// valid save; nothing throws; and the game on disk is not touched by reading an import.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newGame } from '../../../src/lib/engine';
import { checksum, makeRecord } from '../../../src/lib/save/record';
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
