import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { fixture, openWithSave, writeSave } from './saves';

async function horizontalOverflow(page: Page): Promise<number> {
	return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Controls under `within` (default the whole page) smaller than 44×44 CSS px. */
async function smallTapTargets(page: Page, within = 'body'): Promise<string[]> {
	return page.evaluate(
		(within) =>
			[
				...document.querySelectorAll<HTMLElement>(
					[`button`, `a[href]`, `input`, `select`, `textarea`, `[role="tab"]`]
						.map((c) => `${within} ${c}`)
						.join(', ')
				)
			]
				.filter((el) => el.offsetParent !== null || getComputedStyle(el).position === 'fixed')
				// A control wrapped in its label takes taps anywhere on the label (a hidden file input).
				.map((el) => ({ el, r: (el.closest('label') ?? el).getBoundingClientRect() }))
				.filter(({ r }) => r.width < 44 || r.height < 44)
				.map(({ el, r }) => `${el.outerHTML.slice(0, 80)} ${r.width}x${r.height}`),
		within
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

test.describe('at 360×640, the smallest phone', () => {
	test.use({ viewport: { width: 360, height: 640 } });
	test('sheets, hints, toasts and the away report: tap targets of at least 44 px', async ({
		page
	}) => {
		const check = async (where: string, root: string) => {
			await expect(page.locator(root).first()).toBeVisible();
			expect(await smallTapTargets(page, root), where).toEqual([]);
			expect(await horizontalOverflow(page), where).toBeLessThanOrEqual(0);
		};
		await page.goto('/');
		await expect(page.getByTestId('stock-cash')).toBeVisible();
		await check('first hint', '[data-testid="hint"]');
		await page.getByTestId('open-settings').click();
		await page.getByTestId('export').click(); // shows the save text and its copy button
		await check('settings', '[data-testid="settings"]');
		await page.keyboard.press('Escape');

		// A mid-game lab last seen three hours ago: the away report, then statistics.
		await writeSave(page, {
			...fixture('e2e/mid-game.json'),
			savedAt: Date.now() - 3 * 3_600_000
		});
		await page.reload();
		await check('away report', '[data-testid="away-report"]');
		await page.getByTestId('away-dismiss').tap();
		await page.getByTestId('open-stats').click();
		for (const view of ['era', 'all', 'achievements']) {
			await page.getByTestId(`stats-${view}`).click();
			await check(`statistics: ${view}`, '[data-testid="stats"]');
		}
	});
});

/** Elements under `root` (a dialog) that reach past its padding on the left or right: the
 * content must keep the dialog's inner padding. */
async function pastPadding(page: Page, root: string): Promise<string[]> {
	return page.evaluate((root) => {
		const dialog = document.querySelector<HTMLElement>(root)!;
		const box = dialog.getBoundingClientRect();
		const cs = getComputedStyle(dialog);
		const left = box.left + parseFloat(cs.borderLeftWidth) + parseFloat(cs.paddingLeft);
		const right = box.right - parseFloat(cs.borderRightWidth) - parseFloat(cs.paddingRight);
		return [...dialog.querySelectorAll<HTMLElement>('*')]
			.filter((el) => !el.closest('.sr-only'))
			.map((el) => ({ el, r: el.getBoundingClientRect() }))
			.filter(({ r }) => r.width > 0 && (r.left < left - 0.5 || r.right > right + 0.5))
			.map(({ el, r }) => `${el.outerHTML.slice(0, 60)} ${r.left}–${r.right} (${left}–${right})`);
	}, root);
}

test.describe('at 390×844', () => {
	test.use({ viewport: { width: 390, height: 844 } });
	test("the statistics tabs keep the dialog's inner padding, achievements one column", async ({
		page
	}) => {
		await openWithSave(page, fixture('e2e/mid-game.json'));
		await page.getByTestId('open-stats').click();
		for (const view of ['era', 'all', 'achievements']) {
			await page.getByTestId(`stats-${view}`).click();
			await expect(page.getByTestId(`stats-${view}`)).toHaveAttribute('aria-pressed', 'true');
			expect(await pastPadding(page, '[data-testid="stats"]'), view).toEqual([]);
		}
		// Every achievement's star keeps its width and its text one left edge: a long line (Past
		// floating point's "$5.15e36 / $1.00e308") shrank the star and slid its row to the edge.
		const columns = await page
			.locator('[data-testid="stats"] li[data-earned]')
			.evaluateAll((rows) =>
				rows.map((li) => [
					Math.round(li.querySelector('.star')!.getBoundingClientRect().width),
					Math.round(li.querySelector('strong')!.getBoundingClientRect().left)
				])
			);
		expect(columns.length).toBeGreaterThan(40);
		expect(new Set(columns.map(([star]) => star)).size).toBe(1);
		expect(new Set(columns.map(([, text]) => text)).size).toBe(1);
	});
});

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
