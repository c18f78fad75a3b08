// Playtests 27–28 at 390×844: a new game's run card in one glance, its explanations folded; the
// Moon's sites card and the power warning above it speak of one fleet; and Mars's light delay
// said before a buy it holds back.
import { expect, test } from '@playwright/test';
import { eraContent } from '../../src/lib/content';
import {
	apply,
	capabilityBand,
	farCapBuy,
	newGame,
	rates,
	suggestedRunSize,
	throttleAfter
} from '../../src/lib/engine';
import { formatPercent, formatSI } from '../../src/lib/format/number';
import { fixtureState } from '../unit/engine/helpers';
import { holdClock, openWithSave, recordOf } from './saves';

test.use({ viewport: { width: 390, height: 844 } });

test("a new game's run card leads with Start and its estimate; the rest opens on a button", async ({
	page
}) => {
	const s = newGame(1);
	const c = eraContent(s.eraId);
	const r = rates(s, c);
	const band = capabilityBand(s, c, r, suggestedRunSize(s, c, r));
	await openWithSave(page, recordOf(s));
	await expect(page.getByTestId('start-run')).toBeInViewport();
	await expect(page.getByTestId('run-estimate')).toBeInViewport();
	await expect(page.getByTestId('run-estimate')).toContainText(
		`About capability ${band.expected.toFixed(0)} ·`
	);
	// Folded: what the sizes mean, the luck band, the era goal, the calm memory note.
	const toggle = page.getByTestId('run-details-toggle');
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	for (const id of ['run-size-meaning', 'run-band', 'goal-forecast', 'run-memory'])
		await expect(page.getByTestId(id)).toBeHidden();
	// A real button, reached from the keyboard.
	await toggle.focus();
	await page.keyboard.press('Enter');
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	await expect(page.getByTestId('run-details')).toBeVisible();
	await expect(page.getByTestId('run-band')).toContainText(
		`Luck: usually ${Math.floor(band.low)}–${Math.ceil(band.high)}`
	);
	await expect(page.getByTestId('run-memory')).toBeVisible();
	// Kept open across a tab switch; folded again on a second press.
	await page.getByTestId('tab-fleet').tap();
	await page.getByTestId('tab-lab').tap();
	await expect(page.getByTestId('run-band')).toBeVisible();
	await toggle.press('Space');
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await expect(page.getByTestId('run-band')).toBeHidden();
});

test("the Moon's sites card gives the power warning's throttle, the orders on the way counted", async ({
	page
}) => {
	await holdClock(page);
	const s = fixtureState('moon');
	const c = eraContent(s.eraId);
	s.cash = s.cash.mul(1e6);
	const slow = [...c.hardware.values()].find((h) => h.leadTime > 0)!;
	expect(apply(s, c, { type: 'buy', hardware: slow.id, count: 1 }).ok).toBe(true);
	const r = rates(s, c);
	expect(r.throttle).toBe(1);
	const throttle = formatPercent(throttleAfter(s, c, r, 'lunar-fab', 1));
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-fleet').tap();
	await expect(page.getByTestId('power-warning-lunar-fab')).toContainText(
		`the fleet runs at ${throttle} power`
	);
	await expect(page.getByTestId('site-gains-lunar-fab')).toContainText(
		`On the Moon (with the 1 unit on the way, the fleet throttled to ${throttle}):`
	);
});

test('a Mars unit the light delay holds back says so before the buy, with the cheaper unit that adds as much', async ({
	page
}) => {
	await holdClock(page);
	const s = fixtureState('moon');
	const c = eraContent(s.eraId);
	s.cash = s.cash.mul(1e9);
	apply(s, c, { type: 'build-far', on: true });
	apply(s, c, { type: 'buy', hardware: 'lunar-fab', count: 1 });
	const r = rates(s, c);
	const dear = [...c.hardware.values()].find((h) => farCapBuy(s, c, r, h.id, 1)?.same)!;
	const cap = farCapBuy(s, c, r, dear.id, 1)!;
	const same = c.hardware.get(cap.same!.hardwareId)!;
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-fleet').tap();
	const note = page.getByTestId(`far-cap-buy-${dear.id}`);
	await expect(note).toContainText(
		`Mars's light delay caps what far sites add to this run: it takes ${formatSI(cap.room, 'FLOP/s')} more from Mars, and this brings ${formatSI(cap.brings, 'FLOP/s')}.`
	);
	await expect(note).toContainText(
		new RegExp(`It adds the run the same as one ${same.name}:\\s+\\$\\S+\\s+against \\$\\S+\\.`)
	);
	await note.scrollIntoViewIfNeeded();
	await page.screenshot({ path: test.info().outputPath('far-cap-buy-390.png') });
	// The card the run takes whole says nothing of the kind.
	await expect(page.getByTestId('far-cap-buy-lunar-fab')).toHaveCount(0);
});
