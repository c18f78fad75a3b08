import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe';

async function horizontalOverflow(page: Page): Promise<number> {
	return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

async function smallTapTargets(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('button, a[href], input, select, [role="tab"]')]
			.filter((el) => el.offsetParent !== null)
			.map((el) => ({ el, r: el.getBoundingClientRect() }))
			.filter(({ r }) => r.width < 44 || r.height < 44)
			.map(({ el, r }) => `${el.outerHTML.slice(0, 80)} ${r.width}x${r.height}`)
	);
}

const SCREENS = ['lab', 'fleet', 'research', 'market', 'era'] as const;

for (const size of [
	{ width: 360, height: 640 },
	{ width: 390, height: 844 }
]) {
	test.describe(`at ${size.width}×${size.height}`, () => {
		test.use({ viewport: size });
		test('every screen: no horizontal scroll, tap targets of at least 44 px, no raw placeholders', async ({
			page
		}) => {
			await page.goto('/');
			await expect(page.getByTestId('stock-cash')).toBeVisible();
			for (const screen of SCREENS) {
				await page.getByTestId(`tab-${screen}`).tap();
				await expect(page.locator(`[data-screen="${screen}"]`)).toBeVisible();
				expect(await horizontalOverflow(page), screen).toBeLessThanOrEqual(0);
				expect(await smallTapTargets(page), screen).toEqual([]);
				const text = (await page.locator('body').innerText()) ?? '';
				expect(text, screen).not.toMatch(/undefined|NaN|Infinity|\{[a-z]+\}/);
			}
		});
	});
}

for (const scheme of ['dark', 'light'] as const) {
	test(`axe finds no serious or critical violation on any screen (${scheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto('/');
		await expect(page.getByTestId('stock-cash')).toBeVisible();
		for (const screen of SCREENS) {
			await page.getByTestId(`tab-${screen}`).tap();
			await expect(page.locator(`[data-screen="${screen}"]`)).toBeVisible();
			expect(await seriousViolations(page, screen)).toEqual([]);
		}
	});
}

test('settings open from the header and close again', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByTestId('stock-cash')).toBeVisible(); // the app has started
	await page.getByTestId('open-settings').click();
	await expect(page.getByTestId('settings')).toBeVisible();
	await expect(page.getByTestId('app-version')).not.toBeEmpty();
	await page.getByRole('button', { name: 'Close settings' }).click();
	await expect(page.getByTestId('settings')).toBeHidden();
});

test('the theme follows prefers-color-scheme', async ({ page }) => {
	const bg = async () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/');
	await expect(page.getByTestId('stock-cash')).toBeVisible(); // the app follows changes once started
	const dark = await bg();
	expect(dark).toBe('rgb(11, 16, 32)');
	await page.emulateMedia({ colorScheme: 'light' });
	await expect.poll(bg).not.toBe(dark);
});
