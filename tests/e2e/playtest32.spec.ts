// Playtest 32 (the middle of the game in check-ins): a waiting model no fleet it could buy would
// serve kept every later model off the gate, with no way to throw it away; stopped runs came
// straight back under the Run scheduler without a word.
import { expect, test } from '@playwright/test';
import { eraContent } from '../../src/lib/content';
import {
	plannedFit,
	plannedMemory,
	rates,
	releaseOutlook,
	runSizesOffered
} from '../../src/lib/engine';
import { cloudGateOver, openWithSave, quietNewGame, recordOf } from './saves';

test('a better model that would lower the income can be discarded from the release question', async ({
	page
}) => {
	const c = eraContent('cloud');
	const s = cloudGateOver(200, 10, 'Cirrus-9');
	const o = releaseOutlook(s, c)!;
	expect(o.lowersIncome && !o.takesGoal).toBe(true);
	await openWithSave(page, recordOf(s));
	await expect(page.getByTestId('gate-fit')).toContainText(
		"Or discard it from the Release… question, and the next run's model takes the gate."
	);
	await page.getByTestId('release').tap();
	await expect(page.getByTestId('release-ask')).toContainText(
		"Discarded, the next run's model takes the launch gate."
	);
	await page.getByTestId('release-ask-discard').tap();
	await expect(page.getByTestId('release-ask')).toHaveCount(0);
	await expect(page.getByText('Cirrus-9')).toHaveCount(0);
	await expect(page.getByTestId('release')).toHaveCount(0);
});

test('stopping a run under the Run scheduler says the next one starts at once', async ({
	page
}) => {
	const c = eraContent('cloud');
	const s = quietNewGame('cloud');
	s.meta.perks['run-scheduler'] = 1;
	s.meta.automation.run.on = true;
	const { apply } = await import('../../src/lib/engine');
	expect(apply(s, c, { type: 'start-run', size: c.era.runSizes[2].id }).ok).toBe(true);
	await openWithSave(page, recordOf(s));
	await page.getByTestId('stop-run').tap();
	await expect(page.getByRole('alertdialog')).toContainText(
		'The Run scheduler starts the next one at once: turn it off on the Era tab to leave the compute serving.'
	);
});

// Playtest 33 trained a Massive run for 1.5 hours, its model's fix over 1,000× its cash, with only
// an orange line to say so: Start asks first.
test('a run whose model would serve at under half speed, the fix beyond the cash, asks before it starts', async ({
	page
}) => {
	const c = eraContent('cloud');
	const s = quietNewGame('cloud');
	const r = rates(s, c);
	const size = [...runSizesOffered(s, c, r)]
		.reverse()
		.find((z) => plannedFit(s, c, r, plannedMemory(s, c, r, z))?.unservable)!;
	expect(size).toBeDefined();
	await openWithSave(page, recordOf(s));
	await page.getByTestId('run-size').selectOption(size.id);
	await page.getByTestId('start-run').tap();
	const ask = page.getByTestId('start-ask');
	await expect(ask).toContainText(
		/far beyond your cash|nothing you can buy on today’s power fits it/
	);
	await page.getByRole('button', { name: 'Choose another' }).tap();
	await expect(ask).toHaveCount(0);
	await expect(page.getByTestId('stop-run')).toHaveCount(0);
	await page.getByTestId('start-run').tap();
	await page.getByTestId('start-anyway').tap();
	await expect(page.getByTestId('stop-run')).toBeVisible();
});
