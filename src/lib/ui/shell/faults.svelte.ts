// Errors the app met, kept on this device so the player can copy them into a bug report
// (Settings → Problems). Never sent anywhere. Kept in localStorage: a reload, the first
// thing a player tries, does not lose them.
const KEY = 'frontier/faults';
const KEPT = 10;
const STACK_CHARS = 1500;

export interface Fault {
	/** ISO time it happened. */
	at: string;
	/** Which screen or part of the app. */
	where: string;
	message: string;
	stack: string;
}

function read(): Fault[] {
	try {
		const raw = typeof localStorage === 'undefined' ? null : localStorage.getItem(KEY);
		const list: unknown = raw ? JSON.parse(raw) : [];
		return Array.isArray(list) ? (list as Fault[]).slice(-KEPT) : [];
	} catch {
		return [];
	}
}

let list: Fault[] = $state.raw(read());

export const faults = {
	get list(): readonly Fault[] {
		return list;
	}
};

export function recordFault(where: string, error: unknown): void {
	const e = error instanceof Error ? error : new Error(String(error));
	const fault: Fault = {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a timestamp, read once
		at: new Date().toISOString(),
		where,
		message: e.message || e.name,
		stack: (e.stack ?? '').slice(0, STACK_CHARS)
	};
	list = [...list, fault].slice(-KEPT);
	try {
		localStorage.setItem(KEY, JSON.stringify(list));
	} catch {
		// Storage full or unavailable: the fault is still shown for this session.
	}
}

export function clearFaults(): void {
	list = [];
	try {
		localStorage.removeItem(KEY);
	} catch {
		// Nothing to do: the list is empty for this session.
	}
}

/** The text the player copies: each fault, newest first, then the version and browser. */
export function faultReport(version: string): string {
	const browser = typeof navigator === 'undefined' ? '' : navigator.userAgent;
	const told = [...list].reverse().map((f) => `[${f.at}] ${f.where}: ${f.message}\n${f.stack}`);
	return [...told, `Frontier ${version} · ${browser}`].join('\n\n');
}
