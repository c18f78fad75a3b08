// The save record: the state as JSON text, its format version, a sequence number, the wall
// time it was written, and a checksum. Reading one checks everything before trusting it.
import type { GameState } from '../engine/state';
import { SCHEMA_VERSION } from '../engine/state';
import { stateFromJson, stateToJson } from './codec';
import { migrate } from './migrations';
import { SaveError, checkShape, validateState } from './validate';

export const RECORD_FORMAT = 'frontier-save';

export interface SaveRecord {
	format: typeof RECORD_FORMAT;
	version: number;
	seq: number;
	savedAt: number;
	checksum: string;
	state: string;
}

/** FNV-1a, 32 bits: cheap, and enough to notice a damaged or truncated record. */
export function checksum(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(16).padStart(8, '0');
}

const signed = (version: number, seq: number, state: string) =>
	checksum(`${version}|${seq}|${state}`);

export function makeRecord(state: GameState, savedAt: number, seq: number): SaveRecord {
	const text = JSON.stringify(stateToJson(state));
	return {
		format: RECORD_FORMAT,
		version: SCHEMA_VERSION,
		seq,
		savedAt,
		checksum: signed(SCHEMA_VERSION, seq, text),
		state: text
	};
}

export interface ReadSave {
	state: GameState;
	savedAt: number;
	seq: number;
	/** The format version the record was written in (before migration). */
	version: number;
}

/** Reads a record from storage or an import. Throws a SaveError that says what is wrong. */
export function readRecord(raw: unknown): ReadSave {
	if (raw === undefined || raw === null) throw new SaveError('There is no save.', 'missing');
	if (typeof raw !== 'object' || Array.isArray(raw))
		throw new SaveError('The save is not a save record.', 'not-a-record');
	checkShape(raw, 'record', 0);
	const r = raw as Record<string, unknown>;
	if (r.format !== RECORD_FORMAT)
		throw new SaveError('The save is not a Frontier save.', 'not-a-record');
	if (typeof r.version !== 'number' || !Number.isInteger(r.version) || r.version < 1) {
		throw new SaveError('The save has no valid version number.', 'no-version');
	}
	if (typeof r.seq !== 'number' || !Number.isSafeInteger(r.seq) || r.seq < 0)
		throw new SaveError('The save has no valid sequence number.', 'invalid');
	if (typeof r.savedAt !== 'number' || !Number.isFinite(r.savedAt))
		throw new SaveError('The save has no valid time.', 'invalid');
	if (typeof r.state !== 'string') throw new SaveError('The save holds no game.', 'invalid');
	if (r.checksum !== signed(r.version, r.seq, r.state)) {
		throw new SaveError(
			'The save is damaged: its checksum does not match (it was cut off or altered).',
			'checksum'
		);
	}
	let json: unknown;
	try {
		json = JSON.parse(r.state);
	} catch {
		throw new SaveError('The save is damaged: its game data is not readable.', 'unparsable');
	}
	checkShape(json, 'state');
	if (json === null || typeof json !== 'object' || Array.isArray(json))
		throw new SaveError('The save holds no game.', 'invalid');
	const migrated = migrate({ ...(json as Record<string, unknown>), schema: r.version });
	validateState(migrated);
	return { state: stateFromJson(migrated), savedAt: r.savedAt, seq: r.seq, version: r.version };
}
