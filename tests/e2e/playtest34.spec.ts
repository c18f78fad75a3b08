// Left from playtests 32 and 33, and playtest 34 (the late eras in check-ins): a lab gone broke
// while away with the report naming no cause; the import question's "0 released models"; every
// world event settled by its default while the player was away.
import { expect, test } from '@playwright/test';
import { WORLD_EVENTS, eraContent } from '../../src/lib/content';
import { advance, cloneState, newGame, startEvent } from '../../src/lib/engine';
import { decodeState } from '../../src/lib/save/codec';
import { fixture, openWithSave, readSave, recordOf, saveNow, writeSave } from './saves';

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
	await expect(line).toContainText('It is still out of cash: sales ');
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

test('an answer given "every time" is taken as the next event of its kind starts, and the Era tab undoes it', async ({
	page
}) => {
	const c = eraContent('garage');
	const s = newGame(3);
	s.nextEventAt = 1e9;
	advance(s, c, 300);
	startEvent(
		s,
		WORLD_EVENTS.find((e) => e.id === 'viral-moment')!
	);
	await openWithSave(page, recordOf(s));
	await page.getByTestId('event-every').check();
	await page.getByTestId('event-choice-ride').tap();
	await expect(page.getByTestId('event-answer')).toContainText('You answered: Serve the crowd.');
	await saveNow(page);
	expect(decodeState((await readSave(page))!.state).meta.standing).toEqual({
		'viral-moment': 'ride'
	});

	// Away while the next event comes (whichever kind the world's stream draws: given a standing
	// answer too): it is answered as it starts, and the report says so.
	const lab = decodeState((await readSave(page))!.state);
	lab.event = null;
	lab.nextEventAt = lab.tick + 60;
	const probe = cloneState(lab);
	advance(probe, c, 61);
	const def = WORLD_EVENTS.find((e) => e.id === probe.event!.id)!;
	const answer = def.options.find((o) => o.id !== def.defaultOption)!;
	lab.meta.standing[def.id] = answer.id;
	await writeSave(page, { ...recordOf(lab), savedAt: Date.now() - 30 * 60_000 });
	await page.reload();
	await expect(page.getByTestId('away-report')).toContainText(
		`${def.name}: your standing answer, “${answer.label}”`
	);
	await page.getByTestId('away-dismiss').tap();

	await page.getByTestId('tab-era').tap();
	const row = page.getByTestId('standing-viral-moment');
	await expect(row).toContainText('Viral moment: Serve the crowd');
	await row.getByRole('button', { name: 'Ask me again: Viral moment' }).tap();
	await expect(page.getByTestId('standing-answers')).toHaveCount(0);
	await saveNow(page);
	const left = decodeState((await readSave(page))!.state).meta.standing;
	expect('viral-moment' in left).toBe(false);
});
