// Playtest 23: on "Premium price would earn 57 % more now" just after a release, the player switched,
// left for an hour and came back to an income 90 % lower: the launch rush had faded. The Lab says
// which price earns the most once it fades, before the player leaves (engine settledPrice).
import { expect, test } from '@playwright/test';
import { Decimal } from '../../src/lib/engine';
import { readRecord } from '../../src/lib/save/record';
import { fixture, openWithSave, recordOf } from './saves';

/** The Garage fixture at `hype` on `tier`. */
function lab(hype: number, tier: string) {
	const s = readRecord(fixture('e2e/garage.json')).state;
	s.hype = hype;
	s.priceTier = tier;
	return recordOf(s);
}

test('in a launch rush on Premium, the Lab says the price that earns more once it fades (playtest 23)', async ({
	page
}) => {
	await openWithSave(page, lab(10, 'premium'));
	const line = page.getByTestId('price-after-rush');
	await line.scrollIntoViewIfNeeded();
	await expect(line).toBeVisible();
	expect((await line.textContent())!.replace(/\s+/g, ' ').trim()).toMatch(
		/^Premium price earns the most now, in the rush; once it fades, (Cheap|Standard) earns \$[^/]+\/s more than Premium: switch before you leave for long\.$/
	);
	await page.screenshot({ path: test.info().outputPath('price-after-rush-390.png') });
	// Settled (no rush), nothing to say.
	await openWithSave(page, lab(0, 'standard'));
	await expect(page.getByTestId('demand-figures')).toBeVisible();
	await expect(page.getByTestId('price-after-rush')).toHaveCount(0);
});

// Playtest 24 read two verdicts on one card, "Cheap earns the most now, in the rush; once it
// fades, Standard earns 19% more" and "Cheap would earn 52% more now with no run; once a run
// trains at 64%, Standard earns the most", and could not tell whether to switch: one verdict,
// one caveat (engine priceVerdict).
test('in a rush on a tier that no longer pays, the Lab gives one verdict and one caveat (playtest 24)', async ({
	page
}) => {
	// Training on Cheap in a rush: Premium earns the most now and Standard once it fades; the
	// best tier also flips with the run (price-verdict.test).
	await openWithSave(page, lab(3, 'cheap'));
	const advice = page.getByTestId('price-advice');
	await advice.scrollIntoViewIfNeeded();
	expect((await advice.locator('p').textContent())!.replace(/\s+/g, ' ').trim()).toMatch(
		/^Premium price would earn \$[^/]+\/s more than Cheap now, in the rush; once it fades, Standard earns \$[^/]+\/s more than Premium: switch before you leave for long\.$/
	);
	await expect(page.getByTestId('price-after-rush')).toHaveCount(0);
	await page.screenshot({ path: test.info().outputPath('price-verdict-390.png') });
});

// Playtest 28 switched price before a night away as the Lab said, and the away report found
// another tier better: the night's cargo had landed. The settled price counts the orders on the
// way as landed (engine settledPrice).
test('with servers on the way, the Lab says the price that earns more once they land (playtest 28)', async ({
	page
}) => {
	const s = readRecord(fixture('e2e/garage.json')).state;
	s.hype = 0;
	s.cash = new Decimal(1e7);
	await openWithSave(page, recordOf(s));
	await expect(page.getByTestId('demand-figures')).toBeVisible();
	await expect(page.getByTestId('price-after-rush')).toHaveCount(0);
	await page.getByTestId('tab-fleet').tap();
	const order = page.getByTestId('buy-garage-server');
	for (let i = 0; i < 3; i++) await order.click();
	await expect(page.getByTestId('order')).not.toHaveCount(0);
	await page.getByTestId('tab-lab').tap();
	const line = page.getByTestId('price-after-rush');
	await line.scrollIntoViewIfNeeded();
	expect((await line.textContent())!.replace(/\s+/g, ' ').trim()).toMatch(
		/^(\w+) price earns the most now; once the orders on the way land, \w+ earns \$[^/]+\/s more than \1: switch before you leave for long\.$/
	);
	await page.screenshot({ path: test.info().outputPath('price-after-cargo-390.png') });
});
