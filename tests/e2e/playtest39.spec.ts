// Left from playtest 38 (the endless epochs of a played lab): epochs paid 1, 2, 3 … Moat beside
// perk levels of 128–250, and a run's luck at Dyson's scale spans many epochs, so the mode read
// "start a day-long run, come back, hope". An epoch now pays a tenth of all the Moat earned, and
// the run card gives each size's odds of taking the next epoch and the size that takes it soonest.
// Orbit's launch card said nothing of the throttle cargo flown up would run at while a power
// contract was still being built.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { eraContent } from '../../src/lib/content';
import {
	apply,
	endlessView,
	epochOdds,
	launchTrade,
	newGame,
	rates,
	runSizesOffered
} from '../../src/lib/engine';
import { formatNumber, formatPercent } from '../../src/lib/format/number';
import { holdClock, openWithSave, quietFixture, recordOf } from './saves';

test.use({ viewport: { width: 390, height: 844 } });

const SHOTS = process.env.FRONTIER_SHOTS;
const shot = async (page: Page, name: string, at?: Locator) => {
	if (!SHOTS) return;
	await at?.scrollIntoViewIfNeeded();
	await page.screenshot({ path: `${SHOTS}/pt39-${name}.png` });
};

test('the endless run card gives the odds of the next epoch, and the Era tab what it pays', async ({
	page
}) => {
	const s = quietFixture('endless-played');
	s.run = null;
	s.gate = null;
	const c = eraContent(s.eraId);
	const r = rates(s, c);
	const offered = runSizesOffered(s, c, r);
	const odds = epochOdds(s, c, r, offered[0])!;
	const soonest = odds.soonest!.size;
	const chance = (z: (typeof offered)[number]) => epochOdds(s, c, r, z)!.chance;
	const slow = offered.find((z) => z.id !== soonest.id && chance(z) > 0.05 && chance(z) < 0.95)!;
	await openWithSave(page, recordOf(s));

	const line = page.getByTestId('run-epoch-odds');
	const picker = page.getByTestId('run-size');
	await picker.selectOption(slow.id);
	await expect(line).toContainText(`Epoch 1 asks ${odds.mark}:`);
	await expect(line).toContainText(
		/\d+% of runs this size take it, ~[^(]+ of them on average \(soonest: /
	);
	await shot(page, 'odds', line);
	// The soonest size picked: the line names no other.
	await picker.selectOption(soonest.id);
	await expect(line).toContainText('of runs this size take it');
	await expect(line).not.toContainText('soonest');

	await page.getByTestId('tab-era').tap();
	const pay = page.getByTestId('epoch-moat');
	await expect(pay).toHaveText(`${formatNumber(endlessView(s, c).nextMoat)} Moat`);
	// A tenth of a played lab's Moat: enough for a perk level, not one Moat.
	expect(endlessView(s, c).nextMoat.toNumber()).toBeGreaterThan(100);
	await shot(page, 'epoch-pay', pay);
});

test("orbit: the launch card says the throttle the cargo would run at on today's power", async ({
	page
}) => {
	const c = eraContent('orbit');
	const s = newGame(9, 'orbit');
	s.cash = s.cash.mul(1e12);
	expect(apply(s, c, { type: 'buy', hardware: 'sat-node', count: 180 }).ok).toBe(true);
	const contract = c.era.power.find((p) => !(p.id in s.power))!;
	expect(apply(s, c, { type: 'sign', contract: contract.id }).ok).toBe(true);
	const trade = launchTrade(s, c)!;
	expect(trade.throttle).toBeLessThan(0.99);
	await holdClock(page);
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-fleet').tap();
	const line = page.getByTestId('charter-throttle');
	await expect(line).toHaveText(
		`On today's power, with all of it up there the fleet runs at ${formatPercent(trade.throttle)} until the contract being built is switched on.`
	);
	await shot(page, 'orbit-throttle', line);
});
