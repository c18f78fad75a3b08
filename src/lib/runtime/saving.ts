// Saving: loading the game, saving it (on a timer, on leaving, after big moments), exporting
// it, and keeping a copy before it is replaced. Storage is passed in (IndexedDB in the
// browser), so this room runs in plain Node too. A failing save is told once, and again when
// saving works; without Web Locks a save never overwrites what another tab saved (claim.ts).
import { eraContent } from '../content';
import { recordMetAchievements, type GameState } from '../engine';
import { WrittenElsewhereError, type Claim } from '../save/claim';
import type { OnDisk } from '../save/last-words';
import { makeRecord, type ReadSave } from '../save/record';
import {
	isQuotaError,
	keepCopy,
	leaveGame,
	readCopy,
	loadGame,
	saveGame,
	type LoadResult
} from '../save/storage';
import { exportText } from '../save/transfer';
import { formatDuration } from '../format/duration';
import { NOTICES } from './refusals';

export interface SaveStore {
	load(): Promise<LoadResult>;
	/** Writes the save unless another tab wrote since `claim`; returns its sequence number. */
	save(
		state: GameState,
		savedAt: number,
		prior: number,
		claim?: Claim
	): Promise<{ seq: number; savedAt: number }>;
	keepCopy(key: string, state: GameState, savedAt: number): Promise<void>;
	/** The copy kept under `key`, if one reads (storage.ts readCopy). */
	readCopy?(key: string): Promise<ReadSave | null>;
	/** Keeps the save at once, for a page being left (storage.ts leaveGame). */
	leave?(state: GameState, savedAt: number, onDisk: OnDisk): boolean;
}

const browserStore: SaveStore = {
	load: loadGame,
	save: saveGame,
	keepCopy,
	readCopy,
	leave: leaveGame
};

/** What a save came to: saved, failed, or refused because another tab saved meanwhile.
 * `notice`: what the player should read now (a failure once, then its end). */
export type SaveOutcome =
	{ kind: 'saved'; notice?: string } | { kind: 'failed'; notice?: string } | { kind: 'elsewhere' };

/** A clock read behind the last save by more than this is told (a minute: clocks drift). */
export const CLOCK_BEHIND_TOLD_MS = 60_000;

/** A move is saved this soon after it is made, whatever the autosave period. */
export const MOVE_SAVE_MS = 1000;

export class Saving {
	private lastSave = 0;
	private seq = 0;
	/** Saves are failing (storage full, database gone): told once, and again when they work. */
	private failing = false;
	/** Without Web Locks: the save this tab loaded or wrote last (null with locks). */
	private claim: Claim | null = null;
	/** The save on disk as this tab last read or wrote it (null: none). */
	private onDisk: OnDisk = null;
	/** When the first move not yet saved was made (null: every move is saved). */
	private unsavedMove: number | null = null;
	/** The latest wall-clock time a save of this game has carried: a save never carries an
	 * earlier one. A clock set back and forward again would otherwise be paid the same absence
	 * twice (playtest 34: a clock set back, then forward, caught up 2h 14m for 40 minutes away). */
	private latest = 0;

	constructor(private readonly store: SaveStore = browserStore) {}

	/** The newest readable save (a storage failure reads as an unreadable save). `lockless`:
	 * the browser cannot keep tabs apart, so this tab claims what it loaded. */
	async load(now: number, lockless = false): Promise<LoadResult> {
		const loaded = await this.store
			.load()
			.catch((e): LoadResult => ({ kind: 'unreadable', because: String(e) }));
		if (loaded.kind === 'ok') {
			this.seq = loaded.save.seq;
			const { seq, savedAt } = loaded.save;
			this.latest = savedAt;
			this.onDisk = loaded.onDisk !== undefined ? loaded.onDisk : { seq, savedAt };
			this.takeUp(loaded.save.state);
		}
		this.claim = lockless ? { seq: loaded.kind === 'ok' ? loaded.save.seq : 0, since: now } : null;
		return loaded;
	}

	/** A game taken up from a save or an import: what it had met is recorded, not news (its
	 * absence, caught up next, may be). The playtest saw "A million tokens" again at each
	 * reload and on an imported save. */
	takeUp(state: GameState): GameState {
		recordMetAchievements(state, eraContent(state.eraId));
		return state;
	}

