// Reading and writing the game's save record in IndexedDB (idb-keyval's default store).
import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { eraContent } from '../../src/lib/content';
import { Decimal, newGame, rates, type GameState } from '../../src/lib/engine';
import { makeRecord, readRecord } from '../../src/lib/save/record';

export interface SaveRecord {
	savedAt: number;
	state: string;
}

export const SAVE_KEY = 'frontier/save';

export async function readSave(page: Page): Promise<SaveRecord | undefined> {
	return page.evaluate(
		(key) =>
			new Promise<SaveRecord | undefined>((resolve, reject) => {
				const open = indexedDB.open('keyval-store');
				// Reading must not create the database (the game would then find it without its store).
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
					get.onsuccess = () => resolve(get.result);
					get.onerror = () => reject(get.error);
				};
			}),
		SAVE_KEY
	);
}

export async function writeSave(page: Page, record: SaveRecord): Promise<void> {
	await page.evaluate(
		([key, value]) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('keyval-store');
				open.onupgradeneeded = () => open.result.createObjectStore('keyval');
				open.onerror = () => reject(open.error);
				open.onblocked = () => reject(new Error('blocked'));
				open.onsuccess = () => {
					try {
						const tx = open.result.transaction('keyval', 'readwrite');
						tx.objectStore('keyval').put(value, key);
						tx.oncomplete = () => resolve();
						tx.onerror = () => reject(tx.error);
						tx.onabort = () => reject(tx.error ?? new Error('aborted'));
					} catch (e) {
						reject(e);
					}
				};
			}),
		[SAVE_KEY, record] as const
	);
}

/** Makes the page believe it was hidden (or shown again), as a phone does. */
export async function setHidden(page: Page, hidden: boolean): Promise<void> {
	await page.evaluate((h) => {
		Object.defineProperty(document, 'visibilityState', {
			value: h ? 'hidden' : 'visible',
			configurable: true
		});
		Object.defineProperty(document, 'hidden', { value: h, configurable: true });
		document.dispatchEvent(new Event('visibilitychange'));
	}, hidden);
}

/** Waits until the save on disk is newer than `after` (ms). */
export async function waitForSave(page: Page, after: number): Promise<SaveRecord> {
	for (let i = 0; i < 100; i++) {
		const r = await readSave(page);
		if (r && r.savedAt > after) return r;
		await page.waitForTimeout(50);
	}
	throw new Error('no save was written');
}

/** Opens the game on a fixture save (tests/fixtures/…), as if it had just been saved, in a new
 * visit: at the Lab, whatever tab a reload in this session would have kept (view.svelte.ts). */
export async function openWithSave(page: Page, record: SaveRecord): Promise<void> {
	await page.goto('/');
	await page.getByTestId('stock-cash').waitFor();
	await writeSave(page, { ...record, savedAt: Date.now() });
	await page.evaluate(() => sessionStorage.clear());
	await page.reload();
	await page.getByTestId('stock-cash').waitFor();
}

/** A save record shipped under tests/fixtures/, e.g. fixture('e2e/mid-game.json'). */
export const fixture = (name: string): SaveRecord =>
	JSON.parse(readFileSync(`tests/fixtures/${name}`, 'utf8')) as SaveRecord;

/** Opens the game as stored (a new game on a fresh page) and waits until its counters show. */
export async function openGame(page: Page): Promise<void> {
	await page.goto('/');
	await page.getByTestId('stock-cash').waitFor();
}

/** The save record of a state a test made (newGame and changes), saved now. */
export const recordOf = (s: GameState): SaveRecord =>
	makeRecord(s, Date.now(), 1) as unknown as SaveRecord;

/** Opens the fixture `name`'s lab as the game saves it, changes it (`change`) and comes back
 * `ms` later: the reload catches the absence up and shows the away report. */
export async function returnAfter(
	page: Page,
	name: string,
	ms: number,
	change: (s: GameState) => void
): Promise<void> {
	await openWithSave(page, fixture(`e2e/${name}.json`));
	await saveNow(page);
	const saved = (await readSave(page))!;
	const s = readRecord(saved).state;
	change(s);
	await writeSave(page, { ...recordOf(s), savedAt: saved.savedAt - ms });
	await page.reload();
}

