// Playtest 21 on the star's cards (Fleet: the beam; Lab: the star's share): what each line says
// of the beam is what the engine does with it.
import { expect, test, type Page } from '@playwright/test';
import { eraContent } from '../../src/lib/content';
import { apply } from '../../src/lib/engine';
import { readRecord } from '../../src/lib/save/record';
import { fixture, openWithSave, recordOf } from './saves';
import { ascii } from './numbers';

/** A money figure as the screen writes it ("+$8.23e311/s", the header's "+9.91e311/s"), as its
 * log10 (the era's figures are past what a JS number holds). */
function log10Of(text: string): number {
	const m = /(-?)\$?([\d.]+)(?:e\+?(\d+))?/.exec(ascii(text))!;
	expect(m[1]).toBe('');
	return Math.log10(Number(m[2])) + Number(m[3] ?? 0);
}

/** The dyson fixture with a run started (between runs every watt is beamed): 20 panels, chips
 * drawing nearly all their watts, a model `modelSize` times the fixture's (100: it wants more
 * serving than the fleet gives). */
function lab(statites: number, beam: number, modelSize = 100) {
	const s = readRecord(fixture('e2e/dyson.json')).state;
	const c = eraContent('dyson');
	// The largest size: a run that outlasts the test.
	expect(apply(s, c, { type: 'start-run', size: c.era.runSizes.at(-1)!.id }).ok).toBe(true);
	s.dyson.panels = 20;
	s.hardware.statite = statites;
	s.model.params = s.model.params.mul(modelSize);
	s.dyson.beam = beam;
	return recordOf(s);
}

const cashRate = async (page: Page) =>
	log10Of((await page.getByTestId('stock-cash-rate').textContent())!);

test('dyson: the beamed figure is what beaming adds to the income, powered chips too (playtest 21)', async ({
	page
}) => {
	// Playtest 21 read "beamed, $8.23e311/s from Earth" while beaming lifted a 90 % throttle
	// on the chips and added ~2,700 times that to the income.
	await openWithSave(page, lab(190, 0.9));
	await page.getByTestId('tab-fleet').tap();
	const trade = page.getByTestId('beam-trade');
	await trade.scrollIntoViewIfNeeded();
	await expect(trade).toContainText(
		'beamed, they power the chips the keep leaves dark and Earth buys the rest: income +$'
	);
	await page.screenshot({ path: test.info().outputPath('beam-trade-390.png') });
	const gain = log10Of((await trade.textContent())!.match(/income (\+\S+)\/s/)![1]);
	const before = await cashRate(page);
	await page.getByRole('button', { name: "Beam all the star's power to the fleet" }).tap();
	await expect(page.getByTestId('star-beam')).toContainText('Keep 0%');
	await expect.poll(() => cashRate(page)).toBeGreaterThan(before);
	const after = await cashRate(page);
	// The header's income rose by the figure (3 digits each): after − before, in logs.
	expect(after + Math.log10(1 - 10 ** (before - after))).toBeCloseTo(gain, 1);
	// All beamed, the line says what keeping the spare would give up: Earth's payment.
	await expect(trade).toContainText('beamed, Earth buys them: income +$');
});

test("dyson: a beam that powers every chip short of all of it is not 'every beamed watt' (playtest 21)", async ({
	page
}) => {
	// 191 statites draw 99.5 % of the panels' watts: the rest is sold. Playtest 21 read "The chips
	// want every beamed watt" beside "Earth buys the chips' spare".
	await openWithSave(page, lab(191, 1, 1));
	await page.getByTestId('tab-fleet').tap();
	const line = page.getByTestId('beam-line');
	await line.scrollIntoViewIfNeeded();
	await expect(line).toContainText("Earth buys the chips' spare");
	await expect(line).toContainText(/Beam 99\.\d% powers every chip; the rest is spare\./);
	await expect(line).not.toContainText('every beamed watt');
	await page.screenshot({ path: test.info().outputPath('star-beam-390.png') });
});

