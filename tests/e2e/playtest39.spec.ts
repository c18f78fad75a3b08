// Left from playtest 38 (the endless epochs of a played lab): epochs paid 1, 2, 3 … Moat beside
// perk levels of 128–250, and a run's luck at Dyson's scale spans many epochs, so the mode read
// "start a day-long run, come back, hope". An epoch now pays a tenth of all the Moat earned, and
// the run card gives each size's odds of taking the next epoch and the size that takes it soonest.
// An import said "Your previous game is kept as a backup" and offered no way back to it (the
// played endless lab was lost to an Orbit import). Orbit's launch card said nothing of the throttle cargo flown up would run at while a power
// contract was still being built.
import { expect, test } from '@playwright/test';
import { eraContent } from '../../src/lib/content';
import {
	apply,
	autoBuyNext,
	beamRun,
	endlessView,
	epochOdds,
	keptAllIncome,
	launchTrade,
	netIncome,
	newGame,
	powerSource,
	rates,
	runSizesOffered
} from '../../src/lib/engine';
import { formatNumber, formatPercent } from '../../src/lib/format/number';
import { formatDuration } from '../../src/lib/format/duration';
import { readFileSync } from 'node:fs';
import { decodeState } from '../../src/lib/save/codec';
import { holdClock, openWithSave, quietFixture, readSave, recordOf, saveNow } from './saves';
import { shooter } from './shots';

test.use({ viewport: { width: 390, height: 844 } });

const shot = shooter('pt39');

/** The played endless lab between runs, planning its next: the sizes it is offered. */
function planning() {
	const s = quietFixture('endless-played');
	s.run = null;
	s.gate = null;
	const c = eraContent(s.eraId);
	const r = rates(s, c);
	return { s, c, r, offered: runSizesOffered(s, c, r) };
}

test('the endless run card gives the odds of the next epoch, and the Era tab what it pays', async ({
	page
}) => {
	const { s, c, r, offered } = planning();
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

	// A size whose usual luck barely reaches the mark: a chance under 1 %, not "no run" (playtest
	// 40 read "no run this size reaches it, even with luck" beside "Luck: usually 505–594").
	const slim = offered.find((z) => chance(z) > 0 && chance(z) < 0.005)!;
	await picker.selectOption(slim.id);
	await expect(line).toContainText('under 1% of runs this size take it');
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
	// The contract being built runs more of it, not all: said, with when (playtest 44).
	expect(trade.powerLands!.throttle).toBeLessThan(1);
	await expect(line).toHaveText(
		`On today's power, with all of it up there the fleet runs at ${formatPercent(trade.throttle)}, and ${formatPercent(trade.powerLands!.throttle)} once the contract being built comes online in ${formatDuration(trade.powerLands!.in)}: sign more power (Power, below) for the rest.`
	);
	await shot(page, 'orbit-throttle', line);
});

test('a game kept aside by an import is swapped back from Settings, and the swap undone the same way', async ({
	page
}) => {
	const played = quietFixture('endless-played');
	await openWithSave(page, recordOf(played));
	await page.getByTestId('open-settings').tap();
	// Nothing kept yet.
	await expect(page.getByTestId('kept-games')).toHaveCount(0);
	await page.getByTestId('import-text').fill(readFileSync('tests/fixtures/e2e/orbit.json', 'utf8'));
	await page.getByTestId('import-check').tap();
	await page.getByTestId('import-confirm').tap();
	await saveNow(page);
	expect(decodeState((await readSave(page))!.state).eraId).toBe('orbit');

	await page.getByTestId('open-settings').tap();
	const kept = page.getByTestId('kept-games');
	await expect(kept).toContainText('Kept before your last import: a lab in the Dyson era serving');
	await shot(page, 'kept', kept);
	await page.getByTestId('kept-restore').tap();
	// A double tap on the question's answer swaps once.
	await page.getByTestId('kept-confirm').dblclick();
	await expect(page.getByTestId('tab-lab')).toHaveAttribute('aria-selected', 'true');
	await saveNow(page);
	const back = decodeState((await readSave(page))!.state);
	expect(back.eraId).toBe('dyson');
	expect(back.meta.moatEarned.eq(played.meta.moatEarned)).toBe(true);
	expect(back.dyson.panels).toBe(played.dyson.panels);

	// The Orbit lab is kept in its place: swapped again, it comes back.
	await page.getByTestId('open-settings').tap();
	await expect(kept).toContainText('a lab in the Orbit era');
	await page.getByTestId('kept-restore').tap();
	await page.getByTestId('kept-confirm').tap();
	await saveNow(page);
	expect(decodeState((await readSave(page))!.state).eraId).toBe('orbit');
});

test('in Dyson with every contract online, auto-buy and the hardware cards point to the panels, not a contract', async ({
	page
}) => {
	const s = quietFixture('endless-played');
	s.meta.automation.buy.on = true;
	s.meta.finished = false; // before the last goal (past it, auto-buy orders the panels itself)
	const c = eraContent(s.eraId);
	expect(powerSource(s, c, rates(s, c))).toBe('panel');
	expect(autoBuyNext(s, c, rates(s, c))).toEqual({ lot: null });
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-era').tap();
	await expect(page.getByTestId('auto-buy-next')).toHaveText(
		"Waits: no unit fits the power left. Order panels (the star's card, Fleet) and it buys again."
	);
	await page.getByTestId('tab-fleet').tap();
	await expect(page.locator('[data-testid^="power-warning-"]').first()).toContainText(
		"Order panels first (the star's card)."
	);
	await expect(page.getByText('Sign power first.')).toHaveCount(0);
	await expect(page.getByText('Sign a power contract')).toHaveCount(0);
});

test("Dyson's run card says what keeping the star's watts at the star does to the run", async ({
	page
}) => {
	const { s, c, offered } = planning();
	const size = offered.at(-1)!;
	const run = beamRun(s, c, size)!;
	expect(run.kept).toBeLessThan(run.now / 2);
	await openWithSave(page, recordOf(s));
	await page.getByTestId('run-size').selectOption(size.id);
	const line = page.getByTestId('run-beam');
	// And what the dark chips cost while it trains (playtest 42 kept every watt on this line's word
	// and came back to its customers gone): a fall in income.
	const kept = keptAllIncome(s, c, size)!;
	expect(kept.lt(netIncome(s, c, rates(s, c)))).toBe(true);
	await expect(line).toHaveText(
		new RegExp(
			`^${escape(`With every watt kept at the star (the star's card, Fleet), this run takes ${formatDuration(run.kept)}, not ${formatDuration(run.now)}: the kept watts train it, but the chips then serve nothing: income `)}\\S+/s → \\S+/s while it trains\\.$`
		)
	);
	await shot(page, 'run-beam', line);
	// Every watt kept already: nothing to say.
	s.dyson.beam = 0;
	await openWithSave(page, recordOf(s));
	await expect(page.getByTestId('run-estimate')).toBeVisible();
	await expect(line).toHaveCount(0);
});

/** `text` matched as it is in a RegExp. */
function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
