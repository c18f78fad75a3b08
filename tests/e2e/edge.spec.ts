// The Edge swarm's decision through the UI: recruit a block of devices on the Fleet screen,
// and distil the next model for the swarm on the Lab screen (a pass of training more).
import { expect, test } from '@playwright/test';
import { decodeState } from '../../src/lib/save/codec';
import { fixture, openWithSave, readSave } from './saves';

test('edge: recruit the swarm, and distil the next model to fit it', async ({ page }) => {
	await openWithSave(page, fixture('e2e/edge.json'));
	await page.getByTestId('tab-fleet').tap();
	const swarm = page.getByTestId('swarm');
	await expect(swarm).toBeVisible();
	await expect(page.getByTestId('swarm-blocks')).toHaveText('0 blocks');
	await expect(page.getByTestId('swarm-fits')).toBeVisible();
	await page.getByTestId('recruit').tap();
	await expect(page.getByTestId('swarm-blocks')).toHaveText('1 block');
	// The served model fits: the swarm serves at once, and its usage reports speed research.
	await expect(page.getByTestId('swarm-fits')).toContainText('the swarm serves');
	await expect(page.getByTestId('swarm-fits')).toContainText('research +0.3%');

	await page.getByTestId('tab-lab').tap();
	const distil = page.getByTestId('distil');
	await expect(distil).toBeVisible();
	await expect(page.getByTestId('distil-trade')).toContainText('distilled to');
	// The cost of distilling, and what the next model must beat to be worth it.
	await expect(distil).toContainText('20% more training');
	await expect(page.getByTestId('distil-trade')).toContainText('You serve');
	await expect(page.getByTestId('distil-toggle')).toHaveAttribute('aria-pressed', 'false');
	await page.getByTestId('distil-toggle').tap();
	await expect(page.getByTestId('distil-toggle')).toHaveAttribute('aria-pressed', 'true');

	await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
	await expect.poll(async () => decodeState((await readSave(page))!.state).edge.distil).toBe(true);
	expect(decodeState((await readSave(page))!.state).edge.blocks).toBe(1);
});
