// Moon and Mars's decision through the Fleet screen: a chip built on the Moon serves and
// trains; switched to Mars, the next one only trains, at Mars's own price, and the card says
// how much of the run comes from Mars.
import { expect, test } from '@playwright/test';
import { decodeState } from '../../src/lib/save/codec';
import { readRecord } from '../../src/lib/save/record';
import { eraContent } from '../../src/lib/content';
import { apply, farRunPart, newGame, rates } from '../../src/lib/engine';
import { fixture, holdClock, openWithSave, readSave, recordOf } from './saves';

test('moon and mars: build on the Moon, then on Mars', async ({ page }) => {
	await openWithSave(page, fixture('e2e/moon.json'));
	await page.getByTestId('tab-fleet').tap();
	const card = page.getByTestId('far-sites');
	await expect(card).toBeVisible();
	await expect(page.getByTestId('build-far')).toHaveAttribute('aria-pressed', 'false');
	await expect(page.getByTestId('far-where')).toContainText('the Moon');
	await expect(page.getByTestId('far-units')).toHaveText('0 on Mars');
	const fab = page.getByTestId('hw-lunar-fab').getByTestId('hw-count');
	await expect(fab).toHaveText('× 1 Moon · 0 Mars');

	// The card says how each world's price climbs as the rule does (playtest 5 read "far more
	// slowly" and paid 68× the Moon's price on Mars), each card gives both prices, and the Buy
	// button names its world.
	await expect(card).not.toContainText('far more slowly');
	// Playtest 17 read "with the cube of its count" beside "the 10th costs 271×": the cube is of
	// what the first ten cost together.
	await expect(card).toContainText(
		'their count cubed times its 1st: its first 10 cost 1,000× its 1st, the 10th alone 271×'
	);
	await expect(page.getByTestId('site-prices-lunar-fab')).toContainText(/Moon \$.+ · Mars \$/);
	await expect(page.getByTestId('buy-lunar-fab')).toContainText('on the Moon');
	// Before the tap, what one more adds on each world (playtest 6: Mars won on every axis): the
	// Moon's serves (income) and trains; Mars's only trains.
	await expect(page.getByTestId('site-gains-lunar-fab')).toContainText(
		/On the Moon: \+\$.+\/s, the run .+ sooner · on Mars: no income, the run .+ sooner/
	);

	// Built near: the chip joins the Moon's fleet.
	await page.getByTestId('buy-lunar-fab').tap();
	await expect(fab).toHaveText('× 2 Moon · 0 Mars');
	const nearPrice = await page.getByTestId('buy-lunar-fab').textContent();

	// Switched to Mars: the card counts Mars's chips and the price is Mars's.
	await page.getByTestId('build-far').tap();
	await expect(page.getByTestId('build-far')).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByTestId('far-where')).toContainText('Mars');
	// Both worlds stay counted (the playtest read "× 0" with one on the Moon).
	await expect(fab).toHaveText('× 2 Moon · 0 Mars');
	await expect(page.getByTestId('buy-lunar-fab')).not.toHaveText(nearPrice ?? '');
	await expect(page.getByTestId('buy-lunar-fab')).toContainText('on Mars');
	await page.getByTestId('buy-lunar-fab').tap();
	await expect(fab).toHaveText('× 2 Moon · 1 Mars');
	await expect(page.getByTestId('far-units')).toHaveText('1 on Mars');
	await expect(page.getByTestId('far-status')).toContainText('of the run from Mars');

	await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
	await expect.poll(async () => decodeState((await readSave(page))!.state).moonMars.far).toBe(true);
	const saved = decodeState((await readSave(page))!.state);
	expect(saved.moonMars.units['lunar-fab']).toBe(1);
	expect(saved.hardware['lunar-fab']).toBe(2);
});

