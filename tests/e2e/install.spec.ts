// What iPhones and Android phones need around the game: the install path each offers, the
// storage note, and browsers that lack (or refuse) persistent storage or Web Locks.
import { expect, test, type Page } from '@playwright/test';
import { decodeState } from '../../src/lib/save/codec';
import { fixture, openWithSave, readSave, sheetGone } from './saves';

const IPHONE =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

async function openSettings(page: Page) {
	await page.getByTestId('open-settings').tap();
	await expect(page.getByTestId('settings')).toBeVisible();
}

async function buyGpu(page: Page) {
	await expect(page.getByTestId('stock-cash')).toBeVisible();
	await page.getByTestId('tab-fleet').tap();
	await page.getByTestId('buy-gaming-gpu').tap();
}

/** Makes the game save now (as when hidden) and waits for a save newer than `seq`. */
async function saveNow(page: Page, seq: number): Promise<number> {
	await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
	let now = seq;
	await expect
		.poll(async () => (now = ((await readSave(page)) as unknown as { seq: number })?.seq ?? 0))
		.toBeGreaterThan(seq);
	await page.evaluate(() => window.dispatchEvent(new Event('pageshow')));
	return now;
}

test.describe('Safari on an iPhone', () => {
	test.use({ userAgent: IPHONE });

	test('the Add to Home Screen guide shows once, and again from Settings, with the storage note', async ({
		page
	}) => {
		await page.goto('/');
		await expect(page.getByTestId('install-guide')).toBeVisible();
		await expect(page.getByTestId('install-guide')).toContainText('Add to Home Screen');
		await expect(page.getByTestId('install-guide-storage')).toContainText('7 days');
		await page.getByTestId('install-guide-close').tap();
		await expect(page.getByTestId('install-guide')).toBeHidden();

		await page.reload();
		await expect(page.getByTestId('stock-cash')).toBeVisible();
		await expect(page.getByTestId('install-guide')).toBeHidden();

		await openSettings(page);
		await expect(page.getByTestId('storage-note')).toContainText('7 days');
		await expect(page.getByTestId('export')).toBeVisible();
		await page.getByTestId('install-show-guide').tap();
		await expect(page.getByTestId('install-guide')).toBeVisible();
	});

	test('opened from the Home Screen: no guide, no storage note, "installed"', async ({ page }) => {
		await page.addInitScript(() =>
			Object.defineProperty(Navigator.prototype, 'standalone', { get: () => true })
		);
		await page.goto('/');
		await expect(page.getByTestId('stock-cash')).toBeVisible();
		await page.waitForTimeout(300);
		await expect(page.getByTestId('install-guide')).toBeHidden();
		await openSettings(page);
		await expect(page.getByTestId('install-status')).toContainText('Installed');
		await expect(page.getByTestId('storage-note')).toHaveCount(0);
	});
});

test('Android: no guide; the browser’s install prompt is offered from Settings', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.getByTestId('stock-cash')).toBeVisible();
	await expect(page.getByTestId('install-guide')).toBeHidden();
	// Chromium fires this when the app is installable; the test plays the browser's part.
	await page.evaluate(() => {
		const event = new Event('beforeinstallprompt', { cancelable: true });
		Object.assign(event, {
			prompt: async () => {
				(window as unknown as { prompted: boolean }).prompted = true;
			},
			userChoice: Promise.resolve({ outcome: 'accepted' })
		});
		window.dispatchEvent(event);
	});
	await openSettings(page);
	await expect(page.getByTestId('storage-note')).toHaveCount(0);
	await page.getByTestId('install-prompt').tap();
	expect(await page.evaluate(() => (window as unknown as { prompted?: boolean }).prompted)).toBe(
		true
	);
	await expect(page.getByTestId('install-prompt')).toHaveCount(0);
});

test('the iOS status bar follows the theme: light text over the dark header, dark on light', async ({
	page
}) => {
	const bar = page.locator('meta[name="apple-mobile-web-app-status-bar-style"]');
	await page.addInitScript(() =>
		localStorage.setItem('frontier/prefs', JSON.stringify({ theme: 'dark' }))
	);
	await page.goto('/');
	await expect(bar).toHaveAttribute('content', 'black-translucent');
	await page.addInitScript(() =>
		localStorage.setItem('frontier/prefs', JSON.stringify({ theme: 'light' }))
	);
	await page.reload();
	await expect(bar).toHaveAttribute('content', 'default');
});