test("dyson: with no panel the Lab says none of the power is the star's (playtest 21)", async ({
	page
}) => {
	// Playtest 21 read "The star's share: the slider sends 1 PW to training and 1 PW to serving"
	// with no panel: the rings' watts.
	await openWithSave(page, fixture('e2e/dyson.json'));
	const share = page.getByTestId('star-share');
	await expect(share).toHaveText(
		"The star: no panel collects yet, so none of your power is the star's (order panels: Fleet, the star)."
	);
	await share.scrollIntoViewIfNeeded();
	await page.screenshot({ path: test.info().outputPath('star-share-none-390.png') });
	// Ordered, it says when the first lands; landed, the star's share is back.
	await page.getByTestId('tab-fleet').tap();
	await page.getByTestId('buy-panel').tap();
	await page.getByTestId('tab-lab').tap();
	await expect(share).toContainText(
		/no panel collects yet \(the first lands in (10m 00s|9m \d\ds)\)/
	);
	await openWithSave(page, lab(40, 1));
	await expect(share).toContainText('Your power: the slider sends');
});

// Playtest 20 could not tell which end of the beam slider kept the watts at the star and which
// beamed them: its value was the share kept, so a drag toward "Beam" kept more.
test('dyson: the beam slider keeps at its left end and beams at its right, and says where the watts go (playtest 20)', async ({
	page
}) => {
	await openWithSave(page, lab(40, 0.7));
	await page.getByTestId('tab-fleet').tap();
	const beam = page.getByTestId('star-beam');
	const split = page.getByTestId('beam-split');
	await expect(split).toHaveText(/^\s*Keep 30% at the star\s+Beam 70% to the fleet\s*$/);
	const slider = page.getByTestId('beam-share');
	await slider.scrollIntoViewIfNeeded();
	await expect(slider).toHaveAttribute(
		'aria-valuetext',
		'70% beamed to the fleet, 30% kept at the star'
	);
	// Each end of the track is labelled, keep on the left and beam on the right.
	const ends = page.getByTestId('beam-ends').getByRole('button');
	await expect(ends).toHaveText(['keep all', 'beam all']);
	const track = (await slider.boundingBox())!;
	const [keepEnd, beamEnd] = [
		(await ends.nth(0).boundingBox())!,
		(await ends.nth(1).boundingBox())!
	];
	expect(Math.abs(keepEnd.x - track.x)).toBeLessThan(4);
	expect(Math.abs(beamEnd.x + beamEnd.width - (track.x + track.width))).toBeLessThan(4);
	await page.screenshot({ path: test.info().outputPath('beam-ends-390.png') });
	// A tap at an end does what its label says.
	await slider.click({ position: { x: track.width - 2, y: track.height / 2 } });
	await expect(split).toContainText('Beam 100% to the fleet');
	await expect(beam).toContainText('Keep 0% at the star');
	await slider.click({ position: { x: 2, y: track.height / 2 } });
	await expect(split).toContainText('Keep 100% at the star');
	// A space each side of the dot (playtest 24 read "to the run ·beamed").
	await expect(page.getByTestId('beam-line')).toContainText(
		'FLOP/s to the run · beamed 0 W reach the fleet'
	);
	// Each nudge moves the thumb toward its own side.
	await page.getByTestId('beam-more').tap();
	await expect(slider).toHaveValue('10');
	await expect(split).toContainText('Beam 10% to the fleet');
	await page.getByTestId('beam-less').tap();
	await expect(slider).toHaveValue('0');
	// The ends' words set the beam there (playtest 27 tapped them and nothing happened).
	await expect(ends.nth(0)).toBeDisabled();
	await ends.nth(1).tap();
	await expect(split).toContainText('Beam 100% to the fleet');
	await expect(ends.nth(1)).toBeDisabled();
	await ends.nth(0).tap();
	await expect(split).toContainText('Keep 100% at the star');
});
