// The game in WebKit (the engine of every iPhone browser) at phone size, against the
// production build: one MiniBrowser session, the tests in order, each building on the last.
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eraContent } from '../../src/lib/content';
import { advance } from '../../src/lib/engine';
import { decodeState } from '../../src/lib/save/codec';
import { BACKUPS } from '../../src/lib/save/storage';
import { launchWebKit, PHONE, type WebKit } from './launch';
import { Page } from './page';

let webkit: WebKit;
let page: Page;

beforeAll(async () => {
	webkit = await launchWebKit();
	page = new Page(webkit.browser, webkit.origin);
});

afterAll(async () => {
	if (page) {
		await page.open();
		await shot('lab-webkit');
	}
	await webkit?.close();
});

/** FRONTIER_SHOTS=dir keeps screenshots of the Lab, to look at beside Chromium's. */
async function shot(name: string): Promise<void> {
	const dir = process.env.FRONTIER_SHOTS;
	if (dir) await webkit.browser.saveScreenshot(`${dir}/${name}.png`);
}

const gpus = async () => decodeState((await page.read())!.state).hardware['gaming-gpu'];

describe('WebKit at phone size', () => {
	test('the page is 390×844 and has what the game relies on', async () => {
		await page.open();
		const env = await webkit.browser.execute(() => ({
			width: innerWidth,
			height: innerHeight,
			locks: 'locks' in navigator,
			compression: typeof CompressionStream,
			serviceWorker: 'serviceWorker' in navigator,
			ua: navigator.userAgent
		}));
		expect(env).toMatchObject({ width: PHONE.width, height: PHONE.height });
		expect(env.ua).toContain('iPhone');
		expect(env.serviceWorker).toBe(true);
	});

	test('a new game plays: buy, train, release (the run finishes in an absence caught up by the worker)', async () => {
		// The first visit on an iPhone shows how to install: read once, then closed.
		// The first visit on an iPhone shows how to install (Safari has no install prompt).
		await page.visible('install-guide');
		await page.hasText('install-guide', 'Add to Home Screen');
		await page.tap('install-guide-close');
		await page.gone('install-guide');
		await shot('lab-webkit-new-game');

		await page.tap('tab-market');
		const board = () =>
			webkit.browser.$$('[data-testid="leaderboard"] li').map((li) => li.getText());
		// The Market's code may still be on its way (screens load after the Lab, one per idle
		// moment): the board is read once it is drawn.
		let before: string[] = [];
		await page.until('the leaderboard never showed', async () => {
			before = await board();
			return before.length > 0;
		});
		expect(before.at(-1)).toContain('Your lab');

		await page.tap('tab-fleet');
		await page.tap('buy-gaming-gpu');
		await page.hasText('hw-gaming-gpu', '× 3');

		await page.tap('tab-lab');
		await page.slide('train-share', 100);
		await page.until(
			'the slider never moved',
			async () =>
				(await page.byTestId('train-share').getAttribute('aria-valuetext'))?.startsWith('100%') ??
				false
		);
		await page.tap('start-run');
		await page.hasText('run-eta', 'left');

		// Ten minutes away: the save says so, and the reload catches up in the module worker.
		const saved = await page.saveNow();
		await page.write({ ...saved, savedAt: saved.savedAt - 10 * 60_000 });
		await page.reload();
		await page.visible('away-report');
		let after = saved;
		await page.until('no save after the catch-up', async () => {
			after = (await page.read()) as typeof saved;
			return after.seq > saved.seq;
		});
		const start = decodeState(saved.state);
		const end = decodeState(after.state);
		const steps = end.tick - start.tick;
		expect(steps).toBeGreaterThanOrEqual(600);
		// The worker in WebKit computed what the engine computes.
		const reference = advance(start, eraContent('garage'), steps);
		// To the last bits: JavaScriptCore's Math.pow/exp/log may round differently from V8's.
		const close = (a: number, b: number) =>
			expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.abs(b));
		close(end.cash.toNumber(), reference.cash.toNumber());
		close(end.tokens.toNumber(), reference.tokens.toNumber());
		expect(end.gate?.capability).toBe(reference.gate?.capability);
		await page.tap('away-dismiss');

		await page.tap('release');
		await page.gone('release');
		await page.tap('tab-market');
		await page.until('the leaderboard never moved', async () => {
			const now = await board();
			return now.some((r) => r.includes('Your lab') && r.includes('Ember-1'));
		});
		await page.expectNoErrors();
	});

	test('the catch-up worker itself runs in WebKit (not the main-thread fallback)', async () => {
		const [file] = readdirSync('build/_app/immutable/workers').filter((f) =>
			f.startsWith('catchup.worker')
		);
		const record = (await page.read())!;
		const result = await webkit.browser.execute(
			(url, state) =>
				new Promise<{ type: string; tick?: number; message?: string }>((resolve) => {
					const worker = new Worker(url);
					worker.onerror = (e) => resolve({ type: 'worker-error', message: e.message });
					worker.onmessage = (e) => {
						if (e.data.type === 'progress') return;
						worker.terminate();
						resolve({ type: e.data.type, tick: e.data.state?.tick, message: e.data.message ?? '' });
					};
					worker.postMessage({ state: JSON.parse(state), steps: 3600, samples: 8 });
				}),
			`/_app/immutable/workers/${file}`,
			record.state
		);
		expect(result).toEqual({
			type: 'done',
			tick: decodeState(record.state).tick + 3600,
			message: ''
		});
	});

	test('progress survives a reload', async () => {
		await page.tap('tab-fleet');
		await page.tap('buy-gaming-gpu');
		await page.hasText('hw-gaming-gpu', '× 4');
		await page.saveNow();
		await page.reload();
		await page.tap('tab-fleet');
		await page.hasText('hw-gaming-gpu', '× 4');
		await page.tap('tab-market');
		await page.hasText('leaderboard', 'Ember-1');
	});

	test('the guide was shown once; Settings has the Safari storage note, export, and says persist() is missing', async () => {
		await page.reload();
		// A reload keeps the tab on show (the Market, from the test before): back to the Lab.
		await page.tap('tab-lab');
		expect(await page.byTestId('install-guide').isDisplayed()).toBe(false);
		await page.slide('train-share', 90); // progress: the game asks to keep its storage
		await page.tap('open-settings');
		await page.hasText('storage-note', '7 days');
		await page.visible('install-show-guide');
		await page.visible('export');
		// WebKitGTK has no navigator.storage.persist: the game says what that means.
		await page.hasText('storage-status', 'cannot be asked');
		await webkit.browser.$('button[aria-label="Close settings"]').click();
	});

	test('standalone on a notched iPhone: header and tab bar keep clear of the safe areas', async () => {
		const { browser } = webkit;
		const padding = () =>
			browser.execute(() => ({
				top: getComputedStyle(document.querySelector('header')!).paddingTop,
				bottom: getComputedStyle(document.querySelector('nav.tabbar')!).paddingBottom
			}));
		expect(await padding()).toEqual({ top: '4px', bottom: '0px' });
		// What env(safe-area-inset-*) gives on an iPhone 15 in a home-screen app.
		await browser.execute(() => {
			const style = document.createElement('style');
			style.id = 'notch';
			style.textContent = ':root { --safe-top: 47px; --safe-bottom: 34px; }';
			document.head.append(style);
		});
		expect(await padding()).toEqual({ top: '51px', bottom: '34px' });
		await browser.execute(() => document.getElementById('notch')!.remove());
	});

	test('offline, a reload is served by the service worker', async () => {
		const { browser } = webkit;
		await page.until(
			'the service worker never activated',
			async () =>
				await browser.execute(
					async () =>
						(await navigator.serviceWorker.getRegistration())?.active?.state === 'activated'
				),
			30_000
		);
		await page.until('the service worker never took control', async () => {
			if (await browser.execute(() => !!navigator.serviceWorker.controller)) return true;
			await page.reload();
			return false;
		});
		webkit.setOffline(true);
		try {
			// The control: the network really is gone.
			const reached = await browser.execute(() =>
				fetch(`/not-cached-${Date.now()}.txt`).then(
					() => true,
					() => false
				)
			);
			expect(reached).toBe(false);
			await page.reload();
			await page.tap('tab-fleet');
			await page.hasText('hw-gaming-gpu', '× 4');
			expect(await browser.execute(() => !!navigator.serviceWorker.controller)).toBe(true);
		} finally {
			webkit.setOffline(false);
		}
	});

	test('export, reset, import: the same game comes back', async () => {
		const original = decodeState((await page.saveNow()).state);
		await page.tap('open-settings');
		await page.tap('export');
		await page.visible('export-text');
		const text = await page.byTestId('export-text').getValue();
		expect(text).toMatch(/^FRONTIER1:/);

		await page.byTestId('reset-word').setValue('RESET');
		await page.tap('reset');
		await page.until('the reset never saved', async () => (await gpus()) === 2);

		await page.fill('import-text', text);
		await page.tap('import-check');
		await page.tap('import-confirm');
		await page.until('the import never saved', async () => (await gpus()) === 4);
		const back = decodeState((await page.saveNow()).state);
		expect(back.hardware).toEqual(original.hardware);
		expect(back.model.name).toBe(original.model.name);
		expect(back.stats.modelsReleased).toBe(original.stats.modelsReleased);
		expect(back.cash.gte(original.cash)).toBe(true);
		// 'Replace my game' closes Settings on the imported game (playtest 3: at 360 px it stayed open).
		await page.until('Settings stayed open after the import', async () => {
			const close = webkit.browser.$('button[aria-label="Close settings"]');
			return !(await close.isExisting()) || !(await close.isDisplayed());
		});
	});

	test('without CompressionStream (Safari before 16.4) export still works, and WebKit imports it', async () => {
		const { browser } = webkit;
		await page.tap('open-settings');
		await browser.execute(() => {
			const w = window as unknown as { CompressionStream?: unknown; kept?: unknown };
			w.kept = w.CompressionStream;
			w.CompressionStream = undefined;
		});
		await page.tap('export');
		await page.until('no export text', async () =>
			(await page.byTestId('export-text').getValue()).startsWith('FRONTIER1:')
		);
		const text = await page.byTestId('export-text').getValue();
		// Stored (uncompressed) deflate blocks: the first block's type bits are 00.
		expect(Buffer.from(text.slice('FRONTIER1:'.length), 'base64')[0] & 0b110).toBe(0);
		await browser.execute(() => {
			const w = window as unknown as { CompressionStream?: unknown; kept?: unknown };
			w.CompressionStream = w.kept;
		});
		await page.fill('import-text', text);
		await page.tap('import-check');
		await page.hasText('settings', 'Replace your game with this save?');
		await browser.$('button=Cancel').click();
		await browser.$('button[aria-label="Close settings"]').click();
	});

	test('a damaged newest save: the backup is loaded, and the player is told', async () => {
		const older = await page.saveNow();
		await page.tap('tab-fleet');
		await page.tap('buy-gaming-gpu');
		await page.hasText('hw-gaming-gpu', '× 5');
		const newest = await page.saveNow();
		expect(await gpus()).toBe(5);
		for (const b of BACKUPS) await page.write(older, b.key);
		await page.write({ ...newest, state: newest.state.slice(0, newest.state.length / 2) });
		await page.reload();
		await page.hasText('notice', 'could not be loaded');
		await page.hasText('notice', 'backup');
		await page.tap('tab-fleet');
		await page.hasText('hw-gaming-gpu', '× 4');
	});

	test('a second window waits for the first, and plays once the first closes', async () => {
		const { browser } = webkit;
		const first = await browser.getWindowHandle();
		const second = await browser.createWindow('tab');
		await browser.switchToWindow(second.handle);
		await browser.url(webkit.origin);
		await page.watchErrors();
		await page.visible('tab-elsewhere');
		await browser.switchToWindow(first);
		expect(await page.byTestId('tab-elsewhere').isExisting()).toBe(false);
		await browser.closeWindow();
		await browser.switchToWindow(second.handle);
		await page.gone('tab-elsewhere');
		await page.visible('stock-cash');
		await page.tap('tab-fleet');
		await page.hasText('hw-gaming-gpu', '× 4');
	});

	test('no page error in the whole session', async () => {
		await page.expectNoErrors();
	});
});
