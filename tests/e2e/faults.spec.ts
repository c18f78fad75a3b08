// Faults a phone really meets: a screen that throws, storage that is full, an IndexedDB
// connection the browser closed. The game keeps running on its last good save, says so once,
// and saves again when it can.
import { expect, test, type Page } from '@playwright/test';
import { ORIGIN } from './origin';
import { readSave, setHidden, waitForSave, type SaveRecord, openGame as start } from './saves';
import { watchPage } from './watch';

const T0 = new Date('2026-11-22T09:00:00Z');

/** Every notice shown, in order (a notice is counted when its text appears). */
async function recordNotices(page: Page): Promise<() => Promise<string[]>> {
	await page.evaluate(() => {
		const w = window as unknown as { __notices: string[] };
		w.__notices = [];
		let last = '';
		new MutationObserver(() => {
			const text = document.querySelector('[data-testid="notice"]')?.textContent?.trim() ?? '';
			if (text && text !== last) w.__notices.push(text);
			last = text;
		}).observe(document.body, { subtree: true, childList: true, characterData: true });
	});
	return () => page.evaluate(() => (window as unknown as { __notices: string[] }).__notices);
}

/** Runs `n` autosaves (every 10 s) on the page clock, letting each write settle. */
async function autosaves(page: Page, n: number): Promise<void> {
	for (let i = 0; i < n; i++) {
		await page.clock.runFor(10_000);
		await page.waitForTimeout(150);
	}
}

const cash = (page: Page) => page.getByTestId('stock-cash').locator('dd').first().innerText();

test('a screen that throws shows a way back; the game runs, saves, and keeps the error to copy', async ({
	page
}) => {
	const watch = watchPage(page, ORIGIN);
	await start(page);
	// Break every SVG path for a while: the Market screen draws its chart with one.
	await page.evaluate(() => {
		const w = window as unknown as { __break: boolean };
		const set = Element.prototype.setAttribute;
		Element.prototype.setAttribute = function (name: string, value: string) {
			if (w.__break && name === 'd') throw new Error('chart broke (test)');
			return set.call(this, name, value);
		};
		w.__break = true;
	});
	await page.getByTestId('tab-market').tap();
	const failed = page.getByTestId('screen-failed');
	await expect(failed).toContainText('Something went wrong on this screen');
	// Every other tab still opens, and the way back leads to the Lab.
	await page.getByTestId('tab-fleet').tap();
	await expect(page.getByTestId('buy-gaming-gpu')).toBeVisible();
	await page.getByTestId('tab-market').tap();
	await expect(failed).toBeVisible();
	await page.getByTestId('screen-back').tap();
	await expect(page.getByTestId('start-run')).toBeVisible();
	// The game kept running, and it saves.
	const before = await cash(page);
	await expect.poll(() => cash(page)).not.toBe(before);
	const t = Date.now();
	await setHidden(page, true);
	await waitForSave(page, t);
	await setHidden(page, false);
	// The error is kept for the player to copy, and survives a reload.
	await page.reload();
	await page.getByTestId('open-settings').tap();
	await expect(page.getByTestId('fault-text')).toHaveValue(/Market: chart broke \(test\)/);
	await page.keyboard.press('Escape');
	// Fixed (here: the fault lifted), the screen opens again.
	await page.getByTestId('tab-market').tap();
	await expect(page.locator('[data-screen="market"] svg path').first()).toBeAttached();
	await expect(failed).toHaveCount(0);
	expect(watch.consoleErrors.filter((e) => !e.includes('chart broke (test)'))).toEqual([]);
});

test('storage full: the game runs on its last good save, says so once, and saves when there is room', async ({
	page
}) => {
	// CDP's Storage.overrideQuotaForOrigin is accepted but changes nothing in this Chromium (the
	// estimate keeps its 10 GB and a 1 MB write succeeds, with or without a persistent profile),
	// so the browser's answer to a full disk is given here: a write refused with the
	// QuotaExceededError DOMException, while the switch is on.
	await page.addInitScript(() => {
		const w = window as unknown as { __full: boolean };
		w.__full = false;
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (
			this: IDBObjectStore,
			value: unknown,
			key?: IDBValidKey
		) {
			if (w.__full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return put.call(this, value, key);
		};
	});
	const full = (on: boolean) =>
		page.evaluate((v) => ((window as unknown as { __full: boolean }).__full = v), on);
	await page.clock.install({ time: T0 });
	await start(page);
	await autosaves(page, 1);
	const good = await waitForSave(page, 0);
	const notices = await recordNotices(page);
	await full(true);
	const tokens = page.getByTestId('stock-tokens').locator('dd').first();
	const tokensBefore = await tokens.innerText();
	await autosaves(page, 6);
	expect((await notices()).filter((n) => n.includes('Storage is full'))).toHaveLength(1);
	expect(((await readSave(page)) as SaveRecord).savedAt).toBe(good.savedAt);
	await expect(tokens).not.toHaveText(tokensBefore);
	// Room again: the next autosave writes, and the player is told.
	await full(false);
	await autosaves(page, 1);
	await waitForSave(page, good.savedAt);
	expect((await notices()).at(-1)).toContain('Saving works again');
	expect(await notices()).toHaveLength(2);
});

test('IndexedDB closed under the game: it reopens; if it cannot, it says so once and saves when it can', async ({
	page
}) => {
	// Keep a hand on every connection the page opens, and a switch that makes opening fail
	// (as Safari does when its IndexedDB server is lost).
	await page.addInitScript(() => {
		const w = window as unknown as { __dbs: IDBDatabase[]; __idbDown: boolean };
		w.__dbs = [];
		w.__idbDown = false;
		const open = IDBFactory.prototype.open;
		IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
			if (w.__idbDown)
				throw new DOMException('Connection to Indexed Database server lost', 'UnknownError');
			const req = open.call(this, name, version);
			req.addEventListener('success', () => w.__dbs.push(req.result));
			return req;
		};
	});
	await page.clock.install({ time: T0 });
	await start(page);
	await autosaves(page, 1);
	const first = await waitForSave(page, 0);
	const notices = await recordNotices(page);
	const closeAll = () =>
		page.evaluate(() => {
			for (const db of (window as unknown as { __dbs: IDBDatabase[] }).__dbs) db.close();
		});
	// Closed: the next save reopens the database by itself; nothing to tell.
	await closeAll();
	await autosaves(page, 1);
	const reopened = await waitForSave(page, first.savedAt);
	expect(await notices()).toEqual([]);
	// Closed and cannot reopen for a while: told once, the last good save stays.
	await closeAll();
	await page.evaluate(() => ((window as unknown as { __idbDown: boolean }).__idbDown = true));
	await autosaves(page, 5);
	const told = (await notices()).filter((n) => n.includes('Saving failed'));
	expect(told).toHaveLength(1);
	expect(told[0]).toContain('keeps running on your last good save');
	await page.evaluate(() => ((window as unknown as { __idbDown: boolean }).__idbDown = false));
	expect(((await readSave(page)) as SaveRecord).savedAt).toBe(reopened.savedAt);
	await autosaves(page, 1);
	await waitForSave(page, reopened.savedAt);
	expect((await notices()).at(-1)).toContain('Saving works again');
});
