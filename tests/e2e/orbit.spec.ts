// Orbit's decision through the Fleet screen: the era starts with two satellites up and this
// orbit's first launch window minutes away, a purchase waits for it, a chartered rocket flies it
// now (and makes the next one dearer), and chartering every purchase; the Lab tells light from
// dark. With nothing up there, the Lab offers no run and says why.
import { expect, test } from '@playwright/test';
import { eraContent } from '../../src/lib/content';
import {
	apply,
	launchTrade,
	newGame,
	plannedFit,
	plannedMemory,
	rates,
	runSizesOffered,
	type GameState
} from '../../src/lib/engine';
import { formatPercent } from '../../src/lib/format/number';
import { formatDuration } from '../../src/lib/format/duration';
import { decodeState } from '../../src/lib/save/codec';
import { fixture, holdClock, openWithSave, readSave, recordOf } from './saves';

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
	// The fixture's orbit (seed 9) opens its first window 18 minutes in, then one every 4 hours.
	await expect(card).toContainText(/next in 1[78]m/);
	await expect(card).toContainText("this orbit's first; then one every 4h 00m");
	await expect(page.getByTestId('chartering')).toHaveAttribute('aria-pressed', 'false');
	await expect(card).toContainText('Only what is up there computes');
	const sat = page.getByTestId('hw-sat-node');
	await expect(sat).toContainText('× 2');
	// What a day of dawns takes, at the fleet as it is, and the research that halves it.
	await expect(page.getByTestId('radiation-day')).toHaveText(
		/Over a day \(16 dawns\) that is about 15% of your unshielded units: less than one of the 2 up there or on their way\. Research Radiation hardening \([\d.,]+K? insight(, after [^)]+)?\) to halve it\./
	);
	// The card says when a purchase lands: at the window, not at once (playtest 13).
	await expect(sat).toContainText(/arrives in 1[78]m/);

	// Bought at list price, the satellite waits for the window.
	await page.getByTestId('buy-sat-node').tap();
	await expect(page.getByTestId('cargo')).toContainText('1 × Compute satellite');
	await expect(sat).toContainText('× 2');

	// A chartered rocket flies it now; the next one costs more until the window.
	const share = page.getByTestId('charter-share');
	await expect(share).toContainText('Next rocket: +10%');
	await expect(share).toContainText('0 flown');
	// The clock held: the card is read in the very tick the rocket flew (it said "+10% (1
	// flown)" then, playtest 4), and the count and the share agree.
	await page.clock.pauseAt(Date.now() + 1000);
	await page.getByTestId('charter-now').tap();
	await expect(page.getByTestId('cargo')).toHaveCount(0);
	await expect(sat).toContainText('× 3');
	await expect(share).toHaveText(/Next rocket: \+20% .*\(1 flown/);
	// A tick on: the next purchase takes a rocket of its own.
	await page.clock.runFor(2000);
	await page.clock.resume();

	// Chartering every purchase: the next one flies at once.
	await page.getByTestId('chartering').tap();
	await expect(page.getByTestId('chartering')).toHaveAttribute('aria-pressed', 'true');
	await expect(sat).not.toContainText('arrives in');
	await page.getByTestId('buy-sat-node').tap();
	await expect(sat).toContainText('× 4');

	await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
	await expect
		.poll(async () => decodeState((await readSave(page))!.state).orbit.charter)
		.toBe(true);
	const saved = decodeState((await readSave(page))!.state);
	expect(saved.hardware['sat-node']).toBe(4);
	expect(saved.orders).toHaveLength(0);
	expect(saved.orbit.rockets).toBe(2);
});

