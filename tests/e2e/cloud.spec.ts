// The Cloud's decision through the Fleet screen: rent racks (instant compute, an hourly bill),
// give one or ten back, asked first, and turn spot resale off and on. Renting keeps the lab's
// own idle racks on the spot market (only rented racks are kept off it).
import { expect, test } from '@playwright/test';
import { eraContent } from '../../src/lib/content';
import { apply, rentHourly } from '../../src/lib/engine';
import { decodeState } from '../../src/lib/save/codec';
import { fixture, openWithSave, readSave, recordOf, saveNow, writeSave } from './saves';

test('cloud: rent racks by the hour, give one back, and switch spot resale', async ({ page }) => {
	await openWithSave(page, fixture('e2e/cloud.json'));
	await page.getByTestId('tab-fleet').tap();
	const card = page.getByTestId('cloud-rental');
	await expect(card).toBeVisible();
	await expect(card).toContainText('0 racks rented');
	await expect(card).toContainText('Your own idle racks resell');
	// Said before the first rack (playtest 5: one rented rack paused the whole fleet's resale,
	// income +$207M/s to -$16M/s; now only rented racks are kept off the market).
	await expect(page.getByTestId('resell-rent-note')).toHaveText(
		"Rented racks are never resold: they serve what your own can't, and your own idle racks keep selling."
	);
	await expect(card).toContainText(/idle, earning \S+\/s/);
	// This lab's power has no room for a pod: bought, it shares the power with every chip
	// (playtest 18 read "$0 an hour … pays for itself in 16 hours" past the power).
	await expect(page.getByTestId('buy-payoff')).toContainText(
		/but it would run past your power: it adds\s+nothing to the bill, as all your chips share the power you have, each slower\./
	);
	await expect(page.getByTestId('buy-payoff')).not.toContainText('pays for itself');
	const computeBefore = await page.getByTestId('stock-compute').textContent();

	await page.getByTestId('rent-more').tap();
	await page.getByTestId('rent-more').tap();
	await expect(card).toContainText('2 racks rented');
	await expect(card).toContainText(/Bill .*\/h/);
	await expect(card).toContainText('paid as each hour starts (the income counts it by the second)');
	// What a night away costs, said before the player leaves (playtest 26 came back to −$1T).
	await expect(page.getByTestId('rent-away')).toContainText(
		'racks renew every hour, away or not: a night (8h) bills ~$'
	);
	// A lease of a night: the racks go back after eight paid hours, away or not, and the night's
	// bill counts only those (cloud.test checks the figure).
	await expect(page.getByTestId('lease-0')).toHaveAttribute('aria-pressed', 'true');
	await page.getByTestId('lease-8').tap();
	await expect(page.getByTestId('lease-8')).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByTestId('lease-0')).toHaveAttribute('aria-pressed', 'false');
	await expect(page.getByTestId('rent-away')).toContainText(
		/the lease gives them back in 7h 5\dm, away or not: a night \(8h\) bills ~\$/
	);
	await page.getByTestId('lease-0').tap();
	await expect(page.getByTestId('rent-away')).toContainText('racks renew every hour');
	// The lab's own idle racks keep reselling; the rented ones sit idle, kept off the market.
	await expect(card).toContainText('Your own idle racks resell');
	await expect(card).toContainText(/idle, earning \S+\/s/);
	await expect(page.getByTestId('resell-rent-note')).toContainText(
		/Rented racks are never resold: .* of theirs sits idle\./
	);
	await expect(card).not.toContainText('Paused');
	// Instant: the fleet's compute grows at once.
	await expect(page.getByTestId('stock-compute')).not.toHaveText(computeBefore ?? '');

	// Giving a rack back forfeits the rest of its paid hour: asked first (the playtest's B4 lost
	// an hour on one tap). Keep leaves the racks; Give back gives them back.
	await page.getByTestId('rent-less').tap();
	const confirm = page.getByTestId('rent-confirm');
	await expect(confirm).toContainText('Give back 1 rack? The rest of the paid hour is lost');
	await expect(card).toContainText('2 racks rented');
	await page.getByTestId('rent-confirm-keep').tap();
	await expect(confirm).toBeHidden();
	await expect(card).toContainText('2 racks rented');
	await page.getByTestId('rent-less').tap();
	await page.getByTestId('rent-confirm-give').tap();
	await expect(confirm).toBeHidden();
	await expect(card).toContainText('1 rack rented');
	// A spike is met by tens of racks: ten at a tap, and back ten at a tap (the playtest gave
	// racks back one tap each). Fewer than ten rented: −10 is off, −1 still works.
	await expect(page.getByTestId('rent-ten-less')).toBeDisabled();
	await page.getByTestId('rent-ten').tap();
	await expect(card).toContainText('11 racks rented');
	await page.getByTestId('rent-ten-less').tap();
	await expect(confirm).toContainText('Give back 10 racks?');
	await expect(card).toContainText('11 racks rented');
	await page.getByTestId('rent-confirm-give').tap();
	await expect(card).toContainText('1 rack rented');
	await expect(page.getByTestId('rent-ten-less')).toBeDisabled();

	await expect(page.getByTestId('resell')).toHaveAttribute('aria-pressed', 'true');
	await page.getByTestId('resell').tap();
	await expect(page.getByTestId('resell')).toHaveAttribute('aria-pressed', 'false');

	await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
	await expect.poll(async () => decodeState((await readSave(page))!.state).resell).toBe(false);
	const saved = decodeState((await readSave(page))!.state);
	expect(saved.rental.racks).toBe(1);
});

