// Whether this browser holds a Frontier save, without loading it (nor the engine that reads
// it): the first paint shows a new game's counters only when there is none.
import { createStore, keys } from 'idb-keyval';

export const DB = 'keyval-store';
export const STORE = 'keyval';

export async function hasSave(): Promise<boolean> {
	try {
		const all = await keys(createStore(DB, STORE));
		return all.some((k) => String(k).startsWith('frontier/'));
	} catch {
		return true; // unknown: say nothing rather than a new game's figures
	}
}
