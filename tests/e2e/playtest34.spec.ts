// Left from playtests 32 and 33, and playtest 34 (the late eras in check-ins): a lab gone broke
// while away with the report naming no cause; the import question's "0 released models"; every
// world event settled by its default while the player was away.
import { expect, test } from '@playwright/test';
import { WORLD_EVENTS, eraContent } from '../../src/lib/content';
import {
	advance,
	cloneState,
	newGame,
	researchCost,
	researchLevel,
	researchMaxQuote
} from '../../src/lib/engine';
import { fixtureState } from '../unit/engine/helpers';
import { openRepeatable } from '../unit/engine/research-labs';
import { decodeState } from '../../src/lib/save/codec';
import { fixture, holdClock, openWithSave, readSave, recordOf, saveNow, writeSave } from './saves';

test('the away report says the cash ran out, and sales against the costs now', async ({ page }) => {
	await openWithSave(page, fixture('e2e/garage.json'));
	await saveNow(page);
	const saved = (await readSave(page))!;
	await writeSave(page, { ...saved, savedAt: saved.savedAt - 3 * 3_600_000 });
	await page.reload();
	const report = page.getByTestId('away-report');
	await expect(report).toBeVisible();
	const line = page.getByTestId('away-cash-out');
	await expect(line).toContainText(/^Cash ran out( \d+ times)? while you were away\./);
	// Saved up since, short of the payroll: not "out of cash" beside cash on hand (playtest 35).
	await expect(line).toContainText(
		'Its payroll is still missed, the cash saving up to pay it: sales '
	);
	await expect(line).toContainText("The Lab's red card says the way back.");
	// Told once, in its line: not again among the headlines.
	await expect(
		report.getByText(/The bank account reads \$0|^Cash ran out: the utility/)
	).toHaveCount(0);
	await page.getByTestId('away-dismiss').tap();
	await expect(page.getByTestId('cash-loss')).toBeVisible();
});

test("the import question names the save's era and the model it serves", async ({ page }) => {
	const text = JSON.stringify(fixture('e2e/hyperscale.json'));
	await openWithSave(page, fixture('e2e/garage.json'));
	await page.getByTestId('open-settings').tap();
	await page.getByTestId('import-text').fill(text);
	await page.getByTestId('import-check').tap();
	const ask = page.locator('#import-confirm-title');
	await expect(ask).toContainText(/It holds a lab in the Hyperscale era serving \S+, with \$/);
	await expect(ask).not.toContainText('0 released');
});

test('events settled by default while away point to the Era tab, whose standing answer is taken as the next one starts', async ({
	page
}) => {
	const c = eraContent('garage');
	const s = newGame(3);
	advance(s, c, 300);
	s.event = null;
	s.nextEventAt = s.tick + 60;
	// The kind the world's stream draws next (found on a copy).
	const probe = cloneState(s);
	advance(probe, c, 61);
	const def = WORLD_EVENTS.find((e) => e.id === probe.event!.id)!;
	const answer = def.options.find((o) => o.id !== def.defaultOption)!;

	// Away for its whole length, unanswered: the report counts it and says where to answer ahead.
	await openWithSave(page, recordOf(newGame(3)));
	await writeSave(page, { ...recordOf(s), savedAt: Date.now() - 3 * 3_600_000 });
	await page.reload();
	const report = page.getByTestId('away-report');
	await expect(report).toContainText(`${def.name}: no answer came`);
	await expect(page.getByTestId('away-event-defaults')).toContainText(
		/settled by the default while you were away: the Era tab's Standing answers answer each kind for you as it comes\./
	);
	await page.getByTestId('away-dismiss').tap();

	// Set on the Era tab, saved with the game.
	await writeSave(page, { ...recordOf(s), savedAt: Date.now() });
	await page.reload();
	await page.getByTestId('tab-era').tap();
	const select = page.getByTestId(`standing-${def.id}`);
	await expect(select).toHaveValue('');
	await select.selectOption(answer.id);
	await saveNow(page);
	const lab = decodeState((await readSave(page))!.state);
	expect(lab.meta.standing).toEqual({ [def.id]: answer.id });

	// Away again while the event comes: answered as it starts, said so, nothing to count.
	await writeSave(page, { ...recordOf(lab), savedAt: Date.now() - 30 * 60_000 });
	await page.reload();
	await expect(report).toContainText(`${def.name}: your standing answer, “${answer.label}”`);
	await expect(page.getByTestId('away-event-defaults')).toHaveCount(0);
	await page.getByTestId('away-dismiss').tap();

	// "Ask me" undoes it.
	await page.getByTestId('tab-era').tap();
	await select.selectOption('');
	await saveNow(page);
	expect(decodeState((await readSave(page))!.state).meta.standing).toEqual({});
});

test('a save from a clock set ahead loads whole, says the clock reads behind, and keeps its time', async ({
	page
}) => {
	await openWithSave(page, fixture('e2e/garage.json'));
	await saveNow(page);
	const saved = (await readSave(page))!;
	const ahead = saved.savedAt + 2 * 3_600_000;
	await writeSave(page, { ...saved, savedAt: ahead });
	await page.reload();
	await expect(page.getByTestId('notice')).toContainText(
		/^Your device's clock reads (1h 59m|2h 00m) earlier than your last save\. Nothing is lost/
	);
	// Said whole, as a warning with its ✕, not one clipped line beside the title (playtest 35).
	await expect(page.getByTestId('notice')).toHaveClass(/error/);
	await expect(page.getByRole('button', { name: 'Dismiss' })).toBeVisible();
	await expect(page.getByTestId('away-report')).toBeHidden();
	await saveNow(page);
	expect((await readSave(page))!.savedAt).toBe(ahead);
});

test('a repeatable project takes every level the insight pays for in one tap', async ({ page }) => {
	const s = fixtureState('edge');
	const { c, id } = openRepeatable(s);
	s.insight = researchCost(s, c, id).mul(5);
	const quote = researchMaxQuote(s, c, id);
	expect(quote.count).toBeGreaterThan(1);
	const level = researchLevel(s, id);
	await holdClock(page);
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-research').tap();
	const max = page.getByTestId(`research-max-${id}`);
	await expect(max).toHaveAttribute('aria-label', new RegExp(`×${quote.count} for`));
	await max.dblclick(); // a double tap takes them once
	await expect(page.getByTestId(`level-${id}`)).toHaveText(`· level ${level + quote.count}`);
	await expect(max).toHaveCount(0);
	// Beside Research, on a late era's long figures, the row keeps within the screen.
	await openWithSave(page, fixture('e2e/late-era.json'));
	await page.getByTestId('tab-research').tap();
	await expect(page.locator('[data-testid^="research-max-"]').first()).toBeVisible();
	const [wide, view] = await page.evaluate(() => [
		document.documentElement.scrollWidth,
		document.documentElement.clientWidth
	]);
	expect(wide).toBeLessThanOrEqual(view);
});

test('the last era says what follows its goal', async ({ page }) => {
	await openWithSave(page, fixture('e2e/dyson.json'));
	await page.getByTestId('tab-era').tap();
	await expect(page.getByTestId('last-era')).toContainText(
		'Past its goal the lab plays on in epochs'
	);
});