test('orbit: a window lifts 60 units, the rest waits for the next; the card weighs the wait against a rocket', async ({
	page
}) => {
	// The fixture: the seed-9 start with 58 satellites booked on the first window (18 minutes off).
	await openWithSave(page, fixture('e2e/orbit-manifest.json'));
	await page.getByTestId('tab-fleet').tap();
	const room = page.getByTestId('window-room');
	await expect(room).toHaveText('Next window: 58 of 60 units booked.');
	const weigh = page.getByTestId('charter-weigh');
	await expect(weigh).toContainText('Up there it would earn +');
	await expect(weigh).toContainText('Waiting for the windows forgoes ~');

	// Three more: two fill the window, the third waits for the one after (4 hours later).
	const buy = page.getByTestId('buy-sat-node');
	for (let i = 0; i < 3; i++) await buy.tap();
	await expect(room).toContainText(
		/60 of 60 units booked; a purchase now flies at the window in 4h 1\dm/
	);
	await expect(page.getByTestId('cargo')).toContainText(
		/61 × Compute satellite \(the last lands in 4h 1\dm.*the windows before are full\)/
	);
	// The cargo multiplies the two satellites' income: waiting forgoes more than a rocket.
	await expect(page.getByTestId('charter-verdict')).toHaveText('Worth a rocket.');

	await page.getByTestId('charter-now').tap();
	await expect(page.getByTestId('cargo')).toHaveCount(0);
	await expect(page.getByTestId('hw-sat-node')).toContainText('× 63');
	await expect(room).toHaveText('Next window: 0 of 60 units booked.');

	// One more satellite beside 63 adds nothing (the customers are all served): wait for the window.
	await buy.tap();
	await expect(room).toHaveText('Next window: 1 of 60 units booked.');
	await expect(weigh).toContainText('it would add no income now');
	await expect(page.getByTestId('charter-verdict')).toHaveText('Worth waiting.');
});

test('orbit: with nothing up there, the Lab offers no run and says why until a rocket flies', async ({
	page
}) => {
	await openWithSave(page, fixture('e2e/orbit-empty.json'));
	const none = page.getByTestId('run-none');
	await expect(none).toContainText('Nothing to train on: the fleet computes 0 FLOP/s');
	await expect(none).toContainText('1 × Compute satellite');
	await expect(none).toContainText(/launch window in 1[78]m/);
	await expect(page.getByTestId('run-size')).toHaveCount(0);
	await expect(page.getByTestId('start-run')).toHaveCount(0);

	// Chartered now, the satellite computes and the run sizes are back.
	await page.getByTestId('tab-fleet').tap();
	await page.getByTestId('charter-now').tap();
	await expect(page.getByTestId('hw-sat-node')).toContainText('× 1');
	await page.getByTestId('tab-lab').tap();
	await expect(page.getByTestId('run-none')).toHaveCount(0);
	await expect(page.getByTestId('run-size')).toBeVisible();
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
	// The save holds them as one order too: units for a window join its order of their tier.
	await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
	await expect
		.poll(async () => decodeState((await readSave(page))!.state).orders.map((o) => o.count))
		.toEqual([3]);
});

test('orbit: cargo that only the run would use is weighed for the run (playtest 34: "waiting forgoes nothing. Worth waiting.")', async ({
	page
}) => {
	// The seed-9 start training flat out with a long run, 80 satellites waiting on two windows.
	const c = eraContent('orbit');
	const s = newGame(9, 'orbit');
	s.cash = s.cash.mul(1e9);
	s.trainShare = 1;
	expect(
		apply(s, c, { type: 'start-run', size: runSizesOffered(s, c, rates(s, c)).at(-1)!.id }).ok
	).toBe(true);
	expect(apply(s, c, { type: 'buy', hardware: 'sat-node', count: 80 }).ok).toBe(true);
	const trade = launchTrade(s, c)!;
	expect(trade.gain.eq(0)).toBe(true);
	expect(trade.runSooner).toBeGreaterThan(60);
	await holdClock(page);
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-fleet').tap();
	const weigh = page.getByTestId('charter-weigh');
	await expect(weigh).toContainText(
		'Up there it would add no income now (the run takes all of the compute), so waiting forgoes no cash'
	);
	await expect(page.getByTestId('charter-run')).toHaveText(
		`Up now, it ends the run under way ${formatDuration(trade.runSooner)} sooner.`
	);
	await expect(page.getByTestId('charter-verdict')).toHaveText('Worth a rocket only for the run.');
});

/** The seed-9 Orbit start, rich, with `times` its satellites and ten more bought, waiting for
 * the launch window. */
function crowdedOrbit(times: number): GameState {
	const c = eraContent('orbit');
	const s = newGame(9, 'orbit');
	s.cash = s.cash.mul(1e9);
	for (const id of Object.keys(s.hardware)) s.hardware[id] *= times;
	expect(apply(s, c, { type: 'buy', hardware: 'sat-node', count: 10 }).ok).toBe(true);
	return s;
}

