// Screenshots of every screen at phone sizes, for looking at (and the manifest's screenshot).
// Usage: node scripts/screenshots.mjs [outDir=screenshots] [--manifest]
// Needs a built app (npm run build); serves it itself.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromiumLaunch } from './chromium.mjs';
import { createStaticServer, listenOnFreePort } from './serve.mjs';

const out = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'screenshots';
const manifestShot = process.argv.includes('--manifest');
const scheme = process.argv.includes('--light') ? 'light' : 'dark';
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
	await page.waitForSelector('[data-testid="tab-lab"]');
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
	await page.close();
}
await browser.close();
server.close();
