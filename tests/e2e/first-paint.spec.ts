// The first paint needs no script (the shell's start after it, hooks.server.ts), and the
// counters only the shell's: the counters last saved, or a new game's, show while the game's
// code is still held back; the game then takes over in the same places. (Its size is
// `npm run bench -- build`, build.first-load-js.)
import { expect, test, type Page, type Route } from '@playwright/test';
import { fixture, openWithSave, setHidden } from './saves';

test.use({ serviceWorkers: 'block' });

/** The shell's scripts: those the page's bootstrap starts once it has painted
 * (hooks.server.ts, app.html's `__frontierAfterPaint`), the kit and the Lab's first parts. */
async function shellScripts(page: Page) {
	const html = await (await page.request.get('/')).text();
	// Nothing on the network but the page itself before its first paint: no preload links.
	expect(html).not.toMatch(/<link[^>]*rel="modulepreload"/);
	const list = html.match(/__frontierAfterPaint\((\[[^\]]*\])\)/);
	expect(list).not.toBeNull();
	const shell = new Set(
		(JSON.parse(list![1]) as string[]).map((href) => href.replace(/^\.?\//, ''))
	);
	expect(shell.size).toBeGreaterThan(0);
	return shell;
}

/** Holds every script but the shell's until `release()` is called. */
async function holdLaterScripts(page: Page) {
	const shell = await shellScripts(page);
	const held: Route[] = [];
	let open = false;
	await page.route('**/_app/immutable/**/*.js', (route) => {
		const path = new URL(route.request().url()).pathname.slice(1);
		if (open || shell.has(path)) return route.continue();
		held.push(route);
	});
	return {
		held: () => held.length,
		release: async () => {
			open = true;
			await Promise.all(held.splice(0).map((r) => r.continue()));
		}
	};
}

test('a new game: its counters paint before the game has loaded', async ({ page }) => {
	const gate = await holdLaterScripts(page);
	await page.goto('/');
	await expect(page.getByTestId('face-cash').locator('dd').first()).toHaveText('$25');
	await expect(page.getByTestId('starting')).toBeVisible();
	expect(gate.held()).toBeGreaterThan(0);
	await expect(page.getByTestId('stock-cash')).toHaveCount(0);
	await gate.release();
	await expect(page.getByTestId('stock-cash')).toBeVisible();
	await expect(page.getByTestId('face-cash')).toHaveCount(0);
});

test('a saved lab: the counters it last saved paint before the game has loaded', async ({
	page
}) => {
	await openWithSave(page, fixture('e2e/mid-game.json'));
	await setHidden(page, true); // the game saves, and keeps its counters' face
	await expect
		.poll(() => page.evaluate(() => localStorage.getItem('frontier/face')))
		.not.toBeNull();
	const gate = await holdLaterScripts(page);
	await page.reload();
	// The face as the page left it: leaving saves it once more (CI 41 read '$381Dec' before the
	// reload and the page, rightly, painted the '$383Dec' saved on the way out). The game's own
	// scripts are held, so nothing writes it again before the shell paints it.
	const face = JSON.parse((await page.evaluate(() => localStorage.getItem('frontier/face')))!);
	expect(face.cash).not.toBe('$25');
	await expect(page.getByTestId('face-cash').locator('dd').first()).toHaveText(face.cash);
	await expect(page.getByTestId('face-compute').locator('dd').first()).toHaveText(
		`${face.compute}${face.computeUnit}`
	);
	expect(gate.held()).toBeGreaterThan(0);
	await gate.release();
	await expect(page.getByTestId('stock-cash')).toBeVisible();
});

/** Every largest-contentful-paint entry of the page, as the element's test id (or tag). */
async function watchLargestPaints(page: Page) {
	await page.addInitScript(() => {
		const w = window as unknown as { __largest: string[] };
		w.__largest = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as (PerformanceEntry & { element: Element | null })[])
				w.__largest.push(
					e.element?.closest('[data-testid]')?.getAttribute('data-testid') ??
						e.element?.tagName ??
						'removed'
				);
		}).observe({ type: 'largest-contentful-paint', buffered: true });
	});
	return async () => {
		// Two frames after the Lab is on the page: its paint has been reported.
		await page.evaluate(
			() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
		);
		return page.evaluate(() => (window as unknown as { __largest: string[] }).__largest);
	};
}

// The page's largest paint is its first one, the prerendered page's (the app's mark while the
// lab opens): the Lab that replaces it paints nothing larger, so a cold load, whose game code
// arrives in several round trips, does not count as loaded only once the game runs.
for (const who of ['a new game', 'a saved lab'])
	test(`${who}: the largest paint is the first paint`, async ({ page }) => {
		if (who === 'a saved lab') {
			await openWithSave(page, fixture('e2e/mid-game.json'));
			await page.evaluate(() => localStorage.setItem('frontier/prefs', '{"hints":false}'));
		}
		const largest = await watchLargestPaints(page);
		const gate = await holdLaterScripts(page);
		await page.goto('/');
		await expect(page.getByTestId('starting-mark')).toBeVisible();
		await expect.poll(largest).toEqual(['starting-mark']);
		await gate.release();
		await expect(page.getByTestId('stock-cash')).toBeVisible();
		await expect(page.getByTestId('starting-mark')).toHaveCount(0);
		expect(await largest()).toEqual(['starting-mark']);
	});

