// Screenshots of every screen at phone sizes, for looking at (and the manifest's screenshot).
// Usage: node scripts/screenshots.mjs [outDir=screenshots] [--light] [--save FIXTURE] [--manifest]
// (--save tests/fixtures/e2e/late-era.json: that lab instead of a new game; the settings and
// statistics sheets are taken too.) Needs a built app (npm run build); serves it itself.
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { chromiumLaunch } from './chromium.mjs';
import { createStaticServer, listenOnFreePort } from './serve.mjs';

const out = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'screenshots';
const manifestShot = process.argv.includes('--manifest');
const scheme = process.argv.includes('--light') ? 'light' : 'dark';
const saveAt = process.argv.indexOf('--save');
const save = saveAt > 0 ? JSON.parse(readFileSync(process.argv[saveAt + 1], 'utf8')) : null;
mkdirSync(out, { recursive: true });

const server = createStaticServer(() => 'build');
const base = await listenOnFreePort(server);
const browser = await chromium.launch(chromiumLaunch);
const sizes = manifestShot
	? [[390, 844]]
	: [
			[390, 844],
			[360, 640]
		];
for (const [width, height] of sizes) {
	const page = await browser.newPage({
		viewport: { width, height },
		deviceScaleFactor: 1,
		isMobile: true,
		hasTouch: true,
		colorScheme: scheme
	});
	await page.goto(base);
	await page.waitForSelector('[data-testid="stock-cash"]');
	if (save) {
		await page.evaluate(
			(record) =>
				new Promise((resolve) => {
					const open = indexedDB.open('keyval-store');
					open.onsuccess = () => {
						const tx = open.result.transaction('keyval', 'readwrite');
						tx.objectStore('keyval').put(record, 'frontier/save');
						tx.oncomplete = resolve;
					};
				}),
			{ ...save, savedAt: Date.now() }
		);
		await page.reload();
		await page.waitForSelector('[data-testid="stock-cash"]');
	}
	await page.waitForTimeout(1500);
	const tabs = manifestShot ? ['lab'] : ['lab', 'fleet', 'research', 'market', 'era'];
	for (const tab of tabs) {
		await page.click(`[data-testid="tab-${tab}"]`);
		await page.waitForTimeout(400);
		const file = manifestShot
			? 'static/screenshot-narrow.png'
			: `${out}/${tab}-${width}x${height}-${scheme}.png`;
		await page.screenshot({ path: file, fullPage: !manifestShot });
		console.log(file);
	}
	if (!manifestShot) {
		for (const [open, sheet, views] of [
			['open-settings', 'settings', ['']],
			['open-stats', 'stats', ['era', 'all', 'achievements']]
		]) {
			await page.click(`[data-testid="${open}"]`);
			for (const view of views) {
				if (view) await page.click(`[data-testid="stats-${view}"]`);
				await page.waitForTimeout(300);
				const file = `${out}/${sheet}${view ? '-' + view : ''}-${width}x${height}-${scheme}.png`;
				await page.screenshot({ path: file });
				console.log(file);
			}
			await page.keyboard.press('Escape');
		}
	}
	await page.close();
}
await browser.close();
server.close();
