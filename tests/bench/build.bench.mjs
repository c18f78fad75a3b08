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
	/** @type {Promise<number>[]} */
	const sizes = [];
	page.on('response', (res) => {
		if (res.request().resourceType() === 'script') {
			sizes.push(res.body().then((body) => gzipSync(body, { level: 9 }).length));
		}
	});
	await page.goto(`${base}/`, { waitUntil: 'networkidle' });
	const jsGzip = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
	await browser.close();
	server.close();
	report('build.first-load-js', jsGzip / 1024, 'KB gzip');

	const sw = readFileSync('build/sw.js', 'utf8');
	const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
	let precache = 0;
	for (const url of new Set(urls)) {
		const file = url === '/' ? 'index.html' : url.replace(/^\//, '');
		precache += statSync(join('build', file)).size;
	}
	report('build.precache', precache / 1024, 'KiB');
}