// The playtest read "Known from earlier eras: 12 projects" and then found Data curation at full
// price: the Research tab says which tracks start over, and the Cloud offers that project again.
test('cloud: the Research tab says hardware and scaling are learned again', async ({ page }) => {
	await openWithSave(page, fixture('e2e/cloud.json'));
	await page.getByTestId('tab-research').tap();
	await expect(page.getByTestId('known-research')).toContainText(
		'Hardware and scaling are learned again'
	);
	await expect(page.getByTestId('research-data-curation')).toBeVisible();
});

test('cloud: with power to spare, buying is weighed against the rent with its own power', async ({
	page
}) => {
	// Playtest 17 bought on "equals 21 hours of rent" and the pod's power took the income down.
	const s = decodeState(fixture('e2e/cloud.json').state);
	s.power['utility-feed'] = 0;
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-fleet').tap();
	await expect(page.getByTestId('buy-payoff')).toContainText(
		/its power would add \$\S+ an hour to your bill(,\s+so against renting it pays for itself in \S+\s+hours?\.|:\s+more than the rent)/
	);
});

test('cloud: while a run trains, the card says what one more rack does to its time left', async ({
	page
}) => {
	// Playtest 18 rated renting by cash alone while one rack cut its run from 1h 21m to minutes.
	const s = decodeState(fixture('e2e/cloud.json').state);
	const c = eraContent(s.eraId);
	expect(apply(s, c, { type: 'start-run', size: c.era.runSizes[4].id }).ok).toBe(true);
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-fleet').tap();
	await expect(page.getByTestId('rent-run')).toContainText(
		/This run: .+ left, .+ with\s+one more rack at this split\./
	);
});

// Playtest 27: an 8-hour lease ended two hours before its run, which then crawled for days; the
// card said neither, and the away report had only net cash. The card warns before leaving, and
// the report says the rent, the run and the lease's end.
test('cloud: a lease shorter than the run is said before leaving, and the night after it', async ({
	page
}) => {
	const s = decodeState(fixture('e2e/cloud.json').state);
	const c = eraContent(s.eraId);
	for (const rule of Object.values(s.meta.automation)) rule.on = false;
	s.cash = rentHourly(s, c).mul(1000);
	expect(apply(s, c, { type: 'rent', racks: 3 }).ok).toBe(true);
	// A run of about 20 hours with the racks.
	expect(apply(s, c, { type: 'start-run', size: 'titan' }).ok).toBe(true);
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-fleet').tap();
	await page.getByTestId('lease-1').tap();
	await expect(page.getByTestId('lease-before-run')).toContainText(
		/before this run ends \(.+ at this pace/
	);
	await page.getByTestId('lease-0').tap();
	await expect(page.getByTestId('lease-before-run')).toHaveCount(0);
	await page.getByTestId('lease-8').tap();
	await saveNow(page);
	// Ten hours away.
	const saved = (await readSave(page))!;
	await writeSave(page, { ...saved, savedAt: saved.savedAt - 10 * 3_600_000 });
	await page.reload();
	const report = page.getByTestId('away-report');
	await expect(report).toBeVisible({ timeout: 30_000 });
	await expect(page.getByTestId('away-rent')).toContainText(
		/Rent paid to the provider while away: \$\S+; no racks are rented now\./
	);
	await expect(page.getByTestId('away-run')).toContainText(
		/Your run trained from (<0\.1|[\d.]+)% to [\d.]+%, .+ left at this pace\./
	);
	await expect(report).toContainText('The lease ran its 8 hours: the 3 rented racks go back');
});

// Playtest 28 started a 19-hour run from the Lab on an 8-hour lease: the run card says the racks
// go first, for the size picked, before the run starts.
test('cloud: the Lab run card says when the leased racks go back before the run would end', async ({
	page
}) => {
	const s = decodeState(fixture('e2e/cloud.json').state);
	const c = eraContent(s.eraId);
	s.cash = rentHourly(s, c).mul(1000);
	s.run = null;
	expect(apply(s, c, { type: 'lease', hours: 8 }).ok).toBe(true);
	expect(apply(s, c, { type: 'rent', racks: 3 }).ok).toBe(true);
	await openWithSave(page, recordOf(s));
	const picker = page.getByTestId('run-size');
	await picker.selectOption('titan');
	// A warning: above the run card's fold, never in it (playtest 27).
	await expect(page.getByTestId('run-lease')).toBeVisible();
	await expect(page.getByTestId('run-lease')).toContainText(
		/^Your rented racks go back in 7h 5\dm by their lease \(Fleet\), before this run\s+would end: it slows then\.$/
	);
	await picker.selectOption('short');
	await expect(page.getByTestId('run-lease')).toHaveCount(0);
});
