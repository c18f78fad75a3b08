// Export and import where the browser has no CompressionStream (Safari before 16.4).
import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { makeRecord } from '../../../src/lib/save/record';
import { deflateStored, inflateStored } from '../../../src/lib/save/stored-deflate';
import { EXPORT_PREFIX, exportText, previewImport } from '../../../src/lib/save/transfer';
import { playActive } from '../../../src/lib/sim/players';

const inflateReal = async (bytes: Uint8Array) =>
	new Uint8Array(
		await new Response(
			new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'))
		).arrayBuffer()
	);

describe('stored deflate', () => {
	test('is deflate-raw that a real inflater reads, and reads itself back', async () => {
		await fc.assert(
			fc.asyncProperty(fc.uint8Array({ maxLength: 200_000 }), async (bytes) => {
				const packed = deflateStored(bytes);
				expect(await inflateReal(packed)).toEqual(bytes);
				expect(inflateStored(packed, 1e6)).toEqual(bytes);
			}),
			{ numRuns: 30 }
		);
	});
	test('a compressed, cut-off, padded or oversized stream is not read as stored', async () => {
		const bytes = new TextEncoder().encode('x'.repeat(100_000));
		const compressed = new Uint8Array(
			await new Response(
				new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'))
			).arrayBuffer()
		);
		expect(inflateStored(compressed, 1e6)).toBeNull();
		const packed = deflateStored(bytes);
		expect(inflateStored(packed.subarray(0, packed.length - 1), 1e6)).toBeNull();
		expect(inflateStored(new Uint8Array([...packed, 0]), 1e6)).toBeNull();
		expect(inflateStored(packed, 50_000)).toBeNull();
	});
});

describe('a browser without CompressionStream', () => {
	afterEach(() => vi.unstubAllGlobals());
	const record = makeRecord(playActive(3, 300).state, 1_700_000_000_000, 4);

	test('exports a FRONTIER1 save that any browser imports, and imports it itself', async () => {
		vi.stubGlobal('CompressionStream', undefined);
		vi.stubGlobal('DecompressionStream', undefined);
		const text = await exportText(record);
		expect(text.startsWith(EXPORT_PREFIX)).toBe(true);
		const here = await previewImport(text);
		expect(here.ok && here.state.tick).toBe(playActive(3, 300).state.tick);
		vi.unstubAllGlobals();
		const elsewhere = await previewImport(text);
		expect(elsewhere.ok && elsewhere.state.tick).toBe(playActive(3, 300).state.tick);
	});

	test('a compressed save it cannot unpack is refused with a reason, not a crash', async () => {
		const text = await exportText(record);
		vi.stubGlobal('DecompressionStream', undefined);
		const r = await previewImport(text);
		expect(r).toEqual({ ok: false, error: expect.stringContaining('iOS 16.4') });
	});
});
