// What the WebKit tests do to the page, over classic WebDriver (no Playwright there): find
// by test id, tap, wait on conditions, read and write the save in IndexedDB, and collect
// page errors (WebKitGTK's driver has no console or page-error events, so a listener is put
// into each page after it loads).
import { expect } from 'vitest';
import type { SaveRecord } from '../e2e/saves';

export const SAVE_KEY = 'frontier/save';
const WAIT = 30_000;

export class Page {
	/** Errors seen in pages this session has left (reloads), plus the current page's. */
	private pastErrors: string[] = [];

	constructor(
		readonly browser: WebdriverIO.Browser,
		readonly origin: string
	) {}

	byTestId(id: string) {
		return this.browser.$(`[data-testid="${id}"]`);
	}

	/** Taps a control once it is shown and enabled, centred in the view (clear of the fixed
	 * header and tab bar); a click that something lay over for a moment (a toast fading in) is
	 * tried again. */
	async tap(id: string): Promise<void> {
		const el = this.byTestId(id);
		await el.waitForDisplayed({ timeout: WAIT });
		await el.waitForEnabled({ timeout: WAIT });
		const until = Date.now() + WAIT;
		for (;;) {
			await el.scrollIntoView({ block: 'center' });
			try {
				await el.click();
				return;
			} catch (e) {
				if (!String(e).includes('intercepted') || Date.now() > until) throw e;
				await this.browser.pause(250);
			}
		}
	}

	async visible(id: string): Promise<void> {
		await this.byTestId(id).waitForDisplayed({ timeout: WAIT });
	}

	/** Waits until no element with the test id is shown. Asked of the page in one script, not
	 * through an element handle: the element leaving the DOM while WebDriver holds it made
	 * `waitForDisplayed({ reverse })` throw "stale element reference" (a CI run, 2026-12-02). */
	async gone(id: string): Promise<void> {
		await this.until(`${id} never went away`, () =>
			this.browser.execute((sel: string) => {
				const el = document.querySelector(sel);
				return !el || el.getClientRects().length === 0;
			}, `[data-testid="${id}"]`)
		);
	}

	async text(id: string): Promise<string> {
		return this.byTestId(id).getText();
	}

	/** Waits until the element's text contains `part`. */
	async hasText(id: string, part: string): Promise<void> {
		await this.browser.waitUntil(
			async () => {
				const el = this.byTestId(id);
				return (await el.isExisting()) && (await el.getText()).includes(part);
			},
			{ timeout: WAIT, timeoutMsg: `${id} never showed "${part}"` }
		);
	}

	async until(what: string, condition: () => Promise<boolean>, timeout = WAIT): Promise<void> {
		await this.browser.waitUntil(condition, { timeout, interval: 100, timeoutMsg: what });
	}

	/** Opens the app (or reloads it) and waits until the Lab can be played. */
	async open(path = '/'): Promise<void> {
		await this.collectErrors();
		await this.browser.url(`${this.origin}${path}`);
		await this.ready();
	}

	async reload(): Promise<void> {
		await this.collectErrors();
		await this.browser.refresh();
		await this.ready();
	}

	private async ready(): Promise<void> {
		await this.watchErrors();
		await this.visible('stock-cash');
	}

	/** Puts an error listener into the page (again after each load). */
	async watchErrors(): Promise<void> {
		await this.browser.execute(() => {
			const w = window as unknown as { __errors?: string[] };
			if (w.__errors) return;
			const errors: string[] = (w.__errors = []);
			addEventListener('error', (e) => errors.push(`error: ${e.message}`));
			addEventListener('unhandledrejection', (e) => errors.push(`rejection: ${e.reason}`));
			const original = console.error.bind(console);
			console.error = (...args: unknown[]) => {
				errors.push(`console.error: ${args.map(String).join(' ')}`);
				original(...args);
			};
		});
	}

	private async collectErrors(): Promise<void> {
		const errors = await this.browser
			.execute(() => (window as unknown as { __errors?: string[] }).__errors ?? [])
			.catch(() => []);
		this.pastErrors.push(...errors);
	}

	/** Every error seen so far in any page of this session. */
	async errors(): Promise<string[]> {
		await this.collectErrors();
		const all = this.pastErrors;
		this.pastErrors = [];
		await this.browser.execute(() => {
			const w = window as unknown as { __errors?: string[] };
			w.__errors?.splice(0);
		});
		return all;
	}

	/** A value from idb-keyval's store (undefined if absent; never creates the database). */
	async read<T = SaveRecord>(key = SAVE_KEY): Promise<T | undefined> {
		return this.browser.execute(
			(key) =>
				new Promise<T | undefined>((resolve, reject) => {
					const open = indexedDB.open('keyval-store');
					open.onupgradeneeded = () => {
						open.transaction?.abort();
						resolve(undefined);
					};
					open.onerror = () =>
						open.error?.name === 'AbortError' ? resolve(undefined) : reject(open.error);
					open.onsuccess = () => {
						const db = open.result;
						if (!db.objectStoreNames.contains('keyval')) return resolve(undefined);
						const get = db.transaction('keyval').objectStore('keyval').get(key);
						get.onsuccess = () => {
							resolve(get.result);
							db.close();
						};
						get.onerror = () => reject(get.error);
					};
				}),
			key
		);
	}

	async write(value: unknown, key = SAVE_KEY): Promise<void> {
		await this.browser.execute(
			(key, value) =>
				new Promise<void>((resolve, reject) => {
					const open = indexedDB.open('keyval-store');
					open.onupgradeneeded = () => open.result.createObjectStore('keyval');
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const db = open.result;
						const tx = db.transaction('keyval', 'readwrite');
						tx.objectStore('keyval').put(value, key);
						tx.oncomplete = () => {
							db.close();
							resolve();
						};
						tx.onerror = () => reject(tx.error);
						tx.onabort = () => reject(tx.error ?? new Error('aborted'));
					};
				}),
			key,
			value
		);
	}

	/** Makes the game save (as when the app is hidden), waits for it to land, and resumes. */
	async saveNow(): Promise<SaveRecord & { seq: number }> {
		const before = (await this.read<{ seq: number }>())?.seq ?? 0;
		await this.browser.execute(() => dispatchEvent(new Event('pagehide')));
		let record: (SaveRecord & { seq: number }) | undefined;
		await this.until('no save was written', async () => {
			record = await this.read<SaveRecord & { seq: number }>();
			return (record?.seq ?? 0) > before;
		});
		await this.browser.execute(() => dispatchEvent(new Event('pageshow')));
		return record!;
	}

	/**
	 * Sets an input's value as a finger would (a slider dragged, a text pasted), through its
	 * input event: WebDriver's typing sends a key per character.
	 */
	async fill(id: string, value: string | number): Promise<void> {
		await this.byTestId(id).waitForExist({ timeout: WAIT });
		await this.browser.execute(
			(sel, v) => {
				const input = document.querySelector<HTMLInputElement>(sel)!;
				input.value = v;
				input.dispatchEvent(new Event('input', { bubbles: true }));
				input.dispatchEvent(new Event('change', { bubbles: true }));
			},
			`[data-testid="${id}"]`,
			String(value)
		);
	}

	slide(id: string, value: number): Promise<void> {
		return this.fill(id, value);
	}

	async expectNoErrors(): Promise<void> {
		expect(await this.errors()).toEqual([]);
	}
}
