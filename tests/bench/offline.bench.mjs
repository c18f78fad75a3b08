// Browser-side catch-up times, worker round trip included (medians of 5):
// offline.catchup.24h through the game itself (a save 24 h old, reopened), the longest
// main-thread task meanwhile (offline.catchup.24h.longest-task: 0 means none over 50 ms), and
// offline.catchup.30d through the same catch-up worker (the game caps absences at 24 h
// until perks raise it).
import { chromium } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { chromiumLaunch } from '../../scripts/chromium.mjs';
import { createStaticServer, listenOnFreePort } from '../../scripts/serve.mjs';

const DAY = 86_400;
const median = (/** @type {number[]} */ xs) =>
	[...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** @param {import('@playwright/test').Page} page @param {number} ageMs */
async function ageSave(page, ageMs) {
	await page.evaluate(
		(age) =>
			new Promise((resolve) => {
				const open = indexedDB.open('keyval-store');
				open.onsuccess = () => {
					const tx = open.result.transaction('keyval', 'readwrite');
					const store = tx.objectStore('keyval');
					const get = store.get('frontier/save');
					get.onsuccess = () =>
						store.put({ ...get.result, savedAt: Date.now() - age }, 'frontier/save');
					tx.oncomplete = () => resolve(undefined);
				};
			}),
		ageMs
	);
}

/** @param {(name: string, value: number, unit: string) => void} report */
export async function benchOffline(report) {
	const server = createStaticServer(() => 'build');
	const base = `${await listenOnFreePort(server)}/`;
	const workerFile = readdirSync('build/_app/immutable/workers').find((f) =>
		f.startsWith('catchup.worker')
	);
	const browser = await chromium.launch(chromiumLaunch);
	try {
		const page = await browser.newPage({ serviceWorkers: 'block' });
		await page.addInitScript(() => {
			const w = /** @type {any} */ (window);
			w.longTasks = [];
			new PerformanceObserver((list) => {
				for (const e of list.getEntries())
					w.longTasks.push({ start: e.startTime, duration: e.duration });
			}).observe({ type: 'longtask', buffered: true });
		});
		await page.goto(base);
		await page.getByTestId('stock-cash').waitFor();
		await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
		await page.waitForTimeout(300);

		const day = [];
		const longest = [];
		for (let i = 0; i < 6; i++) {
			await ageSave(page, DAY * 1000);
			await page.reload();
			await page.getByTestId('away-report').waitFor();
			const ms = await page.evaluate(
				() =>
					performance.measure('catchup', 'frontier:catchup:start', 'frontier:catchup:end').duration
			);
			// The longest main-thread task while the catch-up ran (0 when none passed 50 ms).
			const task = await page.evaluate(() => {
				const start = performance.getEntriesByName('frontier:catchup:start')[0].startTime;
				const end = performance.getEntriesByName('frontier:catchup:end')[0].startTime;
				const tasks = /** @type {{ start: number, duration: number }[]} */ (
					/** @type {any} */ (window).longTasks
				);
				return Math.max(
					0,
					...tasks
						.filter((t) => t.start + t.duration > start && t.start < end)
						.map((t) => t.duration)
				);
			});
			if (i > 0) {
				day.push(ms); // the first run warms the caches
				longest.push(task);
			}
		}
		report('offline.catchup.24h', median(day), 'ms');
		report('offline.catchup.24h.longest-task', median(longest), 'ms');

		// The saved state, sent through the game's own worker for 30 days.
		const state = await page.evaluate(
			() =>
				new Promise((resolve) => {
					const open = indexedDB.open('keyval-store');
					open.onsuccess = () => {
						const get = open.result
							.transaction('keyval')
							.objectStore('keyval')
							.get('frontier/save');
						get.onsuccess = () => resolve(JSON.parse(get.result.state));
					};
				})
		);
		const month = [];
		for (let i = 0; i < 6; i++) {
			const ms = await page.evaluate(
				({ url, state, steps }) =>
					new Promise((resolve, reject) => {
						const t0 = performance.now();
						const worker = new Worker(url, { type: 'module' });
						worker.onmessage = (e) => {
							if (e.data.type === 'done') {
								worker.terminate();
								resolve(performance.now() - t0);
							} else if (e.data.type === 'error') reject(new Error(e.data.message));
						};
						worker.postMessage({ state, steps, samples: 48 });
					}),
				{ url: `${base}_app/immutable/workers/${workerFile}`, state, steps: 30 * DAY }
			);
			if (i > 0) month.push(Number(ms));
		}
		report('offline.catchup.30d', median(month), 'ms');
	} finally {
		await browser.close();
		server.close();
	}
}
