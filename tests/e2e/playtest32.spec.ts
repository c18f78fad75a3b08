// Playtest 32 (the middle of the game in check-ins): a waiting model no fleet it could buy would
// serve kept every later model off the gate, with no way to throw it away; stopped runs came
// straight back under the Run scheduler without a word.
import { expect, test } from '@playwright/test';
import { eraContent } from '../../src/lib/content';
import { newGame, rates, releaseOutlook } from '../../src/lib/engine';
import { openWithSave, recordOf } from './saves';

function quiet(s: ReturnType<typeof newGame>) {
	for (const r of s.rivals) r.nextReleaseAt = s.tick + 1e6;
	s.nextEventAt = s.tick + 1e6;
	return s;
}

test('a better model that would lower the income can be discarded from the release question', async ({
	page
}) => {
	const c = eraContent('cloud');
	const s = quiet(newGame(1, 'cloud'));
	const per = rates(s, c).memory.div(c.era.servingBytesPerParam);
	s.gate = {
		...s.model,
		name: 'Cirrus-9',
		capability: s.model.capability + 10,
		params: per.mul(200)
	};
	const o = releaseOutlook(s, c)!;
	expect(o.lowersIncome && !o.takesGoal).toBe(true);
	await openWithSave(page, recordOf(s));
	await expect(page.getByTestId('gate-fit')).toContainText(
		"Or discard it (Release…), and the next run's model takes the gate."
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
	const s = quiet(newGame(1, 'cloud'));
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
