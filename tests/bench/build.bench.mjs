// Build budgets: first-load JS (gzipped, as a browser fetches it) and the precache size.
import { chromium } from '@playwright/test';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromiumLaunch } from '../../scripts/chromium.mjs';
import { createStaticServer, listenOnFreePort } from '../../scripts/serve.mjs';

export async function benchBuild(report) {
	const server = createStaticServer(() => 'build');
	const base = await listenOnFreePort(server);
	const browser = await chromium.launch(chromiumLaunch);
	const page = await browser.newPage({ serviceWorkers: 'block' });
	// Scripts requested before the counters are on the page (what the first paint needs: the
	// shell and the counters last saved, or a new game's), and those requested after it (the
	// running game, then the screens, sheets and reports loaded when the browser is idle).
	// Both times are read in the page, so the split does not depend on how fast this process
	// hears of them.
	await page.addInitScript(() => {
		new MutationObserver((_, observer) => {
			if (!document.querySelector('[data-counters]')) return;
			window.__countersAt = performance.now();
			observer.disconnect();
		}).observe(document, { childList: true, subtree: true });
	});
	/** @type {Map<string, Promise<number>>} */
	const sizes = new Map();
	page.on('response', (res) => {
		if (res.request().resourceType() === 'script')
			sizes.set(
				res.url(),
				res.body().then((body) => gzipSync(body, { level: 9 }).length)
			);
	});
	await page.goto(`${base}/`);
	await page.locator('[data-counters]').first().waitFor();
	await page.getByTestId('stock-cash').waitFor();
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(2000); // the idle fetch
	const { countersAt, started } = await page.evaluate(() => ({
		countersAt: window.__countersAt,
		started: performance
			.getEntriesByType('resource')
			.map((e) => /** @type {[string, number]} */ ([e.name, e.startTime]))
	}));
	const startedAt = new Map(started);
	const first = [];
	const after = [];
	// A script the page did not time counts as first (never flatters the figure).
	for (const [url, size] of sizes) (startedAt.get(url) >= countersAt ? after : first).push(size);
	const sum = async (list) => (await Promise.all(list)).reduce((a, b) => a + b, 0);
	const firstGzip = await sum(first);
	const afterGzip = await sum(after);
	await browser.close();
	server.close();
	report('build.first-load-js', firstGzip / 1024, 'KB gzip');
	report('build.later-js', afterGzip / 1024, 'KB gzip');

	const sw = readFileSync('build/sw.js', 'utf8');
	const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
	let precache = 0;
	for (const url of new Set(urls)) {
		const file = url === '/' ? 'index.html' : url.replace(/^\//, '');
		precache += statSync(join('build', file)).size;
	}
	report('build.precache', precache / 1024, 'KiB');
}
