// Playtest 23 bought ten Stellar lifts in Dyson and the income fell 84 %: their chips drew the
// beamed watts Earth's grid had been buying, and the card said nothing. Each hardware card now
// says before the tap what the buy draws of them and what it does to the income
// (engine/beam-buy.ts).
import { expect, test, type Page } from '@playwright/test';
import { readRecord } from '../../src/lib/save/record';
import { fixture, openWithSave, recordOf } from './saves';
import { ascii } from './numbers';

/** The dyson fixture between runs (every watt beamed) with 20 panels and 100 statites: Earth buys
 * half the beam. Cash for any buy; no automation buying, no world event. */
function beamingLab() {
	const s = readRecord(fixture('e2e/dyson.json')).state;
	s.dyson.panels = 20;
	s.hardware.statite = 100;
	s.cash = s.cash.mul(1e6);
	s.meta.automation.buy.on = false;
	s.nextEventAt = 1e12;
	return recordOf(s);
}

/** A money rate as the screen writes it ("+5.28e312/s"), as its log10. */
function log10Of(text: string): number {
	const m = /([+-]?)\$?([\d.]+)(?:e\+?(\d+))?/.exec(ascii(text))!;
	return Math.log10(Number(m[2])) + Number(m[3] ?? 0);
}

const cashRate = async (page: Page) =>
	log10Of((await page.getByTestId('stock-cash-rate').textContent())!);

test('dyson: a buy whose chips draw the watts Earth buys says so, and what it does to the income (playtest 23)', async ({
	page
}) => {
	await openWithSave(page, beamingLab());
	await page.getByTestId('tab-fleet').tap();
	await page.getByRole('group', { name: 'Amount to buy' }).getByText('×10', { exact: true }).tap();
	// Ten Stellar lifts: every watt Earth bought, and most of the income.
	const lifts = page.getByTestId('beam-buy-stellar-lift');
	await lifts.scrollIntoViewIfNeeded();
	// Past the power too: the power warning says the income from and to, the line its cause.
	await expect(page.getByTestId('power-warning-stellar-lift')).toContainText('lower income from');
	// One fall, told once: the beam line names its cause, not a second fall.
	await expect(lifts).toContainText(
		/^That fall counts the beamed watts Earth was buying: these chips would draw all [\d.]+\sPW of them\.$/
	);
	const warning = await page.getByTestId('power-warning-stellar-lift').innerText();
	const [, warnFrom, warnTo] = /income from (\S+) to (\S+)/.exec(warning)!;
	expect(log10Of(warnFrom) - log10Of(warnTo)).toBeGreaterThan(Math.log10(2));
	await expect(lifts).toHaveClass(/warn/);
	await page.screenshot({ path: test.info().outputPath('beam-buy-390.png') });
	// Ten swarm tiles land at once: the header's income after the tap is the one the card said.
	const tiles = page.getByTestId('beam-buy-swarm-tile');
	await tiles.scrollIntoViewIfNeeded();
	const [, from, to] = /\(from (\S+) to (\S+)\)/.exec(await tiles.innerText())!;
	const before = await cashRate(page);
	expect(before).toBeCloseTo(log10Of(from), 2);
	await page.getByTestId('buy-swarm-tile').tap();
	await expect.poll(() => cashRate(page)).toBeLessThan(before);
	expect(await cashRate(page)).toBeCloseTo(log10Of(to), 2);
});