	/** A game that replaces the one played (an import, a new lab), taken up: its saves carry the
	 * clock as it reads from now on. The latest time the old game's saves carried is not its: kept,
	 * an import on a clock set back was stamped with the old game's time, and its next absence
	 * lost the difference (playtest 36: 19m 30s counted of 2h 14m away). */
	begin(state: GameState): GameState {
		this.latest = 0;
		return this.takeUp(state);
	}

	/** Whether the autosave is due at `now`: every `everySeconds`, and MOVE_SAVE_MS after a
	 * move (a purchase made just before the browser is killed outright is not lost). */
	due(now: number, everySeconds: number): boolean {
		if (this.unsavedMove !== null && now - this.unsavedMove >= MOVE_SAVE_MS) return true;
		return now - this.lastSave >= everySeconds * 1000;
	}

	/** The player made a move at `now`: it is saved within MOVE_SAVE_MS (a burst of taps, once). */
	moved(now: number): void {
		this.unsavedMove ??= now;
	}

	/** The time a save made at `now` carries: `now`, or the latest a save carried if the clock
	 * reads earlier (time away then counts from there). */
	private stamp(now: number): number {
		this.latest = Math.max(this.latest, now);
		return this.latest;
	}

	/** What the player reads as a save is taken up: that an older copy was loaded (`restored`),
	 * or that the clock reads behind the latest time a save carried by more than
	 * CLOCK_BEHIND_TOLD_MS (null: nothing to tell). */
	loadNotice(
		restored: { from: string; because: string } | undefined,
		now: number
	): { kind: 'error' | 'info'; text: string } | null {
		if (restored) return { kind: 'error', text: NOTICES.restored(restored) };
		const behind = this.latest - now;
		if (!(behind > CLOCK_BEHIND_TOLD_MS)) return null;
		// Told as a warning: whole, for ten seconds, with its ✕ (an info notice is one line beside
		// the title for four: playtest 35 read nothing of it, and took the time not counted after
		// as lost).
		return { kind: 'error', text: NOTICES.clockBehind(formatDuration(behind / 1000)) };
	}

	async save(state: GameState, now: number): Promise<SaveOutcome> {
		this.lastSave = now;
		this.unsavedMove = null;
		performance.mark('frontier:save:start');
		try {
			const record = await this.store.save(
				state,
				this.stamp(now),
				this.seq,
				this.claim ?? undefined
			);
			this.seq = record.seq;
			this.onDisk = { seq: record.seq, savedAt: record.savedAt };
			if (this.claim) this.claim = { seq: record.seq, since: record.savedAt };
			performance.measure('frontier:save', 'frontier:save:start');
			if (!this.failing) return { kind: 'saved' };
			this.failing = false;
			return { kind: 'saved', notice: 'Saving works again: your game is saved.' };
		} catch (e) {
			// Another tab played and saved: this one stops; that tab's progress stays as saved.
			if (e instanceof WrittenElsewhereError) return { kind: 'elsewhere' };
			// Autosave keeps trying; the player hears of it once, not at every attempt.
			if (this.failing) return { kind: 'failed' };
			this.failing = true;
			return {
				kind: 'failed',
				notice: isQuotaError(e)
					? 'Storage is full: the game keeps running, and your last good save is kept. Free some space or export your save.'
					: `Saving failed (${e instanceof Error ? e.message : String(e)}). The game keeps running on your last good save.`
			};
		}
	}

	/** The page is being left: the save kept at once, as the write that follows may be cut off
	 * with the page (playtest 24 lost a move made less than a second before a reload). */
	leave(state: GameState, now: number): void {
		try {
			this.store.leave?.(state, this.stamp(now), this.onDisk);
		} catch {
			// The write that follows is still tried.
		}
	}

	/** Keeps a copy of `state` aside under `key` (never fails: a copy is a courtesy). */
	async keepCopy(key: string, state: GameState, now: number): Promise<void> {
		await this.store.keepCopy(key, state, now).catch(() => {});
	}

	/** Keeps a copy, saying whether it was written: a swap with a kept game must not go on
	 * without the game it replaces kept (a full disk). */
	async keptCopy(key: string, state: GameState, now: number): Promise<boolean> {
		return this.store.keepCopy(key, state, now).then(
			() => true,
			() => false
		);
	}

	/** The copy kept under `key`, if one reads (null from a store that keeps none). */
	async readCopy(key: string): Promise<ReadSave | null> {
		return (await this.store.readCopy?.(key).catch(() => null)) ?? null;
	}

	/** The save as text the player can copy or download. */
	exportText(state: GameState, now: number): Promise<string> {
		return exportText(makeRecord(state, now, this.seq));
	}
}
