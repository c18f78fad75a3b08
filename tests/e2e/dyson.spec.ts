// Dyson's decision through the Fleet screen: order panels around the star (free watts, each
// dearer than the last, landing 10 minutes after they are ordered); the Lab shows the star's share the slider sends to each side.
import { expect, test } from '@playwright/test';
import { decodeState } from '../../src/lib/save/codec';
import { fixture, openWithSave, readSave } from './saves';

test('dyson: order panels and see the star’s share', async ({ page }) => {
	await openWithSave(page, fixture('e2e/dyson.json'));
	await expect(page.getByTestId('star-share')).toContainText('to training');
	await page.getByTestId('tab-fleet').tap();
	const card = page.getByTestId('dyson-panels');
	await expect(card).toBeVisible();
	await expect(page.getByTestId('panel-count')).toHaveText('0 panels');
	const price = await page.getByTestId('buy-panel').textContent();

	// Panel or ring, for the same watts: the first panels are the cheaper watts, each dearer
	// than the last; the ring beside them is sooner, at a fixed price.
	const versus = page.getByTestId('panel-vs-ring');
	await expect(versus).toContainText('the Second ring');
	await expect(versus).toContainText('Panels stay the cheaper watts for 4 more.');

	// A panel is built before it collects: the card says when it lands.
	await expect(page.getByTestId('panel-lead')).toContainText('10m 00s after you order it');
	await page.getByTestId('buy-panel').tap();
	await expect(page.getByTestId('panels-building')).toContainText('1 on the way');
	await expect(page.getByTestId('panels-building')).toContainText('next lands in 1');
	await page.getByTestId('buy-panel').tap();
	await expect(page.getByTestId('panels-building')).toContainText('2 on the way');
	await expect(page.getByTestId('panel-count')).toHaveText('0 panels');
	await expect(versus).toContainText('Panels stay the cheaper watts for 2 more.');
	// Each panel costs more than the last.
	await expect(page.getByTestId('buy-panel')).not.toHaveText(price ?? '');

	await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
	await expect
		.poll(async () => {
			const { dyson } = decodeState((await readSave(page))!.state);
			return dyson.building.reduce((n, b) => n + b.count, dyson.panels);
		})
		.toBe(2);
});

test('dyson: a ring signed leaves the comparison to the next ring', async ({ page }) => {
	await openWithSave(page, fixture('e2e/dyson.json'));
	await page.getByTestId('tab-fleet').tap();
	const versus = page.getByTestId('panel-vs-ring');
	await expect(versus).toContainText('the Second ring');
	await page.getByTestId('sign-second-ring').tap();
	await expect(versus).toContainText('the Partial shell');
	await expect(versus).toContainText('on in 4m 00s');
});
