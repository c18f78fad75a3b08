// Browser figures for the Lab screen: scripting per update under 4× CPU throttling, main
// thread busy time while idle, and JS heap after 10 and 60 minutes of accelerated play.
import { chromium } from '@playwright/test';
import { chromiumLaunch } from '../../scripts/chromium.mjs';
import { createStaticServer, listenOnFreePort } from '../../scripts/serve.mjs';

/** Game snapshots per second (TICK_MS = 100 in src/lib/runtime/loop.ts). */
const UPDATES_PER_SECOND = 10;
const median = (/** @type {number[]} */ xs) =>
	[...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** @param {import('@playwright/test').CDPSession} cdp */
async function metrics(cdp) {
	const { metrics } = await cdp.send('Performance.getMetrics');
	/** @type {Record<string, number>} */
	const m = {};
	for (const { name, value } of metrics) m[name] = value;
	return m;
}

/** @param {(name: string, value: number, unit: string) => void} report */
export async function benchUi(report) {
	const server = createStaticServer(() => 'build');
	const base = `${await listenOnFreePort(server)}/`;
	const browser = await chromium.launch(chromiumLaunch);
	try {
		// Idle: the game runs untouched on the Lab screen for 10 s.
		{
			const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
			await page.goto(base);
			await page.getByTestId('stock-cash').waitFor();
			await page.waitForTimeout(1500);
			const cdp = await page.context().newCDPSession(page);
			await cdp.send('Performance.enable');
			const a = await metrics(cdp);
			await page.waitForTimeout(10_000);
			const b = await metrics(cdp);
			const busy = ['ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration'].reduce(
				(t, k) => t + (b[k] - a[k]),
				0
			);
			report('ui.lab.idle-busy', (busy / (b.Timestamp - a.Timestamp)) * 100, '%');

			// Under 4× CPU throttling: scripting time per update, median of 5 windows of 2 s.
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
			const perUpdate = [];
			for (let i = 0; i < 5; i++) {
				const x = await metrics(cdp);
				await page.waitForTimeout(2000);
				const y = await metrics(cdp);
				const updates = (y.Timestamp - x.Timestamp) * UPDATES_PER_SECOND;
				perUpdate.push(((y.ScriptDuration - x.ScriptDuration) * 1000) / updates);
			}
			report('ui.lab.frame-script', median(perUpdate), 'ms');
			await page.close();
		}
		// Heap after 10 and 60 minutes of play, time sped up with Playwright's clock.
		{
			const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
			await page.clock.install({ time: Date.now() });
			await page.goto(base);
			await page.getByTestId('stock-cash').waitFor();
			const cdp = await page.context().newCDPSession(page);
			await cdp.send('Performance.enable');
			const heapAfter = async (/** @type {number} */ minutes) => {
				for (let s = 0; s < minutes * 60; s += 10) await page.clock.fastForward(10_000);
				await cdp.send('HeapProfiler.collectGarbage');
				return (await metrics(cdp)).JSHeapUsedSize / 1024 / 1024;
			};
			const at10 = await heapAfter(10);
			const at60 = await heapAfter(50);
			report('ui.heap.10m', at10, 'MB');
			report('ui.heap.60m', at60, 'MB');
			await page.close();
		}
	} finally {
		await browser.close();
		server.close();
	}
}
