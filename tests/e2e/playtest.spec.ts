// The newcomer playtest's leftovers on the screens (issues #16, #17): each test reads what the
// player could not see or do, in the state where they met it.
import { expect, test } from '@playwright/test';
import { eraContent } from '../../src/lib/content';
import { money, newGame, plannedMemory, rates, runSizesOffered } from '../../src/lib/engine';
import { decodeState } from '../../src/lib/save/codec';
import { fixture, openWithSave, openGame as start, recordOf } from './saves';

test('Max on the Fleet stops at what the power runs, and says so before the tap', async ({
	page
}) => {
	const s = newGame(1);
	s.cash = money(eraContent('garage'), 1e6);
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-fleet').tap();
	await page.getByRole('group', { name: 'Amount to buy' }).getByText('Max').tap();
	const stop = page.getByTestId('max-stop-gaming-gpu');
	await expect(stop).toContainText('Max stops at');
	await expect(stop).toContainText('sit unpowered');
	const buy = page.getByTestId('buy-gaming-gpu');
	await expect(buy).toHaveAttribute('aria-describedby', 'max-stop-gaming-gpu');
	const n = Number(/Max stops at (\d+)/.exec((await stop.textContent()) ?? '')?.[1]);
	expect(n).toBeGreaterThan(0);
	await expect(buy).toContainText(`×${n}`);
	await buy.tap();
	await expect(page.getByTestId('hw-gaming-gpu').getByTestId('hw-count')).toHaveText(`× ${n + 1}`);
	// Every card bought runs: the fleet is not throttled.
	await expect(page.getByTestId('throttle-warning')).toHaveCount(0);
	// Now the spare power runs no more: Max says plainly that none of what it buys would run.
	await expect(page.getByTestId('power-warning-gaming-gpu')).toContainText(
		'Your spare power runs none of these'
	);
});

test('a hint belongs to its screen: it does not follow the player to every tab', async ({
	page
}) => {
	await start(page);
	const hint = page.getByTestId('hint');
	await expect(hint).toHaveAttribute('data-hint', 'run');
	await page.getByTestId('tab-research').tap();
	await expect(page.locator('[data-screen="research"]')).toBeVisible();
	await expect(hint).toHaveCount(0);
	await page.getByTestId('tab-fleet').tap();
	await expect(page.locator('[data-screen="fleet"]')).toBeVisible();
	await expect(hint).toHaveCount(0);
	await page.getByTestId('tab-lab').tap();
	await expect(hint).toHaveAttribute('data-hint', 'run');
});

test('the Train/Serve split moves 1% at a time: buttons, arrow keys and the slider', async ({
	page
}) => {
	await start(page);
	const slider = page.getByTestId('train-share');
	await expect(slider).toHaveValue('50');
	await page.getByTestId('train-more').tap();
	await expect(slider).toHaveValue('51');
	await page.getByTestId('train-less').tap();
	await page.getByTestId('train-less').tap();
	await expect(slider).toHaveValue('49');
	await slider.focus();
	await page.keyboard.press('ArrowRight');
	await expect(slider).toHaveValue('50');
	await slider.fill('73');
	await expect(slider).toHaveValue('73');
	await expect(slider).toHaveAttribute('aria-valuetext', /73% training/);
});

test('the run planner shows the model footprint against the fleet memory, and the luck band', async ({
	page
}) => {
	// A Garage lab between runs: the smaller runs offered fit its memory, the bigger do not.
	const lab = decodeState(fixture('e2e/garage.json').state);
	lab.run = null;
	const c = eraContent(lab.eraId);
	const r = rates(lab, c);
	const offered = runSizesOffered(lab, c, r);
	const small = offered.find((z) => plannedMemory(lab, c, r, z).fit === 1);
	const big = offered.find((z) => plannedMemory(lab, c, r, z).fit < 1);
	expect(small && big).toBeDefined();
	await openWithSave(page, recordOf(lab));
	const line = page.getByTestId('run-memory');
	await page.getByTestId('run-size').selectOption(small!.id);
	await expect(line).toContainText(/Needs\s[\s\S]*B of memory, the fleet has [\s\S]*B/);
	await expect(line).toContainText('it fits');
	await page.getByTestId('run-size').selectOption(big!.id);
	await expect(line).toContainText('would serve at');
	await expect(line).toContainText('unless you add memory first');
	await expect(page.getByTestId('run-band')).toContainText(/Luck: usually \d+–\d+/);
	await expect(page.getByTestId('run-band')).toContainText(/1 run in 7 disappoints \(\d+–\d+\)/);
});

test('the Edge swarm quote says what the next block adds to sales, not only to the bill', async ({
	page
}) => {
	await openWithSave(page, fixture('e2e/edge.json'));
	await page.getByTestId('tab-fleet').tap();
	const sales = page.getByTestId('recruit-sales');
	await expect(sales).toContainText(/adds [\d.]+\S*\s*tok\/s to sales, \$[\d.]+/);
	await page.getByTestId('recruit').tap();
	await expect(page.getByTestId('swarm-blocks')).toHaveText('1 block');
	await expect(sales).toContainText('adds no sales');
});

test('the run size a player chose is still chosen after a visit to another tab', async ({
	page
}) => {
	await start(page);
	const size = page.getByTestId('run-size');
	const values = await size
		.locator('option')
		.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
	expect(values.length).toBeGreaterThan(1);
	const bigger = values[values.length - 1];
	expect(await size.inputValue()).not.toBe(bigger);
	await size.selectOption(bigger);
	await page.getByTestId('tab-fleet').tap();
	await page.getByTestId('tab-lab').tap();
	await expect(page.getByTestId('run-size')).toHaveValue(bigger);
});
