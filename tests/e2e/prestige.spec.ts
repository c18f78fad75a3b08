// From a lab at its era goal: the preview, the confirmation, and the next era's catalog.
import { expect, test } from '@playwright/test';
import { decodeState } from '../../src/lib/save/codec';
import { readRecord } from '../../src/lib/save/record';
import { fixture, openWithSave, readSave, recordOf, releaseAnswering } from './saves';

test('prestige: preview the Moat, confirm, and land in the Cloud era with its catalog', async ({
	page
}) => {
	await openWithSave(page, fixture('e2e/goal-reached.json'));

	await page.getByTestId('tab-era').tap();
	await expect(page.getByTestId('era-goal-reached')).toBeVisible();
	const preview = await page.getByTestId('moat-preview').textContent();
	const gain = Number(/\+(\d+)/.exec(preview ?? '')?.[1]);
	expect(gain).toBeGreaterThan(0);

	await page.getByTestId('new-era').tap();
	await expect(page.getByText('Starts over')).toBeVisible();
	await expect(page.getByText('Stays')).toBeVisible();
	await page.getByTestId('confirm-new-era').tap();

	await expect(page.getByRole('heading', { name: /Era 2 · Cloud/ })).toBeVisible();
	// The lab has moved on: the Era tab's mark goes.
	await expect(page.getByTestId('tab-badge-era')).toHaveCount(0);
	// The player is on the Era tab: the welcome does not send them to it.
	await expect(page.getByTestId('notice')).toContainText('Welcome to the Cloud era.');
	await expect(page.getByTestId('notice')).not.toContainText('Era tab');
	await page.getByTestId('tab-fleet').tap();
	await expect(page.getByTestId('hw-cloud-gpu')).toBeVisible();
	await expect(page.getByTestId('hw-gaming-gpu')).toHaveCount(0);

	// The new era is saved, with the Moat the preview promised.
	await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
	await expect.poll(async () => decodeState((await readSave(page))!.state).eraId).toBe('cloud');
	const saved = decodeState((await readSave(page))!.state);
	expect(saved.meta.moat.toNumber()).toBeGreaterThanOrEqual(gain);
	expect(saved.meta.eraTicks).toHaveLength(1);
});

test('goal met: the Era tab is marked and the Lab points to it (playtest 4), until then neither', async ({
	page
}) => {
	await openWithSave(page, fixture('e2e/garage.json'));
	await expect(page.getByRole('heading', { name: /Launch gate/ })).toBeVisible();
	await expect(page.getByTestId('tab-badge-era')).toHaveCount(0);
	await expect(page.getByTestId('lab-goal-reached')).toHaveCount(0);

	await openWithSave(page, fixture('e2e/mid-game.json'));
	await expect(page.getByTestId('tab-badge-era')).toBeVisible();
	await expect(page.getByTestId('lab-goal-reached')).toContainText(
		'Goal reached: the next era is open → Era'
	);
	await page.getByTestId('lab-goal-reached').tap();
	await expect(page.getByTestId('era-goal-reached')).toBeVisible();
	await expect(page.getByTestId('new-era')).toBeEnabled();
});

test('endless: past the Dyson goal, releasing a better model reaches the first epoch on the final screen', async ({
	page
}) => {
	await openWithSave(page, fixture('e2e/endless.json'));
	await page.getByTestId('tab-era').tap();
	await expect(page.getByTestId('final-screen')).toBeVisible();
	// The last era's goal opens no era: no mark on the tab.
	await expect(page.getByTestId('tab-badge-era')).toHaveCount(0);
	await expect(page.getByTestId('endless-epoch')).toHaveText(/epoch 0/);

	await page.getByTestId('tab-lab').tap();
	await releaseAnswering(page);
	await page.getByTestId('tab-era').tap();
	await expect(page.getByTestId('endless-epoch')).toHaveText(/epoch 1/);
	await expect(page.getByTestId('epoch-records')).toContainText('Epoch 1');

	// Statistics keep the endless records too.
	await page.getByTestId('open-stats').tap();
	await page.getByTestId('stats-all').tap();
	await expect(page.getByTestId('stats-endless')).toContainText('Epoch 1 · fastest');
	await expect(page.getByTestId('stats').getByTestId('epoch-records')).toContainText('Epoch 1');
	await page.keyboard.press('Escape');

	// The epoch and its record are saved, with the Moat it paid.
	await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
	await expect
		.poll(async () => decodeState((await readSave(page))!.state).meta.endless.epoch)
		.toBe(1);
	const saved = decodeState((await readSave(page))!.state);
	expect(saved.meta.endless.records).toHaveLength(1);
	expect(saved.meta.moat.toNumber()).toBeGreaterThanOrEqual(1);
});

test('a goal met stays met: passed by rivals since, the Era screen says so (playtest 5 read "Goal reached" at rank 4)', async ({
	page
}) => {
	const { state } = readRecord(fixture('e2e/goal-reached.json'));
	expect(state.goalReached).toBe(true);
	for (const r of state.rivals) r.capability = state.model.capability + 3;
	await openWithSave(page, recordOf(state));
	await page.getByTestId('tab-era').tap();
	await expect(page.getByTestId('era-goal-reached')).toBeVisible();
	await expect(page.getByTestId('era-goal-kept')).toHaveText(
		'Rivals have passed you since: a goal once met stays met.'
	);
	await expect(page.getByTestId('new-era')).toBeEnabled();
});

test('a lab still in the lead at its goal reads no such line', async ({ page }) => {
	const { state } = readRecord(fixture('e2e/goal-reached.json'));
	for (const r of state.rivals) r.capability = Math.min(r.capability, state.model.capability - 1);
	await openWithSave(page, recordOf(state));
	await page.getByTestId('tab-era').tap();
	await expect(page.getByTestId('era-goal-reached')).toBeVisible();
	await expect(page.getByTestId('era-goal-kept')).toHaveCount(0);
});
