// Where the game lives between visits: IndexedDB through idb-keyval. Every write is one
// transaction (the current record plus any backup due), so a write cut off by a crash
// leaves the previous save in place. Backups of different ages sit beside it; loading
// falls back to the newest valid one and says what happened.
import { createStore, get, getMany, setMany, type UseStore } from 'idb-keyval';
import { DB, STORE } from './exists';
import { WrittenElsewhereError, writtenElsewhere, type Claim } from './claim';
import type { GameState } from '../engine/state';
import { forgetLastWords, leaveLastWords, newerLastWords, type OnDisk } from './last-words';
import { makeRecord, readRecord, type ReadSave, type SaveRecord } from './record';
import { SaveError } from './validate';

export const CURRENT = 'frontier/save';
/** Rotating backups: each is refreshed when it is older than its period. */
export const BACKUPS = [
	{ key: 'frontier/backup/1m', period: 60_000, label: 'a minute' },
	{ key: 'frontier/backup/10m', period: 600_000, label: 'ten minutes' },
	{ key: 'frontier/backup/1h', period: 3_600_000, label: 'an hour' }
] as const;
export const BEFORE_IMPORT = 'frontier/backup/before-import';
export const BEFORE_RESET = 'frontier/backup/before-reset';

let store: UseStore = createStore(DB, STORE);

/** Safari closes idle IndexedDB connections: reopen once and retry. */
async function withStore<T>(op: (s: UseStore) => Promise<T>): Promise<T> {
	try {
		return await op(store);
	} catch (e) {
		if (
			!(e instanceof DOMException) ||
			!['InvalidStateError', 'TransactionInactiveError', 'UnknownError'].includes(e.name)
		)
			throw e;
		store = createStore(DB, STORE);
		return op(store);
	}
}

export type LoadResult =
	| { kind: 'none' }
	| {
			kind: 'ok';
			save: ReadSave;
			restored?: { from: string; because: string };
			/** The save on disk, when another was loaded (the last words: last-words.ts). */
			onDisk?: OnDisk;
	  }
	| { kind: 'newer'; message: string }
	| { kind: 'unreadable'; because: string };

/** Newest valid save: the last words left as the page was last left when newer than the disk's
 * (last-words.ts), else the current record, else the newest backup that reads. */
export async function loadGame(): Promise<LoadResult> {
	const stored = await loadStored();
	// Only over the current record as it reads, or over no save at all.
	const onDisk =
		stored.kind === 'none'
			? null
			: stored.kind === 'ok' && !stored.restored
				? { seq: stored.save.seq, savedAt: stored.save.savedAt }
				: undefined;
	const words = onDisk !== undefined && newerLastWords(onDisk);
	return words ? { kind: 'ok', save: words, onDisk } : stored;
}

/** The newest valid save on disk (IndexedDB): the current record, else the newest backup. */
async function loadStored(): Promise<LoadResult> {
	const keys = [CURRENT, ...BACKUPS.map((b) => b.key), BEFORE_IMPORT, BEFORE_RESET];
	const raws = await withStore((s) => getMany(keys, s));
	if (raws.every((r) => r === undefined)) return { kind: 'none' };
	let because = '';
	try {
		const save = readRecord(raws[0]);
		rememberBackups(raws);
		return { kind: 'ok', save };
	} catch (e) {
		if (e instanceof SaveError && e.code === 'newer-version')
			return { kind: 'newer', message: e.message };
		because = e instanceof Error ? e.message : String(e);
	}
	// The newest backup that reads wins.
	const candidates = raws
		.slice(1, 1 + BACKUPS.length)
		.map((raw, i) => ({ raw, label: `backup from ${BACKUPS[i].label} before` }))
		.concat({
			raw: raws[keys.indexOf(BEFORE_IMPORT)],
			label: 'backup kept before your last import'
		})
		.flatMap(({ raw, label }) => {
			try {
				return [{ save: readRecord(raw), label }];
			} catch {
				return [];
			}
		})
		.sort((a, b) => b.save.seq - a.save.seq);
	if (raws[0] !== undefined) {
		await withStore((s) => setMany([[`frontier/damaged/${Date.now()}`, raws[0]]], s)).catch(
			() => {}
		);
	}
	if (candidates.length === 0) return { kind: 'unreadable', because };
	rememberBackups(raws);
	return { kind: 'ok', save: candidates[0].save, restored: { from: candidates[0].label, because } };
}

const backupTimes = new Map<string, number>();

function rememberBackups(raws: unknown[]): void {
	BACKUPS.forEach((b, i) => {
		const r = raws[1 + i] as Partial<SaveRecord> | undefined;
		if (r && typeof r.savedAt === 'number') backupTimes.set(b.key, r.savedAt);
	});
}

let seq = 0;

/**
 * Writes the current save, and each backup that is due, in one transaction. With a `claim`
 * (a tab without Web Locks), the transaction first reads the save on disk and writes nothing
 * if another tab wrote it since: it throws WrittenElsewhereError.
 */
export async function saveGame(
	state: GameState,
	savedAt: number,
	prior?: number,
	claim?: Claim
): Promise<SaveRecord> {
	seq = Math.max(seq, prior ?? 0) + 1;
	const record = makeRecord(state, savedAt, seq);
	const entries: [string, SaveRecord][] = [[CURRENT, record]];
	for (const b of BACKUPS) {
		const last = backupTimes.get(b.key);
		if (last === undefined || savedAt - last >= b.period || savedAt < last)
			entries.push([b.key, record]);
	}
	if (claim) await withStore((s) => s('readwrite', (os) => putUnlessElsewhere(os, entries, claim)));
	else await withStore((s) => setMany(entries, s));
	for (const [key] of entries.slice(1)) backupTimes.set(key, savedAt);
	forgetLastWords(record.seq);
	return record;
}

/** The save the next `saveGame` would write, kept at once over the save `onDisk` (last-words.ts):
 * for a page being left, whose IndexedDB write may be cut off. False when it could not be kept. */
export function leaveGame(state: GameState, savedAt: number, onDisk: OnDisk): boolean {
	const record = makeRecord(state, savedAt, Math.max(seq, onDisk?.seq ?? 0) + 1);
	return leaveLastWords(record, onDisk);
}

/**
 * Reads and writes in one transaction. Callbacks, not awaits, between the read and the
 * writes: older WebKit ended a transaction when a promise came between them.
 */
function putUnlessElsewhere(
	os: IDBObjectStore,
	entries: [string, SaveRecord][],
	claim: Claim
): Promise<void> {
	return new Promise((resolve, reject) => {
		const tx = os.transaction;
		tx.oncomplete = () => resolve();
		tx.onabort = tx.onerror = () => reject(tx.error ?? new WrittenElsewhereError());
		const current = os.get(CURRENT);
		current.onsuccess = () => {
			if (writtenElsewhere(current.result, claim)) {
				reject(new WrittenElsewhereError());
				tx.abort();
				return;
			}
			for (const [key, value] of entries) os.put(value, key);
		};
	});
}

/** Keeps a copy of a game under `key` (before an import or a reset). */
export async function keepCopy(key: string, state: GameState, savedAt: number): Promise<void> {
	await withStore((s) => setMany([[key, makeRecord(state, savedAt, seq)]], s));
}

/** The copy kept under `key` (before an import or a reset), if one is there and reads. */
export async function readCopy(key: string): Promise<ReadSave | null> {
	const raw = await withStore((s) => get(key, s));
	if (raw === undefined) return null;
	try {
		return readRecord(raw);
	} catch {
		return null;
	}
}

export function isQuotaError(e: unknown): boolean {
	return e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22);
}
