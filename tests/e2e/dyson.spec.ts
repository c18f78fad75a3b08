// Dyson's decision through the Fleet screen: collect panels around the star (free watts, each
// dearer than the last); the Lab shows the star's share the slider sends to each side.
import { expect, test } from '@playwright/test';
import { decodeState } from '../../src/lib/save/codec';
import { fixture, openWithSave, readSave } from './saves';

test('dyson: collect panels and see the star’s share', async ({ page }) => {
	await openWithSave(page, fixture('e2e/dyson.json'));
	await expect(page.getByTestId('star-share')).toContainText('to training');
	await page.getByTestId('tab-fleet').tap();
	const card = page.getByTestId('dyson-panels');
	await expect(card).toBeVisible();
	await expect(page.getByTestId('panel-count')).toHaveText('0 panels');
	const price = await page.getByTestId('buy-panel').textContent();

	await page.getByTestId('buy-panel').tap();
	await expect(page.getByTestId('panel-count')).toHaveText('1 panel');
	await page.getByTestId('buy-panel').tap();
	await expect(page.getByTestId('panel-count')).toHaveText('2 panels');
	// Each panel costs more than the last.
	await expect(page.getByTestId('buy-panel')).not.toHaveText(price ?? '');

	await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
	await expect.poll(async () => decodeState((await readSave(page))!.state).dyson.panels).toBe(2);
});
