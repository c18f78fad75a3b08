// Which screen is on show and which sheet is open: the first-paint shell (App.svelte) draws the
// header, the panel and the tab bar from it, and the running game (Live.svelte, LivePanel) reads
// and sets it, so the shell stays on the page when the game takes over (nothing is drawn twice).
// No imports of the game: the first paint loads this.
import { tick } from 'svelte';
import { isTabId, type TabId } from './tabs';

/** Where the tab on show is kept for a reload (this browser tab's session only: a new visit
 * opens at the Lab, with its away report). Playtest 27 reloaded on the Fleet and was back on the
 * Lab. */
const TAB_KEY = 'frontier/tab';

export const view = $state({
	tab: 'lab' as TabId,
	settingsOpen: false,
	statsOpen: false,
	/** The tabs that have news for the player (the Era tab once its goal is met, the Market while
	 * another price tier earns more), marked in the tab bar: the running game sets them from the
	 * engine (Live.svelte), the shell only draws them. */
	badges: [] as TabId[],
	/** The Lab's world event card lies wholly above what the player sees (scrolled past, or
	 * arrived there while they read further down: shell/anchored.ts): its tab is marked too. */
	eventOutOfSight: false
});

/** Each tab opens at its top: the scroll of the last one does not carry over. */
export async function select(id: TabId): Promise<void> {
	view.tab = id;
	try {
		sessionStorage.setItem(TAB_KEY, id);
	} catch {
		// Storage refused (a private window): the tab is simply not kept.
	}
	await tick();
	window.scrollTo({ top: 0, behavior: 'instant' });
}

/** The tab on show before a reload in this session, put back (nothing kept: the Lab). */
export function restoreTab(): void {
	try {
		const id = sessionStorage.getItem(TAB_KEY);
		if (id && isTabId(id)) view.tab = id;
	} catch {
		// Storage refused: the Lab.
	}
}
