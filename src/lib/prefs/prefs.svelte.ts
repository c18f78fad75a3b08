// The preferences, live: a reactive object the settings screen edits, written to
// localStorage on every change and applied to the page (theme, motion) and to number
// formatting (notation).
import { useNotation } from '$lib/format/number';
import {
	DEFAULT_PREFS,
	PREFS_KEY,
	parsePrefs,
	resolveMotion,
	resolveTheme,
	type Prefs
} from './prefs';

const THEME_COLORS = { dark: '#0b1020', light: '#f4f6fb' } as const;

function stored(): string | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage.getItem(PREFS_KEY);
	} catch {
		return null; // storage blocked: play with defaults
	}
}

export const prefs: Prefs = $state(
	typeof window === 'undefined' ? DEFAULT_PREFS : parsePrefs(stored())
);

/** Formatting reads the notation through this getter, so every number re-renders on a change. */
useNotation(() => prefs.notation);

export function setPref<K extends keyof Prefs>(key: K, value: Prefs[K]): void {
	prefs[key] = value;
	try {
		localStorage.setItem(PREFS_KEY, JSON.stringify($state.snapshot(prefs)));
	} catch {
		// Full or blocked storage: the choice holds for this session.
	}
	applyPrefs();
}

const media = (q: string) => (typeof matchMedia === 'undefined' ? null : matchMedia(q));
const systemLight = media('(prefers-color-scheme: light)');
const systemReduce = media('(prefers-reduced-motion: reduce)');

/** Whether animations should be skipped right now. */
export const reducedMotion = (): boolean =>
	resolveMotion(prefs.motion, systemReduce?.matches ?? false);

/** Puts the chosen theme and motion on <html> (the inline script in app.html does it first). */
export function applyPrefs(): void {
	if (typeof document === 'undefined') return;
	const theme = resolveTheme(prefs.theme, systemLight?.matches ?? false);
	const root = document.documentElement;
	root.dataset.theme = theme;
	root.dataset.motion = reducedMotion() ? 'reduced' : 'full';
	// Verdicts carry data-advice (app.css hides them while it is off).
	root.dataset.advice = prefs.advice ? 'on' : 'off';
	for (const meta of document.querySelectorAll('meta[name="theme-color"]'))
		meta.setAttribute('content', THEME_COLORS[theme]);
}

systemLight?.addEventListener('change', applyPrefs);
systemReduce?.addEventListener('change', applyPrefs);

/** A short vibration, where the device has one and the player wants it. */
export function haptic(ms: number | number[] = 12): void {
	if (!prefs.haptics || typeof navigator === 'undefined' || !('vibrate' in navigator)) return;
	// Before the first tap the browser refuses (and says so in the console): skip it.
	if (navigator.userActivation && !navigator.userActivation.hasBeenActive) return;
	try {
		navigator.vibrate(ms);
	} catch {
		// Some browsers refuse without a user gesture; a missed tick is harmless.
	}
}
