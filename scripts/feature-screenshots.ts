// Screenshots of the sheets and overlays (settings, statistics, achievements, a hint) in both
// themes at 390×844, from a new game and from the mid-game fixture. For looking at.
// Usage: npx tsx scripts/feature-screenshots.ts [outDir=screenshots/features]   (needs a build)
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromiumLaunch } from './chromium.mjs';
import { createStaticServer, listenOnFreePort } from './serve.mjs';
import { fixture, openWithSave, type SaveRecord } from '../tests/e2e/saves';

const out = process.argv[2] ?? 'screenshots/features';
mkdirSync(out, { recursive: true });
const mid = fixture('e2e/mid-game.json');
const server = createStaticServer(() => 'build');
const base = await listenOnFreePort(server);
const browser = await chromium.launch(chromiumLaunch);

async function open(theme: 'dark' | 'light', save: SaveRecord | null) {
	const context = await browser.newContext({
		baseURL: base,
		viewport: { width: 390, height: 844 },
		isMobile: true,
		hasTouch: true,
		colorScheme: theme
	});
	const page = await context.newPage();
	if (save) await openWithSave(page, save);
	else await page.goto('/');
	await page.getByTestId('stock-cash').waitFor();
	await page.waitForTimeout(800);
	return { page, context };
}

for (const theme of ['dark', 'light'] as const) {
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
		.evaluate((el) => el.closest('dialog')?.scrollBy(0, 600));
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
