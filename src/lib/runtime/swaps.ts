// A game replaced by an import or a reset, kept aside, and the swap that brings one back. Playtest 39
// imported another save and lost the lab it had played: the game said "kept as a backup" and
// offered no way to it. A swap keeps the game played now in the kept one's place, so it is undone
// the same way; nothing changes if the kept game no longer reads or the game played now cannot be
// kept (a full disk).
import type { GameState } from '../engine';
import { BEFORE_IMPORT, BEFORE_RESET } from '../save/storage';
import { NOTICES } from './refusals';
import type { Saving } from './saving';

/** A game kept aside by an import or a reset, that the player can swap back in. */
export interface KeptGame {
	key: typeof BEFORE_IMPORT | typeof BEFORE_RESET;
	/** When it was kept, as a player reads it. */
	when: string;
	state: GameState;
	/** When it was kept aside. */
	savedAt: number;
}

const KEPT: readonly [KeptGame['key'], string][] = [
	[BEFORE_IMPORT, 'before your last import'],
	[BEFORE_RESET, 'before you last started over']
];

/** The kept games that still read. */
export async function readKeptGames(saving: Saving): Promise<KeptGame[]> {
	const kept: KeptGame[] = [];
	for (const [key, when] of KEPT) {
		const save = await saving.readCopy(key);
		if (save) kept.push({ key, when, state: save.state, savedAt: save.savedAt });
	}
	return kept;
}

export type Swap = { ok: true; state: GameState; notice: string } | { ok: false; notice: string };

/** Keeps `current` under `key` and gives the game kept there, to play from where it was saved. */
export async function swapKept(
	saving: Saving,
	key: KeptGame['key'],
	current: GameState,
	now: number
): Promise<Swap> {
	const kept = await saving.readCopy(key);
	if (!kept) return { ok: false, notice: NOTICES.keptUnreadable };
	if (!(await saving.keptCopy(key, current, now)))
		return { ok: false, notice: NOTICES.keptNotSwapped };
	return { ok: true, state: kept.state, notice: NOTICES.keptRestored };
}

/** What the swaps need of the game. */
export interface SwapHost {
	playing(): boolean;
	current(): GameState;
	/** Plays the state given from where it was saved. */
	takeUp(next: GameState): Promise<void>;
	notify(kind: 'error' | 'info', text: string): void;
	/** A new lab. */
	fresh(): GameState;
}

/** The game replaced (an import, a reset) with the one replaced kept aside, and kept games
 * swapped back in. */
export class GameSwaps {
	/** A swap with a kept game is under way (a second tap waits for none). */
	private restoring = false;

	constructor(
		private readonly saving: Saving,
		private readonly host: SwapHost
	) {}

	/** Replaces the game with an imported one, keeping the current game aside. */
	async importGame(state: GameState): Promise<void> {
		if (await this.replace(state, BEFORE_IMPORT)) this.host.notify('info', NOTICES.imported);
	}

	/** Starts over, keeping the current game aside. */
	async reset(): Promise<void> {
		if (await this.replace(this.host.fresh(), BEFORE_RESET))
			this.host.notify('info', NOTICES.startedOver);
	}

	private async replace(next: GameState, key: KeptGame['key']): Promise<boolean> {
		if (!this.host.playing()) return false;
		await this.saving.keepCopy(key, this.host.current(), Date.now());
		await this.host.takeUp(next);
		return true;
	}

	/** The kept games that still read. */
	kept(): Promise<KeptGame[]> {
		return readKeptGames(this.saving);
	}

	/** Swaps the game with the one kept under `key`, which keeps this one in its place. */
	async restore(key: KeptGame['key']): Promise<boolean> {
		if (!this.host.playing() || this.restoring) return false;
		this.restoring = true;
		try {
			const swap = await swapKept(this.saving, key, this.host.current(), Date.now());
			if (swap.ok) await this.host.takeUp(swap.state);
			this.host.notify(swap.ok ? 'info' : 'error', swap.notice);
			return swap.ok;
		} finally {
			this.restoring = false;
		}
	}
}
