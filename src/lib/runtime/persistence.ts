// Persistence: loading the game, saving it (on a timer, on leaving, after big moments),
// exporting it, and keeping a copy before it is replaced. Storage is passed in (IndexedDB in
// the browser), so this room runs in plain Node too.
import type { GameState } from '../engine';
import { makeRecord } from '../save/record';
import { isQuotaError, keepCopy, loadGame, saveGame, type LoadResult } from '../save/storage';
import { exportText } from '../save/transfer';

export interface SaveStore {
	load(): Promise<LoadResult>;
	/** Writes the save; returns its sequence number. */
	save(state: GameState, savedAt: number, prior: number): Promise<{ seq: number }>;
	keepCopy(key: string, state: GameState, savedAt: number): Promise<void>;
}

const browserStore: SaveStore = { load: loadGame, save: saveGame, keepCopy };

export class Persistence {
	private lastSave = 0;
	private seq = 0;

	constructor(private readonly store: SaveStore = browserStore) {}

	/** The newest readable save (a storage failure reads as an unreadable save). */
	async load(): Promise<LoadResult> {
		const loaded = await this.store
			.load()
			.catch((e): LoadResult => ({ kind: 'unreadable', because: String(e) }));
		if (loaded.kind === 'ok') this.seq = loaded.save.seq;
		return loaded;
	}

	/** Whether the autosave is due at `now`, saving every `everySeconds`. */
	due(now: number, everySeconds: number): boolean {
		return now - this.lastSave >= everySeconds * 1000;
	}

	/** Saves `state`; returns what went wrong for the player to read, or null. */
	async save(state: GameState, now: number): Promise<string | null> {
		this.lastSave = now;
		performance.mark('frontier:save:start');
		try {
			this.seq = (await this.store.save(state, now, this.seq)).seq;
			performance.measure('frontier:save', 'frontier:save:start');
			return null;
		} catch (e) {
			return isQuotaError(e)
				? 'Storage is full: the game keeps running, and your last good save is kept. Free some space or export your save.'
				: `Saving failed (${e instanceof Error ? e.message : String(e)}). The game keeps running on your last good save.`;
		}
	}

	/** Keeps a copy of `state` aside under `key` (never fails: a copy is a courtesy). */
	async keepCopy(key: string, state: GameState, now: number): Promise<void> {
		await this.store.keepCopy(key, state, now).catch(() => {});
	}

	/** The save as text the player can copy or download. */
	exportText(state: GameState, now: number): Promise<string> {
		return exportText(makeRecord(state, now, this.seq));
	}
}