// The prerendered page paints before any script is fetched (Lighthouse's simulated LCP counts
// every request begun before the observed paint): each script's fetch starts after the first
// contentful paint, both read from the page's own timeline.
for (const who of ['a new game', 'a saved lab'])
	test(`${who}: no script is fetched before the first paint`, async ({ page }) => {
		if (who === 'a saved lab') await openWithSave(page, fixture('e2e/mid-game.json'));
		const shell = await shellScripts(page);
		await page.goto('/');
		await expect(page.getByTestId('stock-cash')).toBeVisible();
		const { paint, scripts } = await page.evaluate(() => ({
			paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
			scripts: performance
				.getEntriesByType('resource')
				.filter((e) => e.name.endsWith('.js'))
				.map((e) => ({ path: new URL(e.name).pathname.slice(1), start: e.startTime }))
		}));
		expect(paint).toBeGreaterThan(0);
		for (const path of shell) expect(scripts.map((s) => s.path)).toContain(path);
		for (const s of scripts) expect(s.start, s.path).toBeGreaterThan(paint!);
	});

// Every script the lab runs asks V8 to compile all its functions as it loads (off the main
// thread), not each one on the main thread when first called: a cold start's hydration and
// mount were mostly lazy compiling, long tasks at Lighthouse's 4× (vite.config.ts,
// compileHints; the time saved is `npm run bench -- ui start`).
test("every script of the game carries V8's compile hint on its first line", async ({ page }) => {
	const scripts = new Set<string>();
	page.on('request', (req) => {
		if (req.resourceType() === 'script' && req.url().includes('/_app/')) scripts.add(req.url());
	});
	await page.goto('/');
	await expect(page.getByTestId('stock-cash')).toBeVisible();
	// The screens fetched when the browser is idle too.
	await page.getByTestId('tab-market').click();
	await expect(page.locator('[data-screen="market"]')).toBeVisible();
	expect(scripts.size).toBeGreaterThan(5);
	for (const url of scripts)
		expect(`${url}: ${(await (await page.request.get(url)).text()).split('\n', 1)[0]}`).toBe(
			`${url}: //# allFunctionsCalledOnLoad`
		);
});

// The lab mounts in parts, a task each (ui/live-state.ts, LabScreen's parts): its first controls work
// the moment they are on the page, before the cards below them have mounted, and the rest of
// the lab follows.
test('the lab opens in parts: Start works at once, and the rest of the lab follows', async ({
	page
}) => {
	// Taps Start in the task that mounts it (a mutation observer's callback runs before the
	// next task), noting whether the cards below it were there yet.
	await page.addInitScript(() => {
		const w = window as unknown as { __tapped?: { below: boolean } };
		new MutationObserver((_, observer) => {
			const start = document.querySelector<HTMLElement>('[data-testid="start-run"]');
			if (!start) return;
			observer.disconnect();
			w.__tapped = { below: document.querySelector('[data-testid="train-share"]') !== null };
			start.click();
		}).observe(document, { childList: true, subtree: true });
	});
	await page.goto('/');
	await expect(page.getByTestId('run-eta')).toContainText('left');
	expect(await page.evaluate(() => (window as unknown as { __tapped: unknown }).__tapped)).toEqual({
		below: false
	});
	await expect(page.getByTestId('train-share')).toBeVisible();
	await expect(page.getByTestId('news')).toBeAttached();
	await expect(page.getByTestId('starting')).toHaveCount(0);
});

// The running game shows its counters and the lab in the first paint's header and panel rather
// than drawing the shell again: redrawing it was the start's longest task at Lighthouse's 4×
// (`npm run bench -- ui start`).
test('the header, panel and tab bar painted first stay on the page when the game takes over', async ({
	page
}) => {
	await page.addInitScript(() => {
		document.addEventListener('DOMContentLoaded', () => {
			const w = window as unknown as { __shell: (Element | null)[] };
			w.__shell = ['header', '#panel', '.tabbar'].map((s) => document.querySelector(s));
		});
	});
	await page.goto('/');
	await expect(page.getByTestId('start-run')).toBeVisible();
	await expect(page.getByTestId('news')).toBeAttached();
	expect(
		await page.evaluate(() =>
			(window as unknown as { __shell: (Element | null)[] }).__shell.map((el) => el?.isConnected)
		)
	).toEqual([true, true, true]);
});
