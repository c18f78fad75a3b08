// How this device installs the game, and what its browser does to the data of a site that
// is not installed. Pure: the browser's facts come in as a value, so Node tests can cover
// every platform.

export interface BrowserFacts {
	userAgent: string;
	/** iPadOS reports a Mac; only its touch screen tells them apart. */
	maxTouchPoints: number;
	/** `(display-mode: standalone)` matches, or iOS's `navigator.standalone` is true. */
	standalone: boolean;
	/** The browser offered its own install prompt (`beforeinstallprompt`, Chromium). */
	canPrompt: boolean;
}

/**
 * - `installed`: running from the home screen (or as an installed app).
 * - `ios`: Safari on iPhone or iPad (every iOS browser is WebKit): no install prompt exists;
 *   the player adds the game with Share → Add to Home Screen, so the game shows how.
 * - `prompt`: the browser's own install prompt can be offered (Android, desktop Chromium).
 * - `menu`: nothing to offer from the page; the browser's menu may still install.
 */
export type InstallPath = 'installed' | 'ios' | 'prompt' | 'menu';

export function isIos(f: Pick<BrowserFacts, 'userAgent' | 'maxTouchPoints'>): boolean {
	return (
		/\b(iPhone|iPad|iPod)\b/.test(f.userAgent) ||
		(/\bMacintosh\b/.test(f.userAgent) && f.maxTouchPoints > 1)
	);
}

/** Safari's engine with Safari's storage rules: any iOS browser, or Safari on a Mac. */
export function isSafari(f: Pick<BrowserFacts, 'userAgent' | 'maxTouchPoints'>): boolean {
	if (isIos(f)) return true;
	return (
		/\bSafari\//.test(f.userAgent) &&
		/\bVersion\//.test(f.userAgent) &&
		!/\b(Chrome|Chromium|CriOS|Edg|OPR|Firefox|FxiOS|Android)\b/.test(f.userAgent)
	);
}

export function installPath(f: BrowserFacts): InstallPath {
	if (f.standalone) return 'installed';
	if (isIos(f)) return 'ios';
	if (f.canPrompt) return 'prompt';
	return 'menu';
}

/**
 * Safari deletes all script-written storage (IndexedDB included) of a site the player has
 * not opened for seven days of browser use; a web app on the home screen keeps its own.
 */
export function storageMayBeCleared(f: BrowserFacts): boolean {
	return isSafari(f) && !f.standalone;
}

export const SAFARI_STORAGE_NOTE =
	'Safari deletes the saved data of a website you have not opened for 7 days. Add Frontier to your Home Screen to keep your lab, or export your save now and then.';

/** The guide appears once, on the first visit in Safari on iOS, never once installed. */
export function showGuideFirst(path: InstallPath, seen: boolean): boolean {
	return path === 'ios' && !seen;
}
