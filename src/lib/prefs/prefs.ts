// The player's preferences: how the game looks and behaves on this device. They are not
// progress, so they live apart from the save (localStorage, read before the first paint so
// the theme never flashes). Pure: parsing never throws and keeps every valid field.

export const NOTATIONS = ['suffix', 'scientific', 'engineering'] as const;
export type Notation = (typeof NOTATIONS)[number];
export const THEMES = ['system', 'dark', 'light'] as const;
export type Theme = (typeof THEMES)[number];
export const MOTIONS = ['system', 'full', 'reduced'] as const;
export type Motion = (typeof MOTIONS)[number];
export const AUTOSAVE_SECONDS = [5, 10, 30, 60] as const;

export interface Prefs {
	notation: Notation;
	theme: Theme;
	motion: Motion;
	haptics: boolean;
	autosaveSeconds: number;
	/** Ask before a new era and before an import. (A hard reset always asks.) */
	confirmations: boolean;
	/** Show the first-minutes hints. */
	hints: boolean;
	/** Show the game's verdicts (release now or hold, worth a rocket, the price to switch to,
	 * the suggested run). Off, the figures stay and the player weighs them: playtest 25 found
	 * every decision came with a bold verdict, so none felt like the player's own. */
	advice: boolean;
	/** Hints already done or dismissed. */
	hintsDone: string[];
}

export const PREFS_KEY = 'frontier/prefs';

export const DEFAULT_PREFS: Prefs = {
	notation: 'suffix',
	theme: 'system',
	motion: 'system',
	haptics: true,
	autosaveSeconds: 10,
	confirmations: true,
	hints: true,
	advice: true,
	hintsDone: []
};

const oneOf = <T>(list: readonly T[], v: unknown, fallback: T): T =>
	list.includes(v as T) ? (v as T) : fallback;
const bool = (v: unknown, fallback: boolean) => (typeof v === 'boolean' ? v : fallback);

/** Reads stored preferences: anything missing or malformed takes its default. */
export function parsePrefs(text: string | null): Prefs {
	let raw: Record<string, unknown> = {};
	try {
		const parsed: unknown = text ? JSON.parse(text) : {};
		if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
			raw = parsed as Record<string, unknown>;
	} catch {
		// A damaged entry is as good as none: defaults.
	}
	const d = DEFAULT_PREFS;
	return {
		notation: oneOf(NOTATIONS, raw.notation, d.notation),
		theme: oneOf(THEMES, raw.theme, d.theme),
		motion: oneOf(MOTIONS, raw.motion, d.motion),
		haptics: bool(raw.haptics, d.haptics),
		autosaveSeconds: oneOf(AUTOSAVE_SECONDS, raw.autosaveSeconds, d.autosaveSeconds),
		confirmations: bool(raw.confirmations, d.confirmations),
		hints: bool(raw.hints, d.hints),
		advice: bool(raw.advice, d.advice),
		hintsDone: Array.isArray(raw.hintsDone)
			? raw.hintsDone.filter((x): x is string => typeof x === 'string').slice(0, 50)
			: []
	};
}

/** The theme actually shown: "system" follows the device. */
export const resolveTheme = (theme: Theme, systemLight: boolean): 'dark' | 'light' =>
	theme === 'system' ? (systemLight ? 'light' : 'dark') : theme;

export const resolveMotion = (motion: Motion, systemReduce: boolean): boolean =>
	motion === 'system' ? systemReduce : motion === 'reduced';
