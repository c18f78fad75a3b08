// Playtest 22's findings, most in Dyson, the last era (fixture e2e/dyson.json): what each screen says is
// what the engine does.
import { expect, test } from '@playwright/test';
import { eraContent } from '../../src/lib/content';
import { apply } from '../../src/lib/engine';
import { decodeState } from '../../src/lib/save/codec';
import { fixture, openWithSave, recordOf } from './saves';
import { ascii } from './numbers';

/** A money figure past what a JS number holds ("$1.43e312"), as its log10. */
function log10Of(text: string): number {
	const m = /\$([\d.]+)(?:e\+?(\d+))?/.exec(ascii(text))!;
	return Math.log10(Number(m[1])) + Number(m[2] ?? 0);
}

test('dyson: a research card says when its watts cut does nothing at the star (playtest 22)', async ({
	page
}) => {
	/** A project's card, by its buy button. */
	const card = (id: string) =>
		page.locator('article').filter({ has: page.getByTestId(`research-${id}`) });
	await openWithSave(page, fixture('e2e/dyson.json'));
	await page.getByTestId('tab-research').tap();
	// Said of the watts alone (playtest 23 read "(nothing here: …)" as the whole project idle).
	const idle = ' (no effect at the star)';
	const cooling = card('liquid-cooling');
	await cooling.scrollIntoViewIfNeeded();
	await expect(cooling).toContainText(`watts per chip ×0.7${idle}`);
	// A project with a watts cut beside other effects says it of the watts alone.
	const perf = card('perf-per-watt');
	await expect(perf).toContainText(`compute ×1.25, watts per chip ×0.85${idle}`);
	// Capability per FLOP still works at the star.
	await expect(card('synthetic-data')).not.toContainText(idle);
	await cooling.scrollIntoViewIfNeeded();
	await page.screenshot({ path: test.info().outputPath('research-idle-watts-390.png') });
	// Elsewhere the cut works, and the card does not say otherwise.
	await openWithSave(page, fixture('e2e/hyperscale.json'));
	await page.getByTestId('tab-research').tap();
	await expect(card('campus-cooling')).toContainText('watts per chip ×0.8');
	await expect(page.getByText('no effect at the star', { exact: false })).toHaveCount(0);
});

test("dyson: the star card's ring price is its contract's, with a panel's share of it beside (playtest 22)", async ({
	page
}) => {
	await openWithSave(page, fixture('e2e/dyson.json'));
	await page.getByTestId('tab-fleet').tap();
	const versus = page.getByTestId('panel-vs-ring');
	await versus.scrollIntoViewIfNeeded();
	const text = ascii((await versus.textContent())!).replace(/\s+/g, ' ');
	const m = /the Second ring, (\$\S+) for 30 PW, gives them for (\$\S+), on in/.exec(text)!;
	expect(m).not.toBeNull();
	// The contract's price is the one the Power contracts card signs it for.
	const sign = ascii((await page.getByTestId('sign-second-ring').textContent())!);
	expect(sign).toContain(m[1]);
	// A panel's worth (10 PW) is a third of the ring's 30 PW.
	expect(log10Of(m[2]) - log10Of(m[1])).toBeCloseTo(Math.log10(1 / 3), 2);
	await page.screenshot({ path: test.info().outputPath('panel-vs-ring-390.png') });
});

test('a worse model waiting at the gate gets no memory advice: the served one does (playtest 22)', async ({
	page
}) => {
	// The mid-game save: Atlas-45 waits at the gate, bigger and worse than the served Atlas-44,
	// which fits. Playtest 22 was told to buy memory for a model the gate said to discard.
	const s = decodeState(fixture('e2e/mid-game.json').state);
	s.meta.automation.buy.on = false;
	expect(s.gate!.capability).toBeLessThan(s.model.capability);
	await openWithSave(page, recordOf(s));
	await expect(page.getByTestId('gate-worse')).toBeVisible();
	await page.getByTestId('tab-fleet').tap();
	const gate = page.getByTestId('memory-gate');
	await gate.scrollIntoViewIfNeeded();
	await expect(gate).toHaveText(
		`Waiting model: worse than ${s.model.name}, so no memory is advised for it (Discard, at the launch gate).`
	);
	await expect(page.getByTestId('memory-fix')).toHaveCount(0);
	await expect(page.getByText('(waiting at the gate)')).toHaveCount(0);
	await page.screenshot({ path: test.info().outputPath('memory-gate-worse-390.png') });
	await page.emulateMedia({ colorScheme: 'dark' });
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.screenshot({ path: test.info().outputPath('memory-gate-worse-dark-390.png') });
	await page.emulateMedia({ colorScheme: 'light' });
	// Better than the served one, it is the model to serve: the advice is for it.
	s.gate!.capability = s.model.capability + 1;
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-fleet').tap();
	await expect(gate).toContainText('would serve at');
	await expect(page.getByTestId('memory-fix')).toContainText('The cheapest way to fit it');
	await expect(page.getByText('(waiting at the gate)').first()).toBeAttached();
});

test('dyson: with watts kept at the star, the throttle warning says to beam them first (playtest 22)', async ({
	page
}) => {
	// 20 panels, half their watts kept at the star for the run under way (between runs every watt
	// is beamed), and the chips drawing nearly all of them: playtest 22 was told "Order a panel, or
	// sign more power below".
	const s = decodeState(fixture('e2e/dyson.json').state);
	const c = eraContent('dyson');
	expect(apply(s, c, { type: 'start-run', size: c.era.runSizes.at(-1)!.id }).ok).toBe(true);
	s.dyson.panels = 20;
	s.hardware.statite = 190;
	s.dyson.beam = 0.5;
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-fleet').tap();
	const warning = page.getByTestId('throttle-warning');
	await warning.scrollIntoViewIfNeeded();
	await expect(warning).toContainText(
		/On the star's card above, beam \d+% to power every chip \(you keep 50% of the star's watts there\); or sign more power below/
	);
	await expect(warning).not.toContainText('Order a panel, or');
	await page.screenshot({ path: test.info().outputPath('throttle-beam-first-390.png') });
	// The advice holds: beamed, the chips run in full.
	await page.getByRole('button', { name: "Beam all the star's power to the fleet" }).tap();
	await expect(warning).toHaveCount(0);
});