test.describe('persistent storage', () => {
	for (const [name, script, expected] of [
		[
			'absent (WebKitGTK, older Safari)',
			() => {
				delete (StorageManager.prototype as Partial<StorageManager>).persist;
			},
			'cannot be asked'
		],
		[
			'refused',
			() => {
				StorageManager.prototype.persisted = async () => false;
				StorageManager.prototype.persist = async () => false;
			},
			'Not persistent'
		],
		[
			'throwing',
			() => {
				StorageManager.prototype.persist = () => Promise.reject(new Error('no'));
			},
			'Not persistent'
		]
	] as const) {
		test(`${name}: Settings says so, and progress is still saved`, async ({ page }) => {
			await page.addInitScript(script);
			await page.goto('/');
			await buyGpu(page);
			await openSettings(page);
			await expect(page.getByTestId('storage-status')).toContainText(expected);
			await page.getByRole('button', { name: 'Close settings' }).tap();
			await sheetGone(page);
			await saveNow(page, 0);
			await page.reload();
			await expect(page.getByTestId('stock-cash')).toBeVisible(); // a tap before start is lost
			await page.getByTestId('tab-fleet').tap();
			await expect(page.getByTestId('hw-gaming-gpu')).toContainText('× 3');
		});
	}

	test('a saved lab taken up is progress: the browser is asked before any tap (playtest 34 read "Not asked yet" after hours of play)', async ({
		page
	}) => {
		await page.addInitScript(() => {
			const w = window as unknown as { persistAsked: number };
			w.persistAsked = 0;
			StorageManager.prototype.persisted = async () => false;
			StorageManager.prototype.persist = async () => {
				w.persistAsked++;
				return true;
			};
		});
		await openWithSave(page, fixture('e2e/garage.json'));
		await expect
			.poll(() => page.evaluate(() => (window as unknown as { persistAsked: number }).persistAsked))
			.toBe(1);
		await openSettings(page);
		await expect(page.getByTestId('storage-status')).toContainText('Persistent');
	});
});

test('no Web Locks: a tab stops rather than overwrite what another tab saved', async ({
	context
}) => {
	await context.addInitScript(() => {
		delete (Navigator.prototype as { locks?: unknown }).locks;
	});
	const a = await context.newPage();
	await a.goto('/');
	await expect(a.getByTestId('notice')).toContainText('one tab at a time');
	await buyGpu(a);
	let seq = await saveNow(a, 0);

	// Without locks, B plays too: it loads A's save and moves on from it.
	const b = await context.newPage();
	await b.goto('/');
	await expect(b.getByTestId('stock-cash')).toBeVisible();
	await b.getByTestId('train-share').fill('70');
	await expect(b.getByText('Train 70%')).toBeVisible();
	seq = await saveNow(b, seq);
	// B may have saved once as it started (before the move): wait for the save that has the move,
	// so A's next save meets B's game as B left it (CI once read the earlier one, at 50 %).
	await expect.poll(async () => decodeState((await readSave(b))!.state).trainShare).toBe(0.7);
	seq = ((await readSave(b)) as unknown as { seq: number }).seq;

	// A's next save finds B's on disk: A stops and says why; B's game is kept.
	await a.evaluate(() => window.dispatchEvent(new Event('pagehide')));
	await expect(a.getByTestId('elsewhere-lockless')).toBeVisible();
	const kept = decodeState((await readSave(b))!.state);
	expect([kept.hardware['gaming-gpu'], kept.trainShare]).toEqual([3, 0.7]);

	// "Play here" in A loads B's game; then B stops at its next save.
	await a.getByTestId('play-here').tap();
	await expect(a.getByTestId('elsewhere-lockless')).toHaveCount(0);
	await a.getByTestId('tab-lab').tap();
	await expect(a.getByText('Train 70%')).toBeVisible();
	seq = await saveNow(a, seq);
	await b.evaluate(() => window.dispatchEvent(new Event('pagehide')));
	await expect(b.getByTestId('elsewhere-lockless')).toBeVisible();
	expect(((await readSave(a)) as unknown as { seq: number }).seq).toBe(seq);
});
