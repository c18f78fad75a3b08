// Left from playtest 41 (the played endless lab, and Dyson before its goal): the beam re-set by
// hand after each panel landed. The Star steward's Auto-beam sets the star card's suggestion while
// a run trains; a hand on the beam turns it off, and the card says so.
import { expect, test } from '@playwright/test';
import { eraContent, PERKS } from '../../src/lib/content';
import {
	apply,
	beamAdvice,
	nextContract,
	rates,
	runSizesOffered,
	type GameState
} from '../../src/lib/engine';
import { decodeState } from '../../src/lib/save/codec';
import { makeRecord } from '../../src/lib/save/record';
import {
	holdClock,
	openWithSave,
	quietFixture,
	readSave,
	recordOf,
	saveNow,
	writeSave,
	type SaveRecord
} from './saves';
import { shooter } from './shots';

test.use({ viewport: { width: 390, height: 844 } });

const shot = shooter('pt41');
const STEWARD = PERKS.find((p) => p.unlocks === 'beam')!;

/** The played endless lab before its goal, its longest run started, 200 more panels beamed in
 * full, the Star steward owned and its rule on. */
function lab(): GameState {
	const s = quietFixture('endless-played');
	s.meta.finished = false;
	const c = eraContent(s.eraId);
	s.meta.perks[STEWARD.id] = 1;
	s.meta.automation.beam.on = true;
	const longest = runSizesOffered(s, c, rates(s, c)).at(-1)!;
	expect(apply(s, c, { type: 'start-run', size: longest.id }).ok).toBe(true);
	s.dyson.panels += 200;
	s.dyson.beam = 1;
	return s;
}

test('Auto-beam sets the suggested beam as the run trains; moving the beam by hand turns it off', async ({
	page
}) => {
	const s = lab();
	const c = eraContent(s.eraId);
	const advice = beamAdvice(s, c, rates(s, c))!;
	expect(advice.spare).toBe('keep');
	await holdClock(page);
	await openWithSave(page, recordOf(s));
	// The rule on the Era tab.
	await page.getByTestId('tab-era').tap();
	await expect(page.getByTestId('auto-beam')).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByTestId('rule-beam')).toContainText(
		'While a run trains, beams just enough of the star to power every chip'
	);
	await shot(page, 'auto-beam-rule', page.getByTestId('auto-beam'));
	// A second later the rule has acted: the beam is the suggestion, which now rests.
	await page.clock.runFor(2000);
	await page.getByTestId('tab-fleet').tap();
	await expect(page.getByTestId('beam-auto')).toBeVisible();
	await expect(page.getByTestId('beam-fit')).toBeDisabled();
	await saveNow(page);
	let saved = decodeState((await readSave(page))!.state);
	expect(saved.dyson.beam).toBeCloseTo(advice.beam, 9);
	await shot(page, 'auto-beam-card', page.getByTestId('star-beam'));
	await page.emulateMedia({ colorScheme: 'dark' });
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await shot(page, 'auto-beam-card-dark', page.getByTestId('beam-auto'));
	await page.emulateMedia({ colorScheme: 'light' });
	// A hand on the beam: the rule is off and stays off, and the beam stays where it was put.
	await page.getByTestId('beam-more').tap();
	await expect(page.getByTestId('beam-auto')).toHaveCount(0);
	await page.clock.runFor(2000);
	await saveNow(page);
	saved = decodeState((await readSave(page))!.state);
	expect(saved.meta.automation.beam.on).toBe(false);
	expect(saved.dyson.beam).toBeGreaterThan(advice.beam);
});

// Playtest 42 went from epoch 2 to 6 and 30 to 773 Moat in one absence, and the away report said
// neither: it says both, first.
test('past the last goal, the away report says the epochs reached and the Moat they paid', async ({
	page
}) => {
	const s = quietFixture('endless-played');
	for (const kind of ['release', 'run', 'research'] as const) s.meta.automation[kind].on = true;
	s.meta.perks[PERKS.find((p) => p.unlocks === 'research')!.id] = 1;
	const away = makeRecord(s, Date.now() - 2 * 86_400_000, 1) as unknown as SaveRecord;
	await page.goto('/');
	await page.getByTestId('stock-cash').waitFor();
	await writeSave(page, away);
	await page.reload();
	await expect(page.getByTestId('away-report')).toBeVisible();
	await expect(page.getByTestId('away-epochs')).toHaveText(
		/^(An epoch was|\d+ epochs were) reached while you were away \(epoch \d+ now\): \+\S+ Moat to spend on the Era tab\.$/
	);
	await shot(page, 'away-epochs');
});

// Playtest 42 read Auto-sign "On" with every contract signed, auto-buy waiting for power.
test('Auto-sign says when every contract of the era is signed, and not before', async ({
	page
}) => {
	const s = quietFixture('endless-played');
	const c = eraContent(s.eraId);
	s.meta.automation.sign.on = true;
	expect(nextContract(s, c)).toBeNull();
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-era').tap();
	await expect(page.getByTestId('rule-sign-done')).toHaveText(
		'Every power contract of this era is signed: it has nothing left to sign.'
	);
	// A contract left to sign (the rule off, so that it does not sign it at once): nothing said.
	delete s.power[c.era.power.at(-1)!.id];
	s.meta.automation.sign.on = false;
	expect(nextContract(s, c)).not.toBeNull();
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-era').tap();
	await expect(page.getByTestId('rule-threshold')).toBeVisible();
	await expect(page.getByTestId('rule-sign-done')).toHaveCount(0);
});
