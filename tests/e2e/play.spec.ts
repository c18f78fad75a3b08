// A new player's first minutes, on a phone, with time sped up by Playwright's clock.
import { expect, test, type Page } from '@playwright/test';
import { readNumber } from './numbers';
import { ORIGIN } from './origin';
import { watchPage } from './watch';

// With the service worker, as installed (the suite's default blocks it: playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

const stock = async (page: Page, id: string) =>
	readNumber((await page.getByTestId(`stock-${id}`).locator('dd').first().textContent()) ?? '');

const board = async (page: Page) => page.getByTestId('leaderboard').locator('li').allTextContents();

test('buy, split, train, release: cash and tokens rise and the leaderboard moves', async ({
	page
}) => {
	const watch = watchPage(page, ORIGIN);
	await page.clock.install({ time: new Date('2026-11-22T09:00:00Z') });
	await page.goto('/');
	await expect(page.getByTestId('stock-cash')).toBeVisible();

	// The leaderboard as the player first sees it.
	await page.getByTestId('tab-market').tap();
	// The first paint is a shell; the game (and its Market) mounts a moment later.
	await expect(page.getByTestId('leaderboard').locator('li').last()).toContainText('Your lab');
	const before = await board(page);

	// Buy a second GPU.
	await page.getByTestId('tab-fleet').tap();
	await page.getByTestId('buy-gaming-gpu').tap();
	await expect(page.getByTestId('hw-gaming-gpu')).toContainText('× 3');

	// Move the Train ↔ Serve control, start the suggested run.
	await page.getByTestId('tab-lab').tap();
	await page.getByTestId('train-share').fill('70');
	await expect(page.getByText('Train 70%')).toBeVisible();
	// No run yet: everything serves, whatever the setting.
	await expect(page.getByText('Serve 100%')).toBeVisible();
	await page.getByTestId('start-run').tap();
	await expect(page.getByText('Serve 30%')).toBeVisible();
	await expect(page.getByTestId('run-eta')).toContainText('left');

	const cash0 = await stock(page, 'cash');
	const tokens0 = await stock(page, 'tokens');
	await page.clock.runFor(90_000);
	await expect(page.getByTestId('release')).toBeVisible();
	expect(await stock(page, 'tokens')).toBeGreaterThan(tokens0);
	expect(await stock(page, 'cash')).toBeGreaterThan(cash0);

	// Release the model: it takes the market, and the board changes.
	await page.getByTestId('release').tap();
	await expect(page.getByTestId('release')).toBeHidden();
	await page.getByTestId('tab-market').tap();
	const after = await board(page);
	expect(after).not.toEqual(before);
	expect(after.find((r) => r.includes('Your lab'))).toContain('Ember-1');

	expect(watch.consoleErrors).toEqual([]);
});
