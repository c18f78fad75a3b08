// Export and import as one compact text: "FRONTIER1:" + base64 of the deflated save record.
// An import also takes the save record as plain JSON (a save file as the fixtures hold it),
// through the same reading (shape, checksum, migration, validation).
// Reading an import never throws and never touches storage: it returns the game or a reason.
import type { GameState } from '../engine/state';
import { readRecord, type SaveRecord } from './record';
import { SaveError } from './validate';
import { deflateStored, inflateStored } from './stored-deflate';

export const EXPORT_PREFIX = 'FRONTIER1:';
/** No real save comes close; a bigger one is junk or a zip bomb. */
const MAX_TEXT = 2_000_000;
const MAX_INFLATED = 4_000_000;

async function pipe(
	bytes: Uint8Array,
	stream: CompressionStream | DecompressionStream,
	limit: number
): Promise<Uint8Array> {
	const writer = stream.writable.getWriter();
	void writer.write(bytes as unknown as BufferSource).catch(() => {});
	void writer.close().catch(() => {});
	const reader = stream.readable.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.length;
		if (total > limit) {
			await reader.cancel().catch(() => {});
			throw new SaveError('The save text expands to far more than any save.', 'too-big');
		}
		chunks.push(value);
	}
	const out = new Uint8Array(total);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}

function toBase64(bytes: Uint8Array): string {
	let s = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(s);
}

function fromBase64(text: string): Uint8Array {
	const bin = atob(text);
	const out = new Uint8Array(bin.length);
	for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
	return out;
}

export async function exportText(record: SaveRecord): Promise<string> {
	const bytes = new TextEncoder().encode(JSON.stringify(record));
	const deflated =
		typeof CompressionStream === 'function'
			? await pipe(bytes, new CompressionStream('deflate-raw'), MAX_INFLATED)
			: deflateStored(bytes);
	return EXPORT_PREFIX + toBase64(deflated);
}

async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
	if (typeof DecompressionStream === 'function')
		return pipe(bytes, new DecompressionStream('deflate-raw'), MAX_INFLATED);
	const stored = inflateStored(bytes, MAX_INFLATED);
	if (stored) return stored;
	throw new SaveError(
		'This browser cannot unpack this save (Safari can from iOS 16.4). Update it, or export the save again from a device with the same browser.',
		'inflate'
	);
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		throw new SaveError(
			'That save file is damaged: it is not readable JSON (cut off or altered?).',
			'json'
		);
	}
}

function fromRecord(record: unknown): ImportPreview {
	const read = readRecord(record);
	return { ok: true, state: read.state, savedAt: read.savedAt };
}

export type ImportPreview =
	{ ok: true; state: GameState; savedAt: number } | { ok: false; error: string };

/** Where the text to import came from: pasted, or read from a file (an empty file is said so:
 * playtest 29 chose an empty file and was told to paste a save). */
export type ImportSource = 'text' | 'file';

export async function previewImport(
	input: unknown,
	from: ImportSource = 'text'
): Promise<ImportPreview> {
	const empty =
		from === 'file'
			? 'That file is empty: it holds no save.'
			: 'Paste the text of a Frontier save.';
	try {
		if (typeof input !== 'string') throw new SaveError(empty, 'empty');
		if (input.length > MAX_TEXT)
			throw new SaveError('That text is far longer than any save.', 'too-big');
		const trimmed = input.trim();
		// A save record as plain JSON: its strings keep their spaces.
		if (trimmed.startsWith('{')) return fromRecord(parseJson(trimmed));
		const text = trimmed.replace(/\s+/g, '');
		if (!text) throw new SaveError(empty, 'empty');
		const match = /^FRONTIER(\d+):/.exec(text);
		if (!match)
			throw new SaveError(
				'That is not a Frontier save: it should start with "FRONTIER1:" (or be a save file, starting with "{").',
				'prefix'
			);
		if (match[1] !== '1') {
			throw new SaveError(
				`That save was exported by a newer version of Frontier (format ${match[1]}). Update the game to import it.`,
				'newer-version'
			);
		}
		const body = text.slice(match[0].length);
		if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body) || body.length % 4 !== 0) {
			throw new SaveError(
				'The save text is damaged: it has characters a save never has, or is cut off.',
				'base64'
			);
		}
		let inflated: Uint8Array;
		try {
			inflated = await inflate(fromBase64(body));
		} catch (e) {
			if (e instanceof SaveError) throw e;
			throw new SaveError(
				'The save text is damaged: it does not unpack (cut off or altered?).',
				'inflate'
			);
		}
		let record: unknown;
		try {
			record = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
		} catch {
			throw new SaveError('The save text is damaged: its contents are not readable.', 'json');
		}
		return fromRecord(record);
	} catch (e) {
		if (e instanceof SaveError) return { ok: false, error: e.message };
		return {
			ok: false,
			error: `The save could not be read (${e instanceof Error ? e.name : 'error'}).`
		};
	}
}