test('mars: the light-delay cap is said before a buy, and the Lab counts Mars in the run (playtest 6)', async ({
	page
}) => {
	// A lab on Mars with more far chips than the smallest run can take over the light delay.
	const c = eraContent('moon-mars');
	const s = newGame(3, 'moon-mars');
	s.cash = s.cash.mul(1e6);
	apply(s, c, { type: 'build-far', on: true });
	apply(s, c, { type: 'start-run', size: c.era.runSizes[0].id });
	for (let i = 0; i < 40 && !farRunPart(s, c, rates(s, c)).capped; i++)
		apply(s, c, { type: 'buy', hardware: 'mars-farm', count: 'max' });
	expect(farRunPart(s, c, rates(s, c)).capped).toBe(true);
	s.meta.automation.buy.on = false;
	// Held still: the header and the card read the same lab.
	await holdClock(page);
	await openWithSave(page, recordOf(s));
	// The Lab's run line says how much of it comes from Mars, and that the delay caps it.
	const card = page.locator('section[aria-labelledby="ts-title"]');
	await expect(card).toContainText(
		/FLOP\/s to the run \(\S+\s[kMGTPEZYRQ]?FLOP\/s of it from Mars, capped by its light delay\)/
	);
	// The slider is the Moon's, and the share of the lab that trains is the header's (playtest 34
	// read "Train 0%" under the header's "56% training").
	await expect(card.locator('#ts-title')).toContainText("the Moon's compute");
	const header = (await page.getByTestId('stock-compute').locator('.rate').innerText()).trim();
	expect(header).toMatch(/^<?\d+% training$/);
	await expect(page.getByTestId('lab-train-share')).toContainText(
		`${header.split(' ')[0]} of all compute trains: ${Math.round(rates(s, c).trainShare * 100)}% of the Moon's compute (the slider) and what Mars gives the run.`
	);
	await page.getByTestId('tab-fleet').tap();
	await expect(page.getByTestId('far-cap')).toContainText('lets Mars give this run at most');
	await expect(page.getByTestId('far-capped')).toBeVisible();
	// Each card says it before the tap: on Mars it adds nothing to this run.
	const note = page.getByTestId('far-adds-nothing-lunar-fab');
	await note.scrollIntoViewIfNeeded();
	await expect(note).toContainText('On Mars this adds nothing to the run under way');
	// On the Moon it would: the note goes.
	await page.getByTestId('build-far').tap();
	await expect(note).toHaveCount(0);
});

test('moon and mars: batch jobs sell only what batch buyers want', async ({ page }) => {
	// The moon fixture between runs, with one Mars farm: its FLOP/s run batch jobs, and one farm
	// already runs more than batch buyers want.
	const s = readRecord(fixture('e2e/moon.json')).state;
	const c = eraContent('moon-mars');
	s.run = null;
	s.moonMars.units['mars-farm'] = 1;
	expect(apply(s, c, { type: 'build-far', on: true }).ok).toBe(true);
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-fleet').tap();
	const batch = page.getByTestId('far-batch');
	await expect(batch).toContainText(/Batch jobs: \$.+\/s, every batch buyer served/);
	await expect(page.getByTestId('far-sites')).toContainText(
		'once they are served, more on Mars only trains'
	);
	// The headline and the switch name the batch jobs the card earns (playtest 17 read "Mars only
	// trains" above "Batch jobs: $…/s").
	await expect(page.getByTestId('far-lead')).toContainText(
		'Mars trains and runs batch jobs, never serves'
	);
	await expect(page.getByTestId('far-lead')).not.toContainText('only trains');
	await expect(page.getByTestId('far-where')).toContainText('They train and run batch jobs');
	// No run: a unit on Mars adds nothing; on the Moon it serves.
	await expect(page.getByTestId('site-gains-mars-farm')).toContainText(
		/On the Moon: \+\$.+\/s · on Mars: no income/
	);
	await page.getByTestId('far-sites').scrollIntoViewIfNeeded();
	await page.emulateMedia({ colorScheme: 'dark' });
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.screenshot({ path: test.info().outputPath('far-sites-dark.png') });
	await page.emulateMedia({ colorScheme: 'light' });
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	await page.screenshot({ path: test.info().outputPath('far-sites-light.png') });
	await page.getByTestId('site-gains-mars-farm').scrollIntoViewIfNeeded();
	await page.screenshot({ path: test.info().outputPath('site-gains-light.png') });
	await page.emulateMedia({ colorScheme: 'dark' });
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.screenshot({ path: test.info().outputPath('site-gains-dark.png') });
	// With no farm there yet, the first runs batch jobs: Mars's income says it is theirs (playtest
	// 25 read "on Mars: +$…/s" beside "never serves").
	s.moonMars.units['mars-farm'] = 0;
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-fleet').tap();
	await expect(page.getByTestId('site-gains-mars-farm')).toContainText(
		/on Mars: \+\$.+\/s in batch jobs/
	);
});

