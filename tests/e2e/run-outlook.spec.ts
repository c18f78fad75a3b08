// The run card's outlook (playtest 20): how far the era goal is from the next run, and why the
// size is suggested with what a shorter run gives. Each line is the engine's, and what the card
// then shows of the shorter size is what the line said.
import { expect, test } from '@playwright/test';
import { eraContent } from '../../src/lib/content';
import {
	advance,
	apply,
	capabilityBand,
	expectedRunTime,
	goalForecast,
	rates,
	runSuggestion,
	suggestedRunSize,
	type GameState
} from '../../src/lib/engine';
import { formatAbout, formatDuration } from '../../src/lib/format/duration';
import { runSizeName } from '../../src/lib/ui/lab/run-size-name';
import { fixtureState } from '../unit/engine/helpers';
import { holdClock, openRunDetails, openWithSave, recordOf } from './saves';

test.beforeEach(async ({ page }) => {
	// The clock held still: the lab the test reads is the one on screen.
	await holdClock(page);
});

test("dyson: the run card says what the next run makes against the era's goal, and what closes the gap", async ({
	page
}) => {
	const s = fixtureState('dyson');
	const c = eraContent('dyson');
	const r = rates(s, c);
	const f = goalForecast(s, c, r, suggestedRunSize(s, c, r))!;
	expect(f.far!.offered).toBe(false);
	await openWithSave(page, recordOf(s));
	await openRunDetails(page);
	const line = page.getByTestId('goal-forecast');
	await expect(line).toHaveText(
		`The goal needs ${f.need}; this run makes about ${f.next.toFixed(0)}, ${f.short.toFixed(0)} short. Not within a day with the fleet as it is: even the biggest run that trains within a month (${runSizeName(f.far!.size)}, past the sizes on offer, ${formatAbout(f.far!.time)} at this compute) makes about ${f.far!.expected.toFixed(0)}; research and more chips must close the rest. Each +10 takes ten times the training FLOP (a faster fleet or a longer run) or ten times the capability per FLOP (Research). With researchers at work (Research), each capability per FLOP project adds to the next run.`
	);
	// The estimate above it is the same run's.
	await expect(page.getByTestId('run-estimate')).toContainText(
		`About capability ${f.next.toFixed(0)} ·`
	);
	await line.scrollIntoViewIfNeeded();
	await page.screenshot({ path: test.info().outputPath('goal-forecast-390.png') });
	// The Era tab's goal says it too, of the next run the Lab plans.
	await page.getByTestId('tab-era').tap();
	const era = page.getByTestId('era-goal-forecast');
	await expect(era).toContainText(
		`The goal needs ${f.need}; the next Sprint run makes about ${f.next.toFixed(0)}, ${f.short.toFixed(0)} short.`
	);
	// In a run the Lab's card keeps the Train ↔ Serve slider in the first screen: the Era tab
	// says the forecast, of the next run at the size under way.
	await page.getByTestId('tab-lab').tap();
	await page.getByTestId('start-run').tap();
	await expect(page.getByTestId('run-eta')).toBeVisible();
	await expect(line).toHaveCount(0);
	await page.getByTestId('tab-era').tap();
	await expect(era).toContainText(`the next Sprint run makes about ${f.next.toFixed(0)},`);
	await era.scrollIntoViewIfNeeded();
	await page.screenshot({ path: test.info().outputPath('era-goal-forecast-390.png') });
});

test('dyson: the goal forecast says what research at this pace buys for the next run (playtest 22)', async ({
	page
}) => {
	// Playtest 22 read "each +10 takes ten times the FLOP" as the goal out of reach.
	const s = fixtureState('dyson');
	const c = eraContent('dyson');
	s.researchers = 20;
	const r = rates(s, c);
	const f = goalForecast(s, c, r, suggestedRunSize(s, c, r))!;
	expect(f.research.hour).toBeGreaterThan(10);
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-era').tap();
	const era = page.getByTestId('era-goal-forecast');
	await expect(era).toContainText(
		`Within the hour, research at this pace buys about +${f.research.hour.toFixed(1)} for the next run (capability per FLOP, the cheapest projects first).`
	);
	await era.scrollIntoViewIfNeeded();
	await page.screenshot({ path: test.info().outputPath('era-goal-research-390.png') });
});

/** The Garage fixture after a run one size up, trained at the usual luck and released: the
 * suggestion is the size above it, √10 times as long. */
function afterRelease(): GameState {
	const s = fixtureState('garage');
	const c = eraContent('garage');
	s.run = null;
	s.gate = null;
	s.nextEventAt = 1e12;
	s.meta.automation.run.on = false;
	for (const rival of s.rivals) rival.nextReleaseAt = 1e12;
	const size = suggestedRunSize(s, c, rates(s, c));
	expect(apply(s, c, { type: 'start-run', size: size.id }).ok).toBe(true);
	s.run!.outcome = 1;
	advance(s, c, Math.ceil(expectedRunTime(s, c, rates(s, c), size)) + 60);
	expect(apply(s, c, { type: 'release' }).ok).toBe(true);
	return s;
}

test('after a release, the suggested size says why, and what a shorter run makes (playtest 20)', async ({
	page
}) => {
	const s = afterRelease();
	const c = eraContent('garage');
	const r = rates(s, c);
	const w = runSuggestion(s, c, r)!;
	expect(w.why).toBe('beats');
	await openWithSave(page, recordOf(s));
	const picker = page.getByTestId('run-size');
	await expect(picker).toHaveValue(w.size.id);
	await openRunDetails(page);
	const line = page.getByTestId('run-suggested');
	const model = `${s.model.name} (${s.model.capability.toFixed(1)})`;
	await expect(line).toHaveText(
		new RegExp(
			`^Suggested as the shortest run expected to beat ${model.replace(/[().]/g, '\\$&')}\\. ${w.shorter.size.name} \\(${formatDuration(w.shorter.time)}\\) makes about [\\d.]+: it beats ${s.model.name} only with luck\\.$`
		)
	);
	await line.scrollIntoViewIfNeeded();
	await page.screenshot({ path: test.info().outputPath('run-suggested-390.png') });
	// Picked, the shorter size is what the line said: its time and its estimate.
	await picker.selectOption(w.shorter.size.id);
	const expected = capabilityBand(s, c, r, w.shorter.size).expected;
	await expect(page.getByTestId('run-estimate')).toContainText(
		`About capability ${expected.toFixed(0)} · ${formatDuration(w.shorter.time)} at`
	);
	// The player's own pick needs no reason.
	await expect(line).toHaveCount(0);
});