test('orbit: cargo that the power cannot run is weighed as such, not as demand met (playtest 43)', async ({
	page
}) => {
	// Playtest 43 read "the lab already sells all it can" beside 3.25 Quad tok/s unmet, its fleet
	// throttled for power. The seed-9 start with four times its satellites: power runs half of them.
	const c = eraContent('orbit');
	const s = crowdedOrbit(4);
	expect(rates(s, c).throttle).toBeLessThan(1);
	const trade = launchTrade(s, c)!;
	expect(trade.gain.eq(0)).toBe(true);
	expect(trade.throttle).toBeLessThan(1);
	await holdClock(page);
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-fleet').tap();
	await expect(page.getByTestId('charter-weigh')).toContainText(
		'Up there it would add no income now (your power runs no more chips: sign power first), so waiting forgoes no cash'
	);
});

test('orbit: with the power that runs the cargo being built, the launch card says when it comes online, not "sign power" (playtest 44)', async ({
	page
}) => {
	// The seed-9 start with eight times its satellites (power runs under a quarter of them), ten
	// more waiting for the window, and the Orbital array signed: on, it runs them all.
	const c = eraContent('orbit');
	const s = crowdedOrbit(8);
	expect(apply(s, c, { type: 'sign', contract: 'orbital-array' }).ok).toBe(true);
	const trade = launchTrade(s, c)!;
	expect(trade.noGain).toBe('power-building');
	const online = `the contract being built comes online in ${formatDuration(trade.powerLands!.in)}`;
	await holdClock(page);
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-fleet').tap();
	const weigh = page.getByTestId('charter-weigh');
	await expect(weigh).toContainText(
		`Up there it would add no income now (your power runs no more chips until ${online}), so waiting forgoes no cash`
	);
	await expect(weigh).not.toContainText('sign power');
	await expect(page.getByTestId('charter-throttle')).toHaveText(
		`On today's power, with all of it up there the fleet runs at ${formatPercent(trade.throttle)} until ${online}.`
	);
	await page.getByTestId('orbit-launch').scrollIntoViewIfNeeded();
	await page.screenshot({ path: test.info().outputPath('orbit-power-building-390.png') });
});

test("orbit: Start does not say nothing on today's power fits the model the contract being built brings in (playtest 44)", async ({
	page
}) => {
	// The same lab with nothing waiting: on the array, its chips hold the Sprint's model.
	const c = eraContent('orbit');
	const s = newGame(9, 'orbit');
	s.cash = s.cash.mul(1e9);
	for (const id of Object.keys(s.hardware)) s.hardware[id] *= 8;
	const array = c.power.get('orbital-array')!;
	expect(apply(s, c, { type: 'sign', contract: array.id }).ok).toBe(true);
	const sprint = c.era.runSizes[0];
	const r = rates(s, c);
	const fit = plannedFit(s, c, r, plannedMemory(s, c, r, sprint))!;
	expect(fit.powerLands).toBe(array.buildTime);
	await holdClock(page);
	await openWithSave(page, recordOf(s));
	await page.getByTestId('run-size').selectOption(sprint.id);
	const when = `until the power being built comes online in ${formatDuration(array.buildTime)}`;
	await expect(page.getByTestId('run-memory')).toContainText(
		`it would serve at ${formatPercent(plannedMemory(s, c, r, sprint).fit)} speed ${when}; your chips then hold it.`
	);
	// The Memory card names the power on its way, not "sign power".
	const bound = page.getByTestId('memory-bound');
	await expect(bound).toContainText(
		`Past the power every chip holds less of it ${when}; or buy memory`
	);
	await expect(bound).not.toContainText('sign power');
	await page.getByTestId('run-memory').scrollIntoViewIfNeeded();
	await page.screenshot({ path: test.info().outputPath('orbit-start-power-390.png') });
	// Start starts it: nothing to ask ("nothing you can buy on today's power fits it" was asked).
	await page.getByTestId('start-run').tap();
	await expect(page.getByTestId('start-ask')).toHaveCount(0);
	await expect(page.getByTestId('stop-run')).toBeVisible();
});
