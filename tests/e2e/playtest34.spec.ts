// Left from playtests 32 and 33, and playtest 34 (the late eras in check-ins): a lab gone broke
// while away with the report naming no cause; the import question's "0 released models".
import { expect, test } from '@playwright/test';
import { fixture, openWithSave, readSave, saveNow, writeSave } from './saves';

test('the away report says the cash ran out, and sales against the costs now', async ({ page }) => {
	await openWithSave(page, fixture('e2e/garage.json'));
	await saveNow(page);
	const saved = (await readSave(page))!;
	await writeSave(page, { ...saved, savedAt: saved.savedAt - 3 * 3_600_000 });
	await page.reload();
	const report = page.getByTestId('away-report');
	await expect(report).toBeVisible();
	const line = page.getByTestId('away-cash-out');
	await expect(line).toContainText(/^Cash ran out( \d+ times)? while you were away\./);
	await expect(line).toContainText('It is still out of cash: sales ');
	await expect(line).toContainText("The Lab's red card says the way back.");
	// Told once, in its line: not again among the headlines.
	await expect(report.getByText(/^Cash ran out: the utility cuts/)).toHaveCount(0);
	await page.getByTestId('away-dismiss').tap();
	await expect(page.getByTestId('cash-loss')).toBeVisible();
});

test("the import question names the save's era and the model it serves", async ({ page }) => {
	const text = JSON.stringify(fixture('e2e/hyperscale.json'));
	await openWithSave(page, fixture('e2e/garage.json'));
	await page.getByTestId('open-settings').tap();
	await page.getByTestId('import-text').fill(text);
	await page.getByTestId('import-check').tap();
	const ask = page.locator('#import-confirm-title');
	await expect(ask).toContainText(/It holds a lab in the Hyperscale era serving \S+, with \$/);
	await expect(ask).not.toContainText('0 released');
});
