// Screenshots of the sheets and overlays (settings, statistics, achievements, a hint) in both
// themes at 390×844, from a new game and from the mid-game fixture. For looking at.
// Usage: node scripts/feature-screenshots.mjs [outDir=screenshots/features]   (needs a build)
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { chromiumLaunch } from './chromium.mjs';
import { createStaticServer } from './serve.mjs';

const out = process.argv[2] ?? 'screenshots/features';
mkdirSync(out, { recursive: true });
const mid = JSON.parse(readFileSync('tests/fixtures/e2e/mid-game.json', 'utf8'));
const server = createStaticServer(() => 'build');
await new Promise((r) => server.listen(0, r));
const base = `http://localhost:${server.address().port}`;
const browser = await chromium.launch(chromiumLaunch);

async function open(theme, save) {
	const context = await browser.newContext({
		viewport: { width: 390, height: 844 },
		isMobile: true,
		hasTouch: true,
		colorScheme: theme
	});
	const page = await context.newPage();
	if (save) {
		await page.goto(base + '/offline.html').catch(() => {});
		await page.goto(base);
		await page.evaluate(
			(record) =>
				new Promise((resolve, reject) => {
					const req = indexedDB.open('keyval-store');
					req.onupgradeneeded = () => req.result.createObjectStore('keyval');
					req.onsuccess = () => {
						const tx = req.result.transaction('keyval', 'readwrite');
						tx.objectStore('keyval').put({ ...record, savedAt: Date.now() }, 'frontier/save');
						tx.oncomplete = resolve;
						tx.onerror = () => reject(tx.error);
					};
				}),
			save
		);
		await page.reload();
	} else await page.goto(base);
	await page.waitForSelector('[data-testid="stock-cash"]');
	await page.waitForTimeout(800);
	return { page, context };
}

for (const theme of ['dark', 'light']) {
	const fresh = await open(theme, null);
	await fresh.page.screenshot({ path: `${out}/hint-${theme}.png` });
	await fresh.page.getByTestId('open-settings').click();
	await fresh.page.waitForTimeout(300);
	await fresh.page.screenshot({ path: `${out}/settings-${theme}.png` });
	await fresh.context.close();

	const game = await open(theme, mid);
	await game.page.getByTestId('open-stats').click();
	await game.page.waitForTimeout(300);
	await game.page.screenshot({ path: `${out}/stats-era-${theme}.png` });
	await game.page
		.getByTestId('stats-era-facts')
		.evaluate((el) => el.closest('dialog').scrollBy(0, 600));
	await game.page.screenshot({ path: `${out}/stats-era-charts-${theme}.png` });
	await game.page.getByTestId('stats-all').click();
	await game.page.screenshot({ path: `${out}/stats-all-${theme}.png` });
	await game.page.getByTestId('stats-achievements').click();
	await game.page.waitForTimeout(200);
	await game.page.screenshot({ path: `${out}/achievements-${theme}.png` });
	await game.context.close();
}
await browser.close();
server.close();
console.log(`screenshots in ${out}`);
