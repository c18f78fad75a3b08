// Playtest 23's open findings (a newcomer at 390×844): the Compute tile's training share and
// the away report's compute leave out Mars; the away report named the wrong model; three cards'
// wording (Mars's light-delay cap, the Demand card at the floor; the star's watts research:
// playtest22.spec.ts).
import { expect, test } from '@playwright/test';
import { eraContent } from '../../src/lib/content';
import { apply, labCompute, rates, soldOutHype, type GameState } from '../../src/lib/engine';
import { runModelName } from '../../src/lib/engine/models';
import { formatSI } from '../../src/lib/format/number';
import { makeRecord } from '../../src/lib/save/record';
import { openWithSave, quietFixture, recordOf, writeSave, type SaveRecord } from './saves';

const mm = eraContent('moon-mars');

/** The moon fixture between runs, the slider at 0, with Mars farms giving about three times
 * the Moon's FLOP/s (playtest 23: Mars 78 % of the lab); automation and world events off. */
function moonLab(): GameState {
	const s = quietFixture('moon');
	s.run = null;
	s.trainShare = 0;
	expect(apply(s, mm, { type: 'build-far', on: true }).ok).toBe(true);
	s.moonMars.units['mars-farm'] = 1;
	while (rates(s, mm).far.lt(rates(s, mm).compute.mul(3))) s.moonMars.units['mars-farm'] += 1;
	return s;
}

/** The header's Compute tile's sub-line. */
const computeNote = (page: import('@playwright/test').Page) =>
	page.getByTestId('stock-compute').locator('dd.rate');

test("moon and mars: the Compute tile and the run card say the lab's share that trains (playtest 23)", async ({
	page
}) => {
	await openWithSave(page, recordOf(moonLab()));
	// The biggest size offered: the light delay caps none of Mars's FLOP/s for it.
	const picker = page.getByTestId('run-size');
	await picker.selectOption((await picker.locator('option').last().getAttribute('value'))!);
	// Before the run: the estimate quotes the share that will train, Mars's (not "1%").
	const estimate = page.getByTestId('run-estimate');
	// Not the slider's 0%: said as all the lab's compute (playtest 38).
	await expect(estimate).toContainText(/at \d+% of all compute training/);
	const quoted = Number(
		/at (\d+)% of all compute training/.exec((await estimate.textContent())!)![1]
	);
	expect(quoted).toBeGreaterThan(50);
	await expect(computeNote(page)).toHaveText('0% training');
	await page.getByTestId('start-run').tap();
	// A model the fleet would serve at under half speed is asked about first (playtest 33).
	const ask = page.getByTestId('start-ask');
	await expect(ask.or(page.getByTestId('stop-run'))).toBeVisible();
	if (await ask.count()) await page.getByTestId('start-anyway').tap();
	// Under way at the slider's 0%: the tile says Mars's share of the lab, as the card quoted.
	await expect(computeNote(page)).toHaveText(`${quoted}% training`);
	await page.screenshot({ path: test.info().outputPath('moon-compute-tile-390.png') });
	// The Fleet's light-delay line says whose FLOP it is.
	await page.getByTestId('tab-fleet').tap();
	const cap = page.getByTestId('far-cap');
	await cap.scrollIntoViewIfNeeded();
	await expect(cap).toContainText("the run's FLOP over the delay.");
	await page.screenshot({ path: test.info().outputPath('moon-far-cap-390.png') });
});

test('moon and mars: the away report says the lab’s compute and what the run made (playtest 23)', async ({
	page
}) => {
	// A run about to finish while a better Tharsis waits at the gate: the run's model is set aside.
	const s = moonLab();
	expect(apply(s, mm, { type: 'start-run', size: mm.era.runSizes[0].id }).ok).toBe(true);
	s.run!.progress = s.run!.target.mul(1 - 1e-9);
	s.gate = { ...s.model, name: 'Tharsis-4', capability: 999 };
	const made = runModelName(mm, s.stats.runsFinished + 1);
	const compute = formatSI(labCompute(rates(s, mm)), 'FLOP/s');
	const away = makeRecord(s, Date.now() - 600_000, 1) as unknown as SaveRecord;
	await page.goto('/');
	await page.getByTestId('stock-cash').waitFor();
	await writeSave(page, away);
	await page.reload();
	const report = page.getByTestId('away-report');
	await expect(report).toBeVisible();
	// The header's figure, Mars included (playtest 23 read 145 RFLOP/s here beside 985).
	await expect(page.getByTestId('away-compute')).toHaveText(compute);
	await expect(page.getByTestId('away-runs')).toHaveText(
		`1 training run finished: it made ${made}, set aside: the launch gate kept the better model.`
	);
	await expect(page.getByTestId('away-waiting')).toHaveText(
		'Tharsis-4 (capability 999.0) still waits at the launch gate, as when you left.'
	);
	await page.screenshot({ path: test.info().outputPath('away-report-390.png') });
});

/** The dyson fixture, automation and world events off. */
function dysonLab(): GameState {
	return quietFixture('dyson');
}

test('dyson: at the latency floor the Demand card says no tokens go unmet (playtest 23)', async ({
	page
}) => {
	// Sold out at the floor: demand has fallen to what the lab serves (playtest 23 read "0 tok/s
	// unmet — latency burns hype, then customers").
	const s = dysonLab();
	s.hype = soldOutHype(rates(s, eraContent('dyson')));
	await openWithSave(page, recordOf(s));
	const status = page.getByTestId('demand-status');
	await status.scrollIntoViewIfNeeded();
	await expect(status).toContainText('Demand and capacity are balanced.');
	await expect(status).not.toContainText('unmet');
	// Nor do more customers leave: demand has come down to what the lab serves.
	await expect(page.getByTestId('demand-lost')).toContainText(
		'demand now meets your capacity: more capacity brings them back.'
	);
	await page.screenshot({ path: test.info().outputPath('dyson-demand-390.png') });
});
