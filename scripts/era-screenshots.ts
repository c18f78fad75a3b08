// Screenshots of every era's Lab and Fleet screens at 390×844 (needs a build).
//   npx tsx scripts/era-screenshots.ts [outDir=screenshots/eras]
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { ERAS, eraContent } from '../src/lib/content';
import { advance, buy, newGame, startRun } from '../src/lib/engine';
import { makeRecord } from '../src/lib/save/record';
import { chromiumLaunch } from './chromium.mjs';
import { createStaticServer, listenOnFreePort } from './serve.mjs';
import { openWithSave } from '../tests/e2e/saves';

const out = process.argv[2] ?? 'screenshots/eras';
mkdirSync(out, { recursive: true });
const server = createStaticServer(() => 'build');
const base = await listenOnFreePort(server);
const browser = await chromium.launch(chromiumLaunch);
for (const era of ERAS) {
	// A lab ten minutes into the era, with a few purchases and a run going.
	const c = eraContent(era.id);
	const s = newGame(7, era.id);
	s.cash = s.cash.mul(50);
	buy(s, c, era.hardware[0].id, 5);
	buy(s, c, era.hardware[1].id, 1);
	startRun(s, c, c.era.runSizes[1].id);
	advance(s, c, 600);
	const page = await browser.newPage({
		baseURL: base,
		viewport: { width: 390, height: 844 },
		isMobile: true,
		hasTouch: true,
		serviceWorkers: 'block'
	});
	await openWithSave(page, makeRecord(s, Date.now(), 1));
	for (const tab of ['lab', 'fleet']) {
		await page.getByTestId(`tab-${tab}`).tap();
		await page.waitForTimeout(300);
		await page.screenshot({ path: `${out}/${era.index}-${era.id}-${tab}.png` });
	}
	await page.close();
	console.log(`${out}/${era.index}-${era.id}-*.png`);
}
await browser.close();
server.close();
