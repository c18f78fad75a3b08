import { test } from '@playwright/test';
import { fixture, openWithSave } from './saves';
test('shot', async ({ page }) => {
	await openWithSave(page, fixture('e2e/mid-game.json'));
	await page.getByTestId('train-share').scrollIntoViewIfNeeded();
	await page.screenshot({ path: '/tmp/ship-ts.png' });
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.getByTestId('train-less').tap();
	await page.getByTestId('train-less').tap();
	await page.waitForTimeout(500);
	await page.screenshot({ path: '/tmp/ship-ts-dark.png' });
});
