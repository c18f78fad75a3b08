// Playtest 44 on Dyson at 390×844: the header's training share beside the Train ↔ Serve slider,
// the star card's figures without units, and the panels' upkeep read as 12 % on the star card
// and 11 % on the Power card.
import { expect, test, type Page } from '@playwright/test';
import { eraContent } from '../../src/lib/content';
import {
	apply,
	labTrainShare,
	rates,
	stationKeeping,
	suggestedRunSize,
	type GameState
} from '../../src/lib/engine';
import { formatPercent } from '../../src/lib/format/number';
import { fixtureState } from '../unit/engine/helpers';
import { holdClock, openWithSave, recordOf } from './saves';

const c = eraContent('dyson');

/** The dyson fixture with `panels` collecting, `statites` clusters and a run training at half
 * the chips, `beam` of the star's watts beamed. Nothing else moves while a test reads it. */
function starLab(panels: number, statites: number, beam: number): GameState {
	const s = fixtureState('dyson');
	s.run = null;
	s.gate = null;
	s.dyson.panels = panels;
	s.hardware.statite = statites;
	for (const rule of Object.values(s.meta.automation)) rule.on = false;
	s.nextEventAt = 1e12;
	expect(apply(s, c, { type: 'start-run', size: suggestedRunSize(s, c, rates(s, c)).id }).ok).toBe(
		true
	);
	expect(apply(s, c, { type: 'train-share', share: 0.5 }).ok).toBe(true);
	expect(apply(s, c, { type: 'beam', share: beam }).ok).toBe(true);
	return s;
}

async function open(page: Page, s: GameState) {
	await holdClock(page);
	await openWithSave(page, recordOf(s));
}

test("dyson: the header's training share is said under the slider, the star's kept watts with it", async ({
	page
}) => {
	const s = starLab(20, 80, 0.5);
	const r = rates(s, c);
	expect(r.throttle).toBe(1);
	const share = formatPercent(labTrainShare(r));
	expect(share).not.toBe('50%');
	await open(page, s);
	// The header counts the kept watts training the run: "86% training" over "Train 50%".
	await expect(page.getByTestId('stock-compute').locator('.rate')).toHaveText(`${share} training`);
	const card = page.locator('section[aria-labelledby="ts-title"]');
	await expect(card.locator('.split')).toContainText('Train 50%');
	// Under the slider's words, the same figure and what it counts.
	await expect(page.getByTestId('lab-train-share')).toHaveText(
		`${share} of all compute trains: 50% of your chips' compute (the slider) and every watt kept at the star.`
	);
	await card.scrollIntoViewIfNeeded();
	await page.screenshot({ path: test.info().outputPath('dyson-lab-share-390.png') });
	// Every watt beamed: nothing trains at the star, the line goes and the header reads the slider.
	s.dyson.beam = 1;
	await open(page, s);
	await expect(page.getByTestId('stock-compute').locator('.rate')).toHaveText('50% training');
	await expect(page.getByTestId('lab-train-share')).toHaveCount(0);
});

/** The figures of `text` with their units taken out: money ("$1.76e314", "+$1.72e312/s"),
 * watts and FLOP/s ("40 PW", "54.8K QFLOP/s"), shares ("11.5%"), durations ("10m 00s"), panels
 * ("4 more panels") and multiples of a speed or of a price ("3.24× as fast", "17.1× the next
 * one's"). What is left holds no figure. */
function unitless(text: string): string[] {
	return text
		.replace(/[ \t\n]+/g, ' ')
		.replace(/[+−-]?\$[\d.,]+(?:e\d+)?(?:[KMBT]|\u202f[A-Z][a-z]+)?(?:\/s)?/g, '')
		.replace(/[\d.,]+(?:e\d+)?(?:[KMBT]|\u202f[A-Z][a-z]+)?\s[kMGTPEZYRQ]?(?:W|FLOP\/s)/g, '')
		.replace(/[<>]?[\d.]+%/g, '')
		.replace(/\d+[dhms](?: \d+[dhms])*\b/g, '')
		.replace(/\d+ (?:more )?panels?\b/g, '')
		.replace(/[\d.,]+× (?:as fast|the next one's)/g, '')
		.split(/(?<=[.:;])\s/)
		.filter((part) => /\d/.test(part));
}

test('dyson: every figure on the star card has its unit', async ({ page }) => {
	// Panels on order, the ring beside them, watts spare and kept: every line of the card shows.
	const s = starLab(20, 150, 0.7);
	s.cash = s.cash.mul(1e3);
	expect(apply(s, c, { type: 'panel' }).ok).toBe(true);
	await open(page, s);
	await page.getByTestId('tab-fleet').tap();
	const card = page.getByTestId('dyson-panels');
	for (const fold of await card.locator('details summary').all()) await fold.tap();
	for (const id of ['panel-vs-ring', 'panels-ten', 'panels-building', 'beam-line', 'beam-trade'])
		await expect(card.getByTestId(id)).toBeVisible();
	expect(unitless((await card.innerText())!)).toEqual([]);
	await page.getByTestId('panels-ten').scrollIntoViewIfNeeded();
	await page.screenshot({ path: test.info().outputPath('dyson-star-units-390.png') });
	await page.getByTestId('beam-lead').scrollIntoViewIfNeeded();
	await page.screenshot({ path: test.info().outputPath('dyson-beam-units-390.png') });
});

test("dyson: the panels' upkeep reads one figure on the star card and the Power card, its rate beside it", async ({
	page
}) => {
	const s = starLab(20, 150, 0.7);
	const keeping = stationKeeping(s, c, rates(s, c))!;
	expect(keeping.carried).toBeGreaterThan(0);
	const [rate, carried, share] = [keeping.rate, keeping.carried, keeping.share].map((x) =>
		formatPercent(x)
	);
	// Playtest 44 read 12 % on one card, 11 % on the other: two figures, each named.
	expect(share).not.toBe(rate);
	await open(page, s);
	await page.getByTestId('tab-fleet').tap();
	const rules = page.getByTestId('star-rules');
	await rules.locator('summary').tap();
	await expect(rules).toContainText(
		`keeping it on station costs ${rate} of what its watts earn; carrying ${carried} of your chips' draw, the panels cost ${share} of all you sell (the Power card's figure).`
	);
	await page.screenshot({ path: test.info().outputPath('dyson-upkeep-star-390.png') });
	const bill = page.getByTestId('source-bill');
	await expect(bill).toContainText(
		`the panels' station-keeping: ${share} of what you sell (${rate} of what their watts earn, for the ${carried} of your chips' draw they carry), $`
	);
	await bill.scrollIntoViewIfNeeded();
	await page.screenshot({ path: test.info().outputPath('dyson-upkeep-power-390.png') });
});
