// Playtest 22's findings in Dyson, the last era (fixture e2e/dyson.json): what each screen says is
// what the engine does.
import { expect, test } from '@playwright/test';
import { fixture, openWithSave } from './saves';

test('dyson: a research card says when its watts cut does nothing at the star (playtest 22)', async ({
	page
}) => {
	await openWithSave(page, fixture('e2e/dyson.json'));
	await page.getByTestId('tab-research').tap();
	const idle = ' (nothing here: at the star every FLOP costs its watt)';
	const cooling = page.locator('article', { hasText: 'Liquid cooling' });
	await cooling.scrollIntoViewIfNeeded();
	await expect(cooling).toContainText(`watts per chip ×0.7${idle}`);
	// A project with a watts cut beside other effects says it of the watts alone.
	const perf = page.locator('article', { hasText: 'Performance per watt' });
	await expect(perf).toContainText(`compute ×1.25, watts per chip ×0.85${idle}`);
	// Capability per FLOP still works at the star.
	await expect(page.locator('article', { hasText: 'Synthetic data' })).not.toContainText(idle);
	await cooling.scrollIntoViewIfNeeded();
	await page.screenshot({ path: test.info().outputPath('research-idle-watts-390.png') });
	// Elsewhere the cut works, and the card does not say otherwise.
	await openWithSave(page, fixture('e2e/hyperscale.json'));
	await page.getByTestId('tab-research').tap();
	await expect(page.locator('article', { hasText: 'Campus cooling' })).toContainText(
		'watts per chip ×0.8'
	);
	await expect(page.getByText('nothing here', { exact: false })).toHaveCount(0);
});