test('moon and mars: a ×10 buy says what the ten add, at the throttle they bring (playtest 7)', async ({
	page
}) => {
	// The moon fixture's power runs a few more fabs: ten throttle the fleet. The card read
	// "+$x/s" for one more unit beside the warning that the ten throttle it.
	await openWithSave(page, fixture('e2e/moon.json'));
	await page.getByTestId('tab-fleet').tap();
	await page
		.getByRole('group', { name: 'Amount to buy' })
		.getByRole('button', { name: '×10', exact: true })
		.tap();
	await expect(page.getByTestId('power-warning-lunar-fab')).toContainText('the fleet runs at');
	const gains = page.getByTestId('site-gains-lunar-fab');
	await expect(gains).toContainText(/^These 10: on the Moon \(the fleet throttled to \d+%\): \+\$/);
	// The throttle it names is the warning's.
	const warned = (await page.getByTestId('power-warning-lunar-fab').textContent())!.match(
		/runs at (\d+%)/
	)![1];
	await expect(gains).toContainText(`throttled to ${warned}`);
	// Mars brings its own power.
	await expect(gains).toContainText(/on Mars: /);
	await expect(gains).not.toContainText(/on Mars \(/);
	await gains.scrollIntoViewIfNeeded();
	await page.screenshot({ path: test.info().outputPath('site-gains-x10.png') });
});

test('moon and mars: a card built on Mars is there at once, and the Era says who pays the launch (playtest 17)', async ({
	page
}) => {
	// Playtest 17 read "arrives in 6m 00s" of a Mars foundry already built, and the Era's "chips
	// still pay their launch" beside the Fleet's "need no launch" (Moon chips pay it; Mars's none).
	const c = eraContent('moon-mars');
	const s = newGame(3, 'moon-mars');
	s.cash = s.cash.mul(1e6);
	s.meta.automation.buy.on = false;
	const foundry = c.era.hardware.find((h) => h.leadTime > 0)!;
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-fleet').tap();
	const card = page.getByTestId(`hw-${foundry.id}`);
	// On the Moon it is ordered, and says when it lands.
	await expect(card).toContainText('arrives in');
	await expect(page.getByTestId(`buy-${foundry.id}`)).toContainText('Order ×1 on the Moon');
	await page.getByTestId('build-far').tap();
	await expect(card).not.toContainText('arrives in');
	await expect(page.getByTestId(`buy-${foundry.id}`)).toContainText('Buy ×1 on Mars');
	await page.getByTestId(`buy-${foundry.id}`).tap();
	await expect(card.getByTestId('hw-count')).toHaveText('× 0 Moon · 1 Mars');
	await expect(card).not.toContainText('arrives in');
	await expect(page.getByTestId('order')).toHaveCount(0);

	await expect(page.getByTestId('far-lead')).toContainText('need no launch');
	await page.getByTestId('tab-era').tap();
	await expect(page.getByText(c.era.idea)).toBeVisible();
	expect(c.era.idea).toContain('chips built on Mars need no launch');
	expect(c.era.idea).not.toContain('still pay their launch');
});
