// Browser figures for the Lab screen: scripting per update under 4× CPU throttling, main
// thread busy time while idle, JS heap after 10 and 60 minutes of accelerated play, and the
// start-up's blocking time as Lighthouse counts it (its trace categories, its 4× slowdown), from
// each main-thread task's CPU time (not its wall time: on a busy machine a task waits for a core,
// and Lighthouse's TBT swings with the load), cold and with the service worker installed.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
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

/** The lab of tests/fixtures/e2e/mid-game.json, hints off (as `npm run lighthouse` opens it). */
const MID_GAME = JSON.parse(readFileSync('tests/fixtures/e2e/mid-game.json', 'utf8'));

/** Writes `record` as the game's save (and the preferences) from a blank page of the origin:
 * the game's code never runs there, so the start traced next is a cold one (no compiled code
 * kept), as Lighthouse's first run is.
 * @param {import('@playwright/test').Page} page @param {string} base @param {object} record */
async function plantSave(page, base, record) {
	await page.route(`${base}__prep`, (route) =>
		route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>prep</title>' })
	);
	await page.goto(`${base}__prep`);
	await page.evaluate(
		(value) =>
			new Promise((resolve, reject) => {
				localStorage.setItem('frontier/prefs', '{"hints":false}');
				const open = indexedDB.open('keyval-store');
				open.onupgradeneeded = () => open.result.createObjectStore('keyval');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction('keyval', 'readwrite');
					tx.objectStore('keyval').put(value, 'frontier/save');
					tx.oncomplete = () => resolve(null);
					tx.onerror = () => reject(tx.error);
				};
			}),
		{ ...record, savedAt: Date.now() }
	);
}

/** What Lighthouse records (its trace gatherer's categories, in lighthouse/core/gather/gatherers/
 * trace.js): the stacks and style invalidations it asks for make each DOM change dearer, so a
 * start traced with fewer categories shows shorter tasks than the ones Lighthouse scores. */
const LIGHTHOUSE_CATEGORIES = [
	'disabled-by-default-lighthouse',
	'loading',
	'v8',
	'v8.execute',
	'blink.user_timing',
	'blink.console',
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'disabled-by-default-devtools.screenshot',
	'disabled-by-default-devtools.timeline.stack',
	'disabled-by-default-devtools.timeline.frame',
	'latencyInfo',
	'disabled-by-default-devtools.timeline.invalidationTracking'
];

/** A lab opened in a fresh context (a new game, or `record`'s), traced for 4 s as Lighthouse
 * traces it (no Playwright query meanwhile: its injected script would be a task of the page).
 * Cold: the first visit (no service worker, no compiled code kept). Warm: the page opened once
 * before until its service worker was active, then opened again (Lighthouse's later runs).
 * Gives the main thread's top-level tasks after the first contentful paint (where Lighthouse
 * counts blocking time) as [wall ms, CPU ms, Lighthouse's slowdown]: its simulation scales a
 * task by 4, one that ran layout by 2 (lighthouse/core/lib/lantern/simulator/simulator.js).
 * @param {import('@playwright/test').Browser} browser @param {string} base
 * @param {object | undefined} record @param {boolean} warm */
async function startTasks(browser, base, record, warm) {
	const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
	const page = await context.newPage();
	if (record) await plantSave(page, base, record);
	if (warm) {
		await page.goto(base);
		await page.getByTestId('stock-cash').waitFor();
		await page.evaluate(() => navigator.serviceWorker.ready.then(() => null));
		// The precache written and the first visit's saves done.
		await page.waitForTimeout(1500);
	}
	await page.goto('about:blank');
	await browser.startTracing(page, { categories: LIGHTHOUSE_CATEGORIES });
	await page.goto(base);
	await page.waitForTimeout(4000);
	/** @type {{ name: string, ph: string, pid: number, tid: number, ts: number, dur?: number, tdur?: number }[]} */
	const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
	if (!(await page.getByTestId('stock-cash').isVisible()))
		throw new Error('the Lab was not open 4 s after the page loaded');
	if (warm && !(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))))
		throw new Error('the warm start was not served by the service worker');
	// The fixture's lab, not a new game (whose cash is $25).
	if (
		record &&
		(await page.getByTestId('stock-cash').locator('dd').first().textContent()) === '$25'
	)
		throw new Error('the mid-game save was not loaded');
	await context.close();
	const fcp = events.find((e) => e.name === 'firstContentfulPaint');
	if (!fcp) throw new Error('no first contentful paint in the trace');
	const thread = events
		.filter((e) => e.pid === fcp.pid && e.tid === fcp.tid && e.ph === 'X')
		.sort((a, b) => a.ts - b.ts);
	const layouts = thread.filter((e) => e.name === 'Layout');
	return thread
		.filter((e) => e.name === 'RunTask' && e.ts >= fcp.ts)
		.map((task) => {
			const end = task.ts + (task.dur ?? 0);
			const layout = layouts.some((l) => l.ts >= task.ts && l.ts < end);
			return [(task.dur ?? 0) / 1000, (task.tdur ?? task.dur ?? 0) / 1000, layout ? 2 : 4];
		});
}

/** Start-up at Lighthouse's 4×: its total blocking time (the part of each task over 50 ms,
 * tasks slowed as its simulation slows them), counted from CPU time (`blocking-cpu-4x`: the
 * figure to compare, as it changes little with the machine's load) and from wall time
 * (`blocking-wall-4x`: what Lighthouse counts, which swings with the load), and the longest
 * task's CPU time × 4; medians of 5 starts of a new game (ui.start.*) and of the mid-game lab
 * (ui.start-mid.*), each cold (first visit) and warm (service worker installed).
 * @param {(name: string, value: number, unit: string) => void} report
 * @param {import('@playwright/test').Browser} browser @param {string} base */
async function benchStart(report, browser, base) {
	for (const [name, record] of [
		['ui.start', undefined],
		['ui.start-mid', MID_GAME]
	])
		for (const warm of [false, true]) {
			const runs = [];
			for (let i = 0; i < 5; i++) runs.push(await startTasks(browser, base, record, warm));
			const blocking = (/** @type {number[][]} */ tasks, /** @type {0 | 1} */ at) =>
				tasks.reduce((t, task) => t + Math.max(0, task[2] * task[at] - 50), 0);
			const id = `${name}.${warm ? 'warm' : 'cold'}`;
			report(`${id}.blocking-cpu-4x`, median(runs.map((r) => blocking(r, 1))), 'ms');
			report(`${id}.blocking-wall-4x`, median(runs.map((r) => blocking(r, 0))), 'ms');
			report(
				`${id}.longest-cpu-4x`,
				median(runs.map((r) => 4 * Math.max(0, ...r.map((t) => t[1])))),
				'ms'
			);
		}
}

/** @param {(name: string, value: number, unit: string) => void} report
 * @param {string} [part] 'start': the start-up figures only (`npm run bench -- ui start`) */
export async function benchUi(report, part) {
	const server = createStaticServer(() => 'build');
	const base = `${await listenOnFreePort(server)}/`;
	const browser = await chromium.launch(chromiumLaunch);
	try {
		if (part === 'start') return await benchStart(report, browser, base);
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
		await benchStart(report, browser, base);
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
