// Left from playtest 44 (a newcomer at 390×844): the away report's cash line pointed to letting
// researchers go where one tap on another price made the lab pay its way.
import { expect, test } from '@playwright/test';
import { Decimal } from '../../src/lib/engine';
import { decodeState } from '../../src/lib/save/codec';
import { fixture, openWithSave, readSave, recordOf, saveNow, writeSave } from './saves';

const SHOTS = process.env.FRONTIER_SHOTS;

test('the away report leads its cash line with the price that would make sales cover the costs', async ({
	page
}) => {
	await openWithSave(page, fixture('e2e/garage.json'));
	await saveNow(page);
	const saved = (await readSave(page))!;
	// Left an hour on Premium with three researchers: the lab ran at a loss all along, and
	// another price makes its sales cover the costs (engine/price-cover.ts).
	const s = decodeState(saved.state);
	s.priceTier = 'premium';
	s.researchers = 3;
	s.cash = s.cash.add(new Decimal(5e4));
	await writeSave(page, { ...recordOf(s), savedAt: saved.savedAt - 3_600_000 });
	await page.reload();
	await expect(page.getByTestId('away-report')).toBeVisible();
	const line = page.getByTestId('away-cash-fell');
	await expect(line).toContainText(
		/Switch to (Cheap|Standard) price \(Market tab\): sales \(\$[\d.,]+[A-Za-z]*\/s\) would cover the costs\. Otherwise, earn more/
	);
	const tier = (await line.innerText()).match(/Switch to (\w+) price/)![1];
	if (SHOTS) {
		await line.scrollIntoViewIfNeeded();
		await page.screenshot({ path: `${SHOTS}/pt44-away-switch.png` });
	}
	// Taken as said, the lab's cash grows again.
	await page.getByTestId('away-dismiss').tap();
	await expect(page.getByTestId('stock-cash-rate')).toContainText('−');
	await page.getByTestId('tab-market').tap();
	await page.getByTestId(`price-${tier.toLowerCase()}`).tap();
	await expect(page.getByTestId('stock-cash-rate')).not.toContainText('−');
});
