// Playtest 8's display faults, as the screen says them: each figure in the notation its own size
// calls for, a power contract priced in the bill's unit, and the eras a save has reached.
import { expect, test } from '@playwright/test';
import { eraContent } from '../../src/lib/content';
import { readRecord } from '../../src/lib/save/record';
import { fixture, openWithSave, recordOf } from './saves';

test('a power contract is priced per second at full draw, beside the bill (playtest 8: "$2.29K/kWh")', async ({
	page
}) => {
	const s = readRecord(fixture('e2e/garage.json')).state;
	// Playtest 8's Garage: the grid's price level ×57 (about 29 points past the first model).
	const first = eraContent('garage').era.starterModel.capability;
	s.model = { ...s.model, capability: first + 29.3 };
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-fleet').tap();
	const contracts = page.locator('[data-screen="fleet"]');
	await expect(contracts).toContainText(/Home circuit\s*\+2\u00a0kW · \$1\.\d\d\/s at full draw/);
	await expect(contracts).not.toContainText('/kWh');
	await expect(page.getByTestId('grid-price-climb')).toContainText('power costs ×57');
	// Hyperscale's campus sites say their bill, flat out, not a price per kWh.
	await openWithSave(page, fixture('e2e/hyperscale.json'));
	await page.getByTestId('tab-fleet').tap();
	await expect(page.getByTestId('site-river-valley')).toContainText(
		/This campus: bill \$\S+\/s flat out/
	);
	await expect(page.locator('[data-screen="fleet"]')).not.toContainText('/kWh');
});

test('Stats count the eras a save has reached, begun in a later era (playtest 8: "1 of 7" in Dyson)', async ({
	page
}) => {
	const s = readRecord(fixture('e2e/dyson.json')).state;
	s.meta.eraTicks = [];
	await openWithSave(page, recordOf(s));
	await page.getByTestId('open-stats').click();
	await page.getByTestId('stats-all').click();
	await expect(page.getByTestId('stats-all-facts')).toContainText(/Eras reached\s*7 of 7/);
});
