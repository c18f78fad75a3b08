// Save figures from a real browser: encode + IndexedDB write time (median of 15 saves) and
// the record's size, for a new game and a late one.
import { chromium } from '@playwright/test';
import { execSync } from 'node:child_process';
import { chromiumLaunch } from '../../scripts/chromium.mjs';
import { createStaticServer, listenOnFreePort } from '../../scripts/serve.mjs';

const median = (/** @type {number[]} */ xs) =>
	[...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** @param {import('@playwright/test').Page} page */
async function measureSaves(page) {
	await page.evaluate(() => performance.clearMeasures('frontier:save'));
	for (let i = 0; i < 16; i++) {
		await page.evaluate(() => {
			window.dispatchEvent(new Event('pagehide'));
			window.dispatchEvent(new Event('pageshow'));
		});
		await page.waitForTimeout(60);
	}
	const times = await page.evaluate(() =>
		performance.getEntriesByName('frontier:save').map((e) => e.duration)
	);
	const size = await page.evaluate(
		() =>
			new Promise((resolve) => {
				const open = indexedDB.open('keyval-store');
				open.onsuccess = () => {
					const get = open.result.transaction('keyval').objectStore('keyval').get('frontier/save');
					get.onsuccess = () => resolve(JSON.stringify(get.result).length);
				};
			})
	);
	return { write: median(times.slice(1)), size: Number(size) };
}

/** @param {(name: string, value: number, unit: string) => void} report */
export async function benchSave(report) {
	const late = execSync('npx tsx tests/bench/late-save.ts', {
		encoding: 'utf8',
		maxBuffer: 1 << 24
	});
	const server = createStaticServer(() => 'build');
	const base = `${await listenOnFreePort(server)}/`;
	const browser = await chromium.launch(chromiumLaunch);
	try {
		const page = await browser.newPage({ serviceWorkers: 'block' });
		await page.goto(base);
		await page.getByTestId('stock-cash').waitFor();
		const early = await measureSaves(page);
		report('save.write.early', early.write, 'ms');
		report('save.size.early', early.size / 1024, 'KB');

		await page.evaluate(
			(record) =>
				new Promise((resolve) => {
					const open = indexedDB.open('keyval-store');
					open.onsuccess = () => {
						const tx = open.result.transaction('keyval', 'readwrite');
						tx.objectStore('keyval').put(JSON.parse(record), 'frontier/save');
						tx.oncomplete = () => resolve(undefined);
					};
				}),
			late
		);
		await page.reload();
		await page.getByTestId('stock-cash').waitFor();
		const lateFigures = await measureSaves(page);
		report('save.write.late', lateFigures.write, 'ms');
		report('save.size.late', lateFigures.size / 1024, 'KB');
	} finally {
		await browser.close();
		server.close();
	}
}
