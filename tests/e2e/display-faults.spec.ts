// Playtest 8's display faults, as the screen says them: each figure in the notation its own size
// calls for, a power contract priced in the bill's unit, and the eras a save has reached.
import { expect, test } from '@playwright/test';
import { readRecord } from '../../src/lib/save/record';
import { fixture, openWithSave, recordOf } from './saves';

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
