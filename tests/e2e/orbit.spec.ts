// Orbit's decision through the Fleet screen: the orbit starts empty, a purchase waits for the
// launch window, a chartered rocket flies it now (and makes the next one dearer), and
// chartering every purchase; the Lab tells light from dark.
import { expect, test } from '@playwright/test';
import { decodeState } from '../../src/lib/save/codec';
import { fixture, openWithSave, readSave } from './saves';

test('orbit: wait for the launch window, charter a rocket, and see the sunlight', async ({
	page
}) => {
	await page.clock.install();
	await openWithSave(page, fixture('e2e/orbit.json'));
	await expect(page.getByTestId('orbit-sky')).toContainText('Sunlit');
	await page.getByTestId('tab-fleet').tap();
	const card = page.getByTestId('orbit-launch');
	await expect(card).toBeVisible();
	await expect(card).toContainText('Launch window');
	await expect(page.getByTestId('chartering')).toHaveAttribute('aria-pressed', 'false');
	await expect(card).toContainText('Nothing computes up there until it flies');
	const sat = page.getByTestId('hw-sat-node');
	await expect(sat).toContainText('× 0');

	// Bought at list price, the satellite waits for the window.
	await page.getByTestId('buy-sat-node').tap();
	await expect(page.getByTestId('cargo')).toContainText('1 × Compute satellite');
	await expect(sat).toContainText('× 0');

	// A chartered rocket flies it now; the next one costs more until the window.
	const share = page.getByTestId('charter-share');
	await expect(share).toContainText('Next rocket: +10%');
	await expect(share).toContainText('0 flown');
	// The clock held: the card is read in the very tick the rocket flew (it said "+10% (1
	// flown)" then, playtest 4), and the count and the share agree.
	await page.clock.pauseAt(Date.now() + 1000);
	await page.getByTestId('charter-now').tap();
	await expect(page.getByTestId('cargo')).toHaveCount(0);
	await expect(sat).toContainText('× 1');
	await expect(share).toHaveText(/Next rocket: \+20% .*\(1 flown/);
	// A tick on: the next purchase takes a rocket of its own.
	await page.clock.runFor(2000);
	await page.clock.resume();

	// Chartering every purchase: the next one flies at once.
	await page.getByTestId('chartering').tap();
	await expect(page.getByTestId('chartering')).toHaveAttribute('aria-pressed', 'true');
	await page.getByTestId('buy-sat-node').tap();
	await expect(sat).toContainText('× 2');

	await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
	await expect
		.poll(async () => decodeState((await readSave(page))!.state).orbit.charter)
		.toBe(true);
	const saved = decodeState((await readSave(page))!.state);
	expect(saved.hardware['sat-node']).toBe(2);
	expect(saved.orders).toHaveLength(0);
	expect(saved.orbit.rockets).toBe(2);
});

test('orbit: cargo bought one at a time is one line per card and landing time', async ({
	page
}) => {
	await openWithSave(page, fixture('e2e/orbit.json'));
	await page.getByTestId('tab-fleet').tap();
	// Three taps, three orders landing at the same window: "3 ×", not three lines of "1 ×".
	for (let i = 0; i < 3; i++) await page.getByTestId('buy-sat-node').tap();
	await expect(page.getByTestId('order')).toHaveCount(1);
	await expect(page.getByTestId('order')).toContainText('3 × Compute satellite arriving in');
	await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
	await expect.poll(async () => decodeState((await readSave(page))!.state).orders.length).toBe(3);
});