/** Makes the game save (as when the app is hidden) and waits for that save to land. */
export async function saveNow(page: Page): Promise<void> {
	const before = (await readSave(page)) as unknown as { seq?: number } | undefined;
	await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
	for (let i = 0; i < 100; i++) {
		const now = (await readSave(page)) as unknown as { seq?: number } | undefined;
		if (now && (now.seq ?? 0) > (before?.seq ?? 0)) break;
		await page.waitForTimeout(50);
	}
	await page.evaluate(() => window.dispatchEvent(new Event('pageshow')));
}

/** A fixture's lab with a better model (`gain` over the served one) waiting at the gate: no run,
 * auto-release and auto-run off, no world event to come (its question is not what a test's taps
 * are about). */
export function gateWaitingState(name: string, gain: number): GameState {
	const { state } = readRecord(fixture(`e2e/${name}.json`));
	state.gate = { ...state.model, name: 'Gate-7', capability: state.model.capability + gain };
	state.run = null;
	state.meta.automation.release.on = false;
	state.meta.automation.run.on = false;
	state.nextEventAt = 1e12;
	return state;
}

/** A new game in `era` that nothing disturbs while a test reads it: no rival release, no world
 * event to come. */
export function quietNewGame(era: string, seed = 1): GameState {
	const s = newGame(seed, era);
	for (const r of s.rivals) r.nextReleaseAt = s.tick + 1e6;
	s.nextEventAt = s.tick + 1e6;
	return s;
}

/** A quiet new Cloud game with a model `gain` points better waiting at the gate, `times` the
 * parameters the fleet's memory holds (memory binds: 4.04 serves it at 49.5 %). */
export function cloudGateOver(times: number, gain = 10, name = 'Cirrus-81'): GameState {
	const c = eraContent('cloud');
	const s = quietNewGame('cloud');
	const per = rates(s, c).memory.div(c.era.servingBytesPerParam);
	s.gate = { ...s.model, name, capability: s.model.capability + gain, params: per.mul(times) };
	return s;
}

/** A fixture's lab that nothing disturbs while a test reads it: every automation off, no world
 * event to come. */
export function quietFixture(name: string): GameState {
	const { state } = readRecord(fixture(`e2e/${name}.json`));
	for (const rule of Object.values(state.meta.automation)) rule.on = false;
	state.nextEventAt = 1e12;
	return state;
}

/** Waits until a closed sheet has given back its history entry (shell/modal.ts does it with
 * history.back(), which lands a moment later): a reload or a new page before then races it. */
export async function sheetGone(page: Page): Promise<void> {
	await page.waitForFunction(() => !JSON.stringify(history.state ?? {}).includes('"modal"'));
}

/** Holds the page's clock still (installed before the page loads, paused a second on): the lab
 * a test reads from its save is the one on screen, with no step run between. Installed a minute
 * back, so that the pause is never in the past however slowly the machine gets to it (CI on s36:
 * "Cannot fast-forward to the past" when more than a second went by between the two). */
export async function holdClock(page: Page): Promise<void> {
	const now = Date.now();
	await page.clock.install({ time: now - 60_000 });
	await page.clock.pauseAt(now + 1000);
}

/** Opens a new game a breath short of its billionth token and waits for the "Ten digits"
 * achievement's toast (a new game's first token achievement comes after about a minute and a
 * half); returns the toast. */
export async function openAtTenDigits(page: Page): Promise<Locator> {
	const lab = newGame(1);
	lab.tokens = new Decimal(9.9e8);
	await openWithSave(page, recordOf(lab));
	const toast = page.getByTestId('achievement-toast');
	await expect(toast).toContainText('Ten digits', { timeout: 15_000 });
	return toast;
}

/** Opens the run card's fold (what the sizes mean, the luck band, the era goal's outlook and a
 * calm memory note wait behind it between runs: playtest 27), if it is not open. */
export async function openRunDetails(page: Page): Promise<void> {
	const toggle = page.getByTestId('run-details-toggle');
	if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

/** Taps Release and answers its question, if it asks, with release: an endless lab's release
 * sits near the line where it lowers the income as its hype fades (playtest 5's question), so
 * the question may come or not. */
export async function releaseAnswering(page: Page): Promise<void> {
	await page.getByTestId('release').tap();
	const confirm = page.getByTestId('release-confirm');
	await expect
		.poll(async () => {
			if (await confirm.isVisible()) await confirm.tap();
			return page.getByTestId('release').isVisible();
		})
		.toBe(false);
}
