// The run-size picker on a phone: each size's name fits the closed select (playtest 4 read
// "Everything ×300 · 3.16e30…" cut off at 390 px, and "Everything ×3.00e8" as a name). The size
// in FLOP has its own line below, in the same metric prefixes as the FLOP/s beside it.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { eraContent } from '../../src/lib/content';
import { capabilityBand, rates, runSizesOffered } from '../../src/lib/engine';
import { fixtureState } from '../unit/engine/helpers';
import { openGame, openRunDetails, openWithSave, recordOf } from './saves';

for (const viewport of [
	{ width: 390, height: 844 },
	{ width: 360, height: 640 }
]) {
	test(`run sizes fit the picker at ${viewport.width} px`, async ({ page }) => {
		await page.setViewportSize(viewport);
		const lab = fixtureState('late-era');
		lab.run = null;
		await openWithSave(page, recordOf(lab));
		const picker = page.getByTestId('run-size');
		await expect(picker.locator('option', { hasText: 'Everything ×' }).first()).toBeAttached();
		const cut = await picker.evaluate((select: HTMLSelectElement) => {
			const style = getComputedStyle(select);
			const ctx = document.createElement('canvas').getContext('2d')!;
			ctx.font = style.font;
			// The text's room: the box less its padding and the arrow (about 24 px).
			const room =
				select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 24;
			return [...select.options]
				.map((o) => ({ text: o.text, width: Math.ceil(ctx.measureText(o.text).width), room }))
				.filter((o) => o.width > o.room);
		});
		expect(cut).toEqual([]);
		// No multiple written as "×3.00e8": its one digit is exact.
		for (const text of await picker.locator('option').allTextContents())
			expect(text).not.toMatch(/×\d\.\d+e/);
		// What the sizes mean, in one line (playtest 7: "Everything ×1e2 … ×1e11" unexplained),
		// in the run card's fold (playtest 27).
		await openRunDetails(page);
		const meaning = page.getByTestId('run-size-meaning');
		await expect(meaning).toHaveText(
			/^This run trains \S+× what trained \S+(; the next size, [^,]+, adds \+\d+ capability on average, for \S+× the time)?\.$/
		);
		// The next size it names is one the picker offers (playtest 33 read "the next size,
		// Frontier", a size not offered yet); past the last one offered, none is named.
		const next = /the next size, ([^,]+),/.exec((await meaning.textContent()) ?? '')?.[1];
		const options = await picker.locator('option').allTextContents();
		const chosen = await picker.evaluate((el: HTMLSelectElement) => el.selectedIndex);
		if (next) expect(options[chosen + 1]).toContain(next);
		else expect(chosen).toBe(options.length - 1);
		// The size on its own: the estimate's last figure, past Q a count of Q's in the screen's
		// notation ('1\u202fQuint QFLOP', as every FLOP figure: format.ts unitNotation).
		await expect(page.getByTestId('run-estimate')).toContainText(
			/ · [\d.]+(e\d+|\u202f?[A-Z][a-z]{0,5})?\s[kMGTPEZYRQ]?FLOP$/
		);
	});
}

// Playtest 4: "80T / 31.6Quad FLOP" beside "82.5 TFLOP/s to the run": the run's FLOP take the
// metric prefixes of the FLOP/s, so the time left can be done in one's head.
test('a run counts its FLOP in the metric prefixes of the FLOP/s that train it', async ({
	page
}) => {
	await openGame(page);
	await expect(page.getByTestId('run-estimate')).toContainText(/ · [\d.]+\s[kMGTPEZYRQ]?FLOP$/);
	await page.getByTestId('start-run').tap();
	await expect(page.getByTestId('run-eta')).toHaveText(
		/^[\d.]+\s[kMGTPEZYRQ]?FLOP \/ [\d.]+\s[kMGTPEZYRQ]?FLOP · .* left$/
	);
});

// Playtest 6: the size picked in one save was carried into the next imported one ("Everything
// ×3e13 is no longer offered" on an Orbit save, then "×30T" on a Hyperscale one). The pick
// belongs to the lab it was made in.
test('the run size picked in one lab is not carried into an imported one', async ({ page }) => {
	const lab = fixtureState('late-era');
	lab.run = null;
	await openWithSave(page, recordOf(lab));
	const picker = page.getByTestId('run-size');
	const biggest = await picker.locator('option').last().getAttribute('value');
	await picker.selectOption(biggest!);
	await expect(picker).toHaveValue(biggest!);
	await page.getByTestId('open-settings').tap();
	await page.getByTestId('import-text').fill(readFileSync('tests/fixtures/e2e/orbit.json', 'utf8'));
	await page.getByTestId('import-check').tap();
	await page.getByTestId('import-confirm').tap();
	await expect(page.locator('[data-screen="lab"]')).toBeVisible();
	await expect(picker).toBeVisible();
	await expect(page.getByTestId('run-size-dropped')).toHaveCount(0);
});

// Playtest 8 (#13): Dyson offered "Large: about 220" while the lab served 223.9, with no word;
// the run was made and discarded. A size no better on average says so under the picker.
test('a size no better than the served model says so under the picker', async ({ page }) => {
	const lab = fixtureState('late-era');
	lab.run = null;
	// No model waiting at the gate: one better than every size says so in its own line.
	lab.gate = null;
	const c = eraContent(lab.eraId);
	const r = rates(lab, c);
	const offered = runSizesOffered(lab, c, r);
	const expected = offered.map((z) => capabilityBand(lab, c, r, z).expected);
	// Served between the smallest size's estimate and the biggest's: some beat it, some not.
	lab.model.capability = (expected[0] + expected.at(-1)!) / 2;
	await openWithSave(page, recordOf(lab));
	const picker = page.getByTestId('run-size');
	await picker.selectOption(offered[0].id);
	await expect(page.getByTestId('run-size-below')).toHaveText(
		new RegExp(
			`: about ${expected[0].toFixed(1)}, below what you serve \\(${lab.model.capability.toFixed(1)}\\): it beats .+ only with luck\\.$`
		)
	);
	await picker.selectOption(offered.at(-1)!.id);
	await expect(page.getByTestId('run-size-below')).toHaveCount(0);
});
