import { expect, test } from '@playwright/test';
import { installServiceWorker, waitForServiceWorker, watchPage } from './watch';

import { ORIGIN } from './origin';

// With the service worker, as installed (the suite's default blocks it: playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

test('the shell renders with no console error, failed or foreign request', async ({ page }) => {
	const watch = watchPage(page, ORIGIN);
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Frontier' })).toBeVisible();
	for (const id of ['lab', 'fleet', 'research', 'market', 'era']) {
		await expect(page.getByTestId(`tab-${id}`)).toBeVisible();
	}
	await expect(page.getByTestId('open-settings')).toBeVisible();
	await waitForServiceWorker(page).catch(() => {});
	expect(watch.consoleErrors).toEqual([]);
	expect(watch.failedRequests).toEqual([]);
	expect(watch.foreignRequests).toEqual([]);
});

test('after the first visit the service worker serves the app offline', async ({
	page,
	context
}) => {
	await installServiceWorker(page);
	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Frontier' })).toBeVisible();
	await expect(page.getByTestId('tab-lab')).toBeVisible();
	// The app is interactive offline: the JavaScript came from the precache.
	await page.getByTestId('tab-fleet').click();
	await expect(page.getByTestId('tab-fleet')).toHaveAttribute('aria-selected', 'true');
});

test.describe('negative control: with service workers blocked', () => {
	test.use({ serviceWorkers: 'block' });
	test('an offline reload fails, so the offline test above proves something', async ({
		page,
		context
	}) => {
		await page.goto('/');
		await expect(page.getByTestId('tab-lab')).toBeVisible();
		await context.setOffline(true);
		const failed = await page.reload().then(
			() => false,
			() => true
		);
		expect(failed).toBe(true);
	});
});

test('the manifest is served, complete, and every icon in it loads', async ({ page, request }) => {
	await page.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(href).toBeTruthy();
	const res = await request.get(href!);
	expect(res.ok()).toBe(true);
	const manifest = await res.json();
	for (const key of ['id', 'name', 'short_name', 'description', 'start_url', 'scope']) {
		expect(typeof manifest[key], key).toBe('string');
	}
	expect(manifest.display).toBe('standalone');
	expect(manifest.orientation).toBe('portrait');
	expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
	expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
	const icons: { src: string; sizes: string; purpose: string; type: string }[] = manifest.icons;
	const has = (sizes: string, purpose: string) =>
		icons.some((i) => i.sizes === sizes && i.purpose.split(' ').includes(purpose));
	expect(has('192x192', 'any')).toBe(true);
	expect(has('512x512', 'any')).toBe(true);
	expect(has('512x512', 'maskable')).toBe(true);
	expect(
		manifest.screenshots.some((s: { form_factor: string }) => s.form_factor === 'narrow')
	).toBe(true);
	for (const img of [...icons, ...manifest.screenshots]) {
		const r = await request.get(img.src);
		expect(r.ok(), img.src).toBe(true);
		expect(r.headers()['content-type']).toContain('image/png');
		// The PNG's real size matches what the manifest claims.
		const body = await r.body();
		const [w, h] = img.sizes.split('x').map(Number);
		expect([body.readUInt32BE(16), body.readUInt32BE(20)], img.src).toEqual([w, h]);
	}
	const touch = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
	const touchRes = await request.get(touch!);
	expect(touchRes.ok()).toBe(true);
	// iOS takes its Home Screen icon from this one, at 180×180.
	const touchPng = await touchRes.body();
	expect([touchPng.readUInt32BE(16), touchPng.readUInt32BE(20)]).toEqual([180, 180]);
	await expect(page.locator('meta[name="apple-mobile-web-app-capable"]')).toHaveAttribute(
		'content',
		'yes'
	);
	await expect(page.locator('meta[name="viewport"]')).toHaveAttribute(
		'content',
		/viewport-fit=cover/
	);
	await expect(page.locator('meta[name="viewport"]')).not.toHaveAttribute(
		'content',
		/user-scalable=no|maximum-scale=1/
	);
});

test('Chromium finds the app installable', async ({ page }) => {
	await installServiceWorker(page);
	const cdp = await page.context().newCDPSession(page);
	const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
	// Every Playwright context is incognito-like; that one reason is expected here.
	const errors = installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito');
	expect(errors).toEqual([]);
});
