// The Train ↔ Serve card says when the split it is set to loses money, and when the cash runs
// out (engine/cash-loss.ts splitLoss). Playtest 21 slid to 100 % training: income −7.15e313/s
// with no word on the card, and the lab ran out of cash in a minute.
import { expect, test } from '@playwright/test';
import { eraContent } from '../../src/lib/content';
import { apply } from '../../src/lib/engine';
import { Decimal } from '../../src/lib/engine/decimal';
import { readRecord } from '../../src/lib/save/record';
import { fixture, holdClock, openWithSave, recordOf } from './saves';

test('train ↔ serve: a split that loses money says so, and when the cash runs out (playtest 21)', async ({
	page
}) => {
	// The Dyson fixture with a fleet and no panel, its longest run training at 50 %: the rings'
	// bill for the training chips outruns the sales once all of it trains.
	const s = readRecord(fixture('e2e/dyson.json')).state;
	const c = eraContent('dyson');
	s.hardware.statite = 150;
	const size = c.era.runSizes[c.era.runSizes.length - 1].id;
	expect(apply(s, c, { type: 'start-run', size }).ok).toBe(true);
	expect(apply(s, c, { type: 'train-share', share: 0.5 }).ok).toBe(true);
	s.cash = new Decimal('1e311');
	// The lab as saved, held still: on this branch a cold worker's first run read "about 3m 52s"
	// (the engine's own projection of this lab is 30 s; not reproduced since: see the note).
	await holdClock(page);
	await openWithSave(page, recordOf(s));
	const slider = page.getByTestId('train-share');
	await slider.scrollIntoViewIfNeeded();
	const loss = page.getByTestId('split-loss');
	await expect(page.getByTestId('stock-cash-rate')).not.toContainText('−');
	await expect(loss).toHaveCount(0);
	await slider.fill('100');
	await expect(slider).toHaveValue('100');
	await expect(loss).toContainText(
		/^At this split the lab loses \$\S+\/s: the cash runs out in about \d+s\.$/
	);
	await expect(page.getByTestId('stock-cash-rate')).toContainText('−');
	await loss.scrollIntoViewIfNeeded();
	await page.screenshot({ path: test.info().outputPath('split-loss-390.png') });
	await slider.fill('50');
	await expect(loss).toHaveCount(0);
});

// Playtest 27 read "the cash lasts over an hour" of cash that lasted 98 hours: past the hour the
// card says how long at this loss.
test('train ↔ serve: a loss the cash carries past the hour says for how long', async ({ page }) => {
	const s = readRecord(fixture('e2e/dyson.json')).state;
	const c = eraContent('dyson');
	s.hardware.statite = 150;
	expect(apply(s, c, { type: 'start-run', size: c.era.runSizes.at(-1)!.id }).ok).toBe(true);
	expect(apply(s, c, { type: 'train-share', share: 1 }).ok).toBe(true);
	s.cash = new Decimal('1e314');
	await openWithSave(page, recordOf(s));
	await expect(page.getByTestId('split-loss')).toContainText(
		/^At this split the lab loses \$\S+\/s; at this loss the cash lasts about \d+[dh]( \d+[hm])?\.$/
	);
});
