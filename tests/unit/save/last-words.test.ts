// The save kept at once as the page is left (save/last-words.ts): playtest 24 lost a run started,
// and a purchase made, less than a second before a reload, whose IndexedDB write was cut off.
import { describe, expect, it } from 'vitest';
import { newGame } from '../../../src/lib/engine';
import { Saving, type SaveStore } from '../../../src/lib/runtime/saving';
import {
	forgetLastWords,
	LAST_WORDS,
	leaveLastWords,
	newerLastWords,
	type KeyValue,
	type OnDisk
} from '../../../src/lib/save/last-words';
import { makeRecord, type ReadSave } from '../../../src/lib/save/record';

/** Web Storage in memory; `full` refuses every write, as a full disk does. */
function memory(full = false): KeyValue & { map: Map<string, string> } {
	const map = new Map<string, string>();
	return {
		map,
		getItem: (k) => map.get(k) ?? null,
		setItem: (k, v) => {
			if (full) throw new DOMException('full', 'QuotaExceededError');
			map.set(k, v);
		},
		removeItem: (k) => void map.delete(k)
	};
}

const lab = (cash: number) => {
	const s = newGame(1);
	s.cash = s.cash.add(cash);
	return s;
};

describe('the last words', () => {
	it('are the game to load when the disk still holds the save they were left over', () => {
		const kv = memory();
		const onDisk: OnDisk = { seq: 7, savedAt: 1000 };
		expect(leaveLastWords(makeRecord(lab(123), 2000, 8), onDisk, kv)).toBe(true);
		const words = newerLastWords(onDisk, kv)!;
		expect(words.seq).toBe(8);
		expect(words.state.cash.toNumber()).toBe(lab(123).cash.toNumber());
		// Left over no save at all (a new game's first leaving): loaded over an empty disk.
		leaveLastWords(makeRecord(lab(5), 2000, 1), null, kv);
		expect(newerLastWords(null, kv)?.seq).toBe(1);
	});

	it('are not loaded when anything else wrote the disk since: another tab, an import, a later save', () => {
		const kv = memory();
		leaveLastWords(makeRecord(lab(1), 2000, 8), { seq: 7, savedAt: 1000 }, kv);
		expect(newerLastWords({ seq: 7, savedAt: 1500 }, kv)).toBeNull(); // same number, other save
		expect(newerLastWords({ seq: 9, savedAt: 3000 }, kv)).toBeNull(); // a newer save on disk
		expect(newerLastWords({ seq: 8, savedAt: 2000 }, kv)).toBeNull(); // the write landed
		expect(newerLastWords(null, kv)).toBeNull(); // the disk was cleared
	});

	it('that do not read as a save are ignored, never loaded', () => {
		const kv = memory();
		const onDisk: OnDisk = { seq: 7, savedAt: 1000 };
		const record = makeRecord(lab(1), 2000, 8);
		for (const text of [
			'not json',
			'{"record":null,"prior":null}',
			JSON.stringify({ record: { ...record, checksum: 'bad' }, prior: onDisk }),
			JSON.stringify({ record, prior: { seq: '7' } })
		]) {
			kv.setItem(LAST_WORDS, text);
			expect(newerLastWords(onDisk, kv)).toBeNull();
		}
	});

	it('go once a save as new reaches the disk, and stay while only an older one does', () => {
		const kv = memory();
		leaveLastWords(makeRecord(lab(1), 2000, 8), { seq: 7, savedAt: 1000 }, kv);
		forgetLastWords(7, kv); // a save already under way as the page was left
		expect(kv.map.has(LAST_WORDS)).toBe(true);
		forgetLastWords(8, kv);
		expect(kv.map.has(LAST_WORDS)).toBe(false);
	});

	it('a full storage keeps nothing and throws nothing', () => {
		expect(leaveLastWords(makeRecord(lab(1), 2000, 8), null, memory(true))).toBe(false);
	});

	it('Saving leaves them over the save it last read or wrote', async () => {
		const left: OnDisk[] = [];
		const store: SaveStore = {
			load: async () => ({
				kind: 'ok',
				save: { state: newGame(1), savedAt: 500, seq: 41, version: 5 } as ReadSave
			}),
			save: async (_s, at, prior) => ({ seq: prior + 1, savedAt: at }),
			keepCopy: async () => {},
			leave: (_s, _at, onDisk) => left.push(onDisk) > 0
		};
		const saving = new Saving(store);
		await saving.load(0);
		saving.leave(newGame(1), 1000);
		await saving.save(newGame(1), 2000);
		saving.leave(newGame(1), 3000);
		expect(left).toEqual([
			{ seq: 41, savedAt: 500 },
			{ seq: 42, savedAt: 2000 }
		]);
		// Loaded from last words: left over the save still on disk, not over the words.
		const fromWords = new Saving({
			...store,
			load: async () => ({
				kind: 'ok',
				save: { state: newGame(1), savedAt: 900, seq: 42, version: 5 } as ReadSave,
				onDisk: { seq: 41, savedAt: 500 }
			})
		});
		left.length = 0;
		await fromWords.load(0);
		fromWords.leave(newGame(1), 1000);
		expect(left).toEqual([{ seq: 41, savedAt: 500 }]);
	});
});
