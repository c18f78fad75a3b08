// Playtests 27–28 at 390×844: a new game's run card in one glance, its explanations folded; the
// Moon's sites card and the power warning above it speak of one fleet; and Mars's light delay
// said before a buy it holds back.
import { expect, test } from '@playwright/test';
import { eraContent } from '../../src/lib/content';
import { capabilityBand, newGame, rates, suggestedRunSize } from '../../src/lib/engine';
import { openWithSave, recordOf } from './saves';

test.use({ viewport: { width: 390, height: 844 } });

test("a new game's run card leads with Start and its estimate; the rest opens on a button", async ({
	page
}) => {
	const s = newGame(1);
	const c = eraContent(s.eraId);
	const r = rates(s, c);
	const band = capabilityBand(s, c, r, suggestedRunSize(s, c, r));
	await openWithSave(page, recordOf(s));
	await expect(page.getByTestId('start-run')).toBeInViewport();
	await expect(page.getByTestId('run-estimate')).toBeInViewport();
	await expect(page.getByTestId('run-estimate')).toContainText(
		`About capability ${band.expected.toFixed(0)} ·`
	);
	// Folded: what the sizes mean, the luck band, the era goal, the calm memory note.
	const toggle = page.getByTestId('run-details-toggle');
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	for (const id of ['run-size-meaning', 'run-band', 'goal-forecast', 'run-memory'])
		await expect(page.getByTestId(id)).toBeHidden();
	// A real button, reached from the keyboard.
	await toggle.focus();
	await page.keyboard.press('Enter');
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	await expect(page.getByTestId('run-details')).toBeVisible();
	await expect(page.getByTestId('run-band')).toContainText(
		`Luck: usually ${Math.floor(band.low)}–${Math.ceil(band.high)}`
	);
	await expect(page.getByTestId('run-memory')).toBeVisible();
	// Kept open across a tab switch; folded again on a second press.
	await page.getByTestId('tab-fleet').tap();
	await page.getByTestId('tab-lab').tap();
	await expect(page.getByTestId('run-band')).toBeVisible();
	await toggle.press('Space');
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await expect(page.getByTestId('run-band')).toBeHidden();
});
