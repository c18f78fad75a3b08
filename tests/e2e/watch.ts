// Collects what a page must never do: console errors, failed requests, other origins.
import type { Page } from '@playwright/test';

export interface PageWatch {
	consoleErrors: string[];
	failedRequests: string[];
	foreignRequests: string[];
}

export function watchPage(page: Page, origin: string): PageWatch {
	const watch: PageWatch = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
	page.on('console', (msg) => {
		if (msg.type() === 'error') watch.consoleErrors.push(msg.text());
	});
	page.on('pageerror', (err) => watch.consoleErrors.push(String(err)));
	page.on('requestfailed', (req) =>
		watch.failedRequests.push(`${req.url()} ${req.failure()?.errorText}`)
	);
	page.on('request', (req) => {
		const url = new URL(req.url());
		if (url.protocol.startsWith('http') && url.origin !== origin)
			watch.foreignRequests.push(req.url());
	});
	return watch;
}

/** Waits until a service worker is active and controls the page. */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.waitForFunction(
		async () => {
			const reg = await navigator.serviceWorker.getRegistration();
			return reg?.active?.state === 'activated' && !!navigator.serviceWorker.controller;
		},
		undefined,
		{ timeout: 20_000, polling: 200 }
	);
}

/** First visit installs the worker; a later load is controlled by it. */
export async function installServiceWorker(page: Page): Promise<void> {
	if (page.url() === 'about:blank') await page.goto('/');
	await page.waitForFunction(
		async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated',
		undefined,
		{ timeout: 20_000, polling: 200 }
	);
	// Chromium may take a moment after activation before new navigations are routed to it.
	for (let attempt = 0; attempt < 20; attempt++) {
		await page.reload();
		if (await page.evaluate(() => !!navigator.serviceWorker.controller)) return;
		await page.waitForTimeout(250);
	}
	throw new Error('the service worker never took control of the page');
}
