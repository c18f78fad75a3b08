// A game replaced by an import or a reset is kept aside, and swapped back from Settings (playtest
// 39 lost its played lab to an import: "kept as a backup", with no way to it). A swap keeps the
// game played now in the kept one's place; nothing changes when either half cannot be done.
import { describe, expect, it } from 'vitest';
import { newGame, type GameState } from '../../../src/lib/engine';
import type { ReadSave } from '../../../src/lib/save/record';
import { BEFORE_IMPORT, BEFORE_RESET } from '../../../src/lib/save/storage';
import { Saving, type SaveStore } from '../../../src/lib/runtime/saving';
import { GameSwaps, type SwapHost } from '../../../src/lib/runtime/swaps';
import { NOTICES } from '../../../src/lib/runtime/refusals';

/** A store of copies in memory; `failKeep` makes every copy fail (a full disk). */
function memoryStore(failKeep = false) {
	const copies = new Map<string, GameState>();
	const store: SaveStore = {
		load: async () => ({ kind: 'none' }),
		save: async (_s, at, prior) => ({ seq: prior + 1, savedAt: at }),
		keepCopy: async (key, state) => {
			if (failKeep) throw new DOMException('full', 'QuotaExceededError');
			copies.set(key, state);
		},
		readCopy: async (key) => {
			const state = copies.get(key);
			return state ? ({ state, savedAt: 5, seq: 1, version: 19 } as ReadSave) : null;
		}
	};
	return { store, copies };
}

function host(start: GameState) {
	const log: { kind: string; text: string }[] = [];
	let current = start;
	const h: SwapHost = {
		playing: () => true,
		current: () => current,
		takeUp: async (next) => {
			current = next;
		},
		notify: (kind, text) => log.push({ kind, text }),
		fresh: () => newGame(99)
	};
	return { h, log, now: () => current };
}

describe('kept games', () => {
	it('an import keeps the game aside, and a swap brings it back and keeps the other in its place', async () => {
		const { store, copies } = memoryStore();
		const played = newGame(1, 'dyson');
		const imported = newGame(2, 'orbit');
		const { h, now, log } = host(played);
		const swaps = new GameSwaps(new Saving(store), h);
		expect(await swaps.kept()).toEqual([]);
		await swaps.importGame(imported);
		expect(now()).toBe(imported);
		expect(copies.get(BEFORE_IMPORT)).toBe(played);
		const kept = await swaps.kept();
		expect(kept.map((k) => [k.key, k.state.eraId])).toEqual([[BEFORE_IMPORT, 'dyson']]);

		expect(await swaps.restore(BEFORE_IMPORT)).toBe(true);
		expect(now()).toBe(played);
		expect(copies.get(BEFORE_IMPORT)).toBe(imported);
		expect(log.at(-1)).toEqual({ kind: 'info', text: NOTICES.keptRestored });
		// Undone the same way.
		expect(await swaps.restore(BEFORE_IMPORT)).toBe(true);
		expect(now()).toBe(imported);

		// A reset keeps its own.
		await swaps.reset();
		expect(now().meta.seed).toBe(99);
		expect((await swaps.kept()).map((k) => k.key)).toEqual([BEFORE_IMPORT, BEFORE_RESET]);
	});

	it('swaps nothing when the game played now cannot be kept, or nothing is kept', async () => {
		const full = memoryStore(true);
		const played = newGame(1);
		full.copies.set(BEFORE_IMPORT, newGame(2, 'cloud'));
		const { h, now, log } = host(played);
		const swaps = new GameSwaps(new Saving(full.store), h);
		expect(await swaps.restore(BEFORE_IMPORT)).toBe(false);
		expect(now()).toBe(played);
		expect(log.at(-1)).toEqual({ kind: 'error', text: NOTICES.keptNotSwapped });
		expect(full.copies.get(BEFORE_IMPORT)!.eraId).toBe('cloud');

		const empty = memoryStore();
		const other = host(played);
		expect(await new GameSwaps(new Saving(empty.store), other.h).restore(BEFORE_RESET)).toBe(false);
		expect(other.now()).toBe(played);
		expect(other.log.at(-1)).toEqual({ kind: 'error', text: NOTICES.keptUnreadable });
	});

	it('a second tap while a swap is under way swaps nothing more', async () => {
		const { store } = memoryStore();
		const played = newGame(1, 'dyson');
		const { h, now } = host(played);
		const swaps = new GameSwaps(new Saving(store), h);
		await swaps.importGame(newGame(2, 'orbit'));
		const [a, b] = await Promise.all([swaps.restore(BEFORE_IMPORT), swaps.restore(BEFORE_IMPORT)]);
		expect([a, b]).toEqual([true, false]);
		expect(now()).toBe(played);
	});
});
