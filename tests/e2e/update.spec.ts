// A new version deployed over an old one: the prompt appears, and only the player's tap reloads.
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { createStaticServer, listenOnFreePort } from '../../scripts/serve.mjs';
import { sheetGone } from './saves';
import { installServiceWorker } from './watch';

// With the service worker, as installed (the suite's default blocks it: playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

const versionOf = (dir: string) =>
	JSON.parse(readFileSync(`${dir}/_app/version.json`, 'utf8')).version;

test('a waiting new version shows the prompt and the tap loads it', async ({ page }) => {
	test.skip(!existsSync('build-next'), 'run `npm run build:next` first (npm test does)');
	const oldVersion = versionOf('build');
	const newVersion = versionOf('build-next');
	expect(newVersion).not.toBe(oldVersion);

	let root = 'build';
	const server = createStaticServer(() => root);
	const base = await listenOnFreePort(server);
	try {
		await page.goto(base);
		await installServiceWorker(page);
		await page.getByTestId('open-settings').click();
		await expect(page.getByTestId('app-version')).toHaveText(oldVersion);
		await page.keyboard.press('Escape');

		root = 'build-next'; // deploy
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		await expect(page.getByTestId('update-prompt')).toBeVisible({ timeout: 20_000 });
		// In the toasts' place, its words whole, off the counters.
		expect(
			await page.getByTestId('update-prompt').evaluate((el) => {
				const text = el.querySelector('span')!;
				const r = el.getBoundingClientRect();
				const counters = document.querySelector('.counters')!.getBoundingClientRect();
				return text.scrollHeight <= text.clientHeight + 1 && r.bottom <= counters.top;
			})
		).toBe(true);
		// Nothing reloads by itself: the old version keeps running until the tap.
		await page.waitForTimeout(500);
		await page.getByTestId('open-settings').click();
		await expect(page.getByTestId('app-version')).toHaveText(oldVersion);
		await page.keyboard.press('Escape');
		await sheetGone(page);

		await Promise.all([page.waitForEvent('load'), page.getByTestId('update-reload').click()]);
		await page.getByTestId('open-settings').click();
		await expect(page.getByTestId('app-version')).toHaveText(newVersion);
	} finally {
		server.close();
	}
});
