// Where the game lives between visits: one record in IndexedDB (idb-keyval).
import { get, set } from 'idb-keyval';
import type { GameState } from '../engine/state';
import { decodeState, encodeState } from './codec';

const KEY = 'frontier/save';

export interface SaveRecord {
	/** Wall-clock ms when written: time away is measured from here. */
	savedAt: number;
	state: string;
}

export type LoadResult =
	| { kind: 'none' }
	| { kind: 'ok'; state: GameState; savedAt: number }
	| { kind: 'unreadable'; error: string };

export async function loadGame(): Promise<LoadResult> {
	const record = (await get(KEY)) as SaveRecord | undefined;
	if (!record) return { kind: 'none' };
	try {
		return { kind: 'ok', state: decodeState(record.state), savedAt: record.savedAt };
	} catch (error) {
		// Keep the unreadable save aside: nothing is thrown away.
		await set(`${KEY}/unreadable/${Date.now()}`, record);
		return { kind: 'unreadable', error: String(error) };
	}
}

export async function saveGame(state: GameState, savedAt: number): Promise<void> {
	await set(KEY, { savedAt, state: encodeState(state) } satisfies SaveRecord);
}
