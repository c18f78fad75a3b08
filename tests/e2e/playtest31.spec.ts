// Playtest 31 (a newcomer in check-ins, the Garage to the Cloud): auto-release held Cirrus-81 for
// memory under "would serve it at 50% speed" beside a rule of "50% speed or more", while the gate
// said "Release now: Cirrus-81 earns more".
import { expect, test } from '@playwright/test';
import { eraContent } from '../../src/lib/content';
import { autoReleaseHold, memoryView, rates } from '../../src/lib/engine';
import { cloudGateOver, openWithSave, quietNewGame, recordOf } from './saves';

test('a model held by auto-release just under its memory rule: the figure never reads the rule’s, and the gate says it earns more even so', async ({
	page
}) => {
	const c = eraContent('cloud');
	// Parameters that the fleet's memory serves at 49.5 % speed (formatPercent reads "50%").
	const s = cloudGateOver(4.04);
	s.meta.perks['release-manager'] = 1;
	s.meta.automation.release.on = true;
	const r = rates(s, c);
	expect(autoReleaseHold(s, c, r)).toBe('memory');
	const fit = memoryView(s, c, r).gateFit!;
	expect(fit).toBeGreaterThan(0.495);
	expect(fit).toBeLessThan(0.5);
	await openWithSave(page, recordOf(s));
	const held = page.getByTestId('gate-held');
	await expect(held).toContainText('would serve it at 49.5% speed, under the 50% its rule asks');
	await expect(held).toContainText('It earns more even so: release it yourself, or add memory.');
	await expect(page.getByTestId('gate-verdict')).toContainText('Release now');
	await expect(held).not.toContainText('Run scheduler');
});

test('a model held for memory: the gate says the Run scheduler trains on, and keeps the best (playtest 37)', async ({
	page
}) => {
	// Playtest 37 came back to "62 training runs finished; the last made Atlas-93, set aside" and
	// read the runs as wasted: each is another draw, and the gate keeps the best for the memory.
	const s = cloudGateOver(4.04);
	s.meta.perks['release-manager'] = 1;
	s.meta.automation.release.on = true;
	s.meta.perks['run-scheduler'] = 1;
	s.meta.automation.run.on = true;
	await openWithSave(page, recordOf(s));
	await expect(page.getByTestId('gate-held')).toContainText(
		'The Run scheduler trains on meanwhile: the best of its models waits here, the rest set aside.'
	);
});

// Playtest 30 found locked research and dear perks skipped by Tab: a dim button stays in the Tab
// order with its name (and price), and pressing it does nothing.
test('dim buttons are reached by the keyboard and do nothing when pressed', async ({ page }) => {
	const s = quietNewGame('cloud');
	s.cash = s.cash.mul(0);
	s.insight = s.insight.mul(0);
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-fleet').tap();
	const buy = page.locator('[data-testid^="buy-"][aria-disabled="true"]').first();
	await buy.focus();
	await expect(buy).toBeFocused();
	const name = await buy.getAttribute('aria-label');
	expect(name).toMatch(/^Buy /);
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('notice')).toHaveCount(0);
	await page.getByTestId('tab-research').tap();
	const project = page.locator('[data-testid^="research-"][aria-disabled="true"]').first();
	await project.focus();
	await expect(project).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('notice')).toHaveCount(0);
	await expect(project).toHaveAttribute('aria-disabled', 'true');
});
