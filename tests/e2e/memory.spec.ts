// Memory is the board: a lab whose model does not fit its fleet's memory sees it on the Lab and
// Fleet screens, with the speed it serves at; the Fleet screen gives the bill's share of revenue.
import { expect, test } from '@playwright/test';
import { fixture, openWithSave } from './saves';

test('memory: the Lab and Fleet screens show a model too big for the fleet', async ({ page }) => {
	await openWithSave(page, fixture('e2e/memory-bound.json'));
	await expect(page.getByTestId('memory-bound')).toContainText('serves at');

	await page.getByTestId('tab-fleet').tap();
	const meter = page.getByTestId('memory-meter');
	await expect(meter).toContainText('of');
	const speed = async () =>
		Number(
			/serves at (\d+)%/.exec((await page.getByTestId('memory-bound').textContent()) ?? '')?.[1]
		);
	expect(await speed()).toBeGreaterThan(0);
	expect(await speed()).toBeLessThan(100);
	await expect(page.getByTestId('power-bill')).toContainText('of revenue');
});
