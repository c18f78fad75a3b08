// The save written at once as the page is left: a page being reloaded or closed may never finish
// the IndexedDB write its leaving starts (the transaction is cut off with the page), and
// playtest 24 lost a run started, and a purchase made, less than a second before a reload (the
// move save waits up to a second: runtime/saving.ts MOVE_SAVE_MS). localStorage writes at once,
// so the same record is kept there too, with the save the tab knew on disk as it left. Loading
// takes it only when the disk still holds that very save (so the write was lost, and nothing
// else wrote since: another tab, an import), and each save written to disk since removes it.
import { readRecord, type ReadSave, type SaveRecord } from './record';

export const LAST_WORDS = 'frontier/last-words';

/** Which save is on disk: its sequence number and time (null: none). */
export type OnDisk = { seq: number; savedAt: number } | null;

/** The part of Web Storage used here (a stand-in in tests). */
export type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function local(): KeyValue | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null; // storage blocked (some private modes)
	}
}

/** Keeps `record`, written over the save `prior` on disk, at once; false when it cannot (no
 * storage, storage full). */
export function leaveLastWords(record: SaveRecord, prior: OnDisk, kv = local()): boolean {
	if (!kv) return false;
	try {
		kv.setItem(LAST_WORDS, JSON.stringify({ record, prior }));
		return true;
	} catch {
		return false;
	}
}

/** The last words, read as a save, and the save they were left over (null: none, or not a
 * readable save). */
function readLastWords(kv: KeyValue): { save: ReadSave; prior: OnDisk } | null {
	try {
		const raw = kv.getItem(LAST_WORDS);
		if (!raw) return null;
		const { record, prior } = JSON.parse(raw) as { record: unknown; prior: unknown };
		const p = prior as { seq?: unknown; savedAt?: unknown } | null;
		if (p !== null && (typeof p?.seq !== 'number' || typeof p.savedAt !== 'number')) return null;
		return { save: readRecord(record), prior: p as OnDisk };
	} catch {
		return null;
	}
}

/** The last words when they were left over the very save `onDisk` (none: null) and are newer. */
export function newerLastWords(onDisk: OnDisk, kv = local()): ReadSave | null {
	const words = kv && readLastWords(kv);
	if (!words || words.save.seq <= (onDisk?.seq ?? 0)) return null;
	const same = (a: OnDisk, b: OnDisk) => a?.seq === b?.seq && a?.savedAt === b?.savedAt;
	return same(words.prior, onDisk) ? words.save : null;
}

/** A save of sequence `seqOnDisk` is on disk: last words no newer are removed (newer ones were
 * left since, by a leaving that this write did not carry). */
export function forgetLastWords(seqOnDisk: number, kv = local()): void {
	if (!kv) return;
	try {
		if (kv.getItem(LAST_WORDS) === null) return;
		const words = readLastWords(kv);
		if (!words || words.save.seq <= seqOnDisk) kv.removeItem(LAST_WORDS);
	} catch {
		// Storage blocked: nothing was kept either.
	}
}
