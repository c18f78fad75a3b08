// Left from playtest 40 (the played endless lab over six check-ins): insight piled up unspent
// while away, and research bought by hand moved the lab most; auto-buy spent ~90 % of the cash on
// chips that ran at 4 % power while the beam kept every watt at the star. The Research director
// (a perk past Dyson's goal) researches as each run starts; auto-buy buys only chips the beamed
// watts run, and says the beam is what holds it.
import { expect, test } from '@playwright/test';
import { eraContent, PERKS } from '../../src/lib/content';
import {
	apply,
	autoBuyNext,
	Decimal,
	epochOdds,
	panelCost,
	playerRank,
	powerSource,
	rates,
	runSizesOffered
} from '../../src/lib/engine';
import { openWithSave, quietFixture, readSave, recordOf, saveNow } from './saves';
import { shooter } from './shots';
import { decodeState } from '../../src/lib/save/codec';

test.use({ viewport: { width: 390, height: 844 } });

const shot = shooter('pt40');
const DIRECTOR = PERKS.find((p) => p.unlocks === 'research')!;

test('past the last goal, the Research director is bought once under a double tap and its rule shows', async ({
	page
}) => {
	const s = quietFixture('endless-played');
	s.meta.moat = new Decimal(DIRECTOR.cost * 1.5);
	s.meta.automation.run.on = true;
	s.meta.automation.research.on = true; // as in a new game (quietFixture turns every rule off)
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-era').tap();
	// The goal met is said as met, the rank as the leaderboard's place (playtest 41 read "620.3
	// of 363 · rank 2").
	const c = eraContent(s.eraId);
	await expect(page.getByTestId('era-standing')).toHaveText(
		new RegExp(
			`^Serving capability ${s.model.capability.toFixed(1).replace('.', '\\.')} \\(goal ${c.era.goalCapability}, met\\) · #${playerRank(s, c)} on the leaderboard`
		)
	);
	const buy = page.getByTestId(`perk-${DIRECTOR.id}`);
	await buy.scrollIntoViewIfNeeded();
	await shot(page, 'director-perk');
	await buy.dblclick();
	const toggle = page.getByTestId('auto-research');
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByTestId('rule-research')).toHaveText(
		'As the Run scheduler starts each run, spends the insight on research, the cheapest level first, so the run trains with it.'
	);
	await toggle.scrollIntoViewIfNeeded();
	await shot(page, 'director-rule');
	await saveNow(page);
	const saved = decodeState((await readSave(page))!.state);
	expect(saved.meta.perks[DIRECTOR.id]).toBe(1);
	// Paid once: the second tap bought nothing.
	expect(saved.meta.moat.toNumber()).toBeCloseTo(DIRECTOR.cost * 0.5, 6);
	// Off, it says so and stays off.
	await toggle.tap();
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
});

test("before Dyson's goal the perk waits for it", async ({ page }) => {
	const s = quietFixture('dyson');
	s.meta.moat = new Decimal(1e6);
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-era').tap();
	await expect(page.getByTestId(`perk-${DIRECTOR.id}-later`)).toHaveText("Past Dyson's goal");
	await expect(page.getByTestId(`perk-${DIRECTOR.id}`)).toHaveCount(0);
});

test('with every watt kept at the star, auto-buy waits and names the beam', async ({ page }) => {
	const s = quietFixture('endless-played');
	const c = eraContent(s.eraId);
	s.meta.automation.buy.on = true;
	s.meta.finished = false; // Dyson before its goal: past it, auto-buy orders panels (below)
	// The longest run offered: days, so it is still training while the test reads the card
	// (between runs every watt is beamed).
	const longest = runSizesOffered(s, c, rates(s, c)).at(-1)!;
	expect(apply(s, c, { type: 'start-run', size: longest.id }).ok).toBe(true);
	s.dyson.panels += 100; // watts to spare, were they beamed
	s.dyson.beam = 0;
	expect(powerSource(s, c, rates(s, c))).toBe('beam');
	expect(autoBuyNext(s, c, rates(s, c))).toEqual({ lot: null });
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-era').tap();
	const next = page.getByTestId('auto-buy-next');
	await expect(next).toHaveText(
		"Waits: no unit fits the power left. The beam keeps the rest of the star's watts from the chips: beam more, or order panels (the star's card, Fleet), and it buys again."
	);
	await next.scrollIntoViewIfNeeded();
	await shot(page, 'auto-buy-beam');
});

test('past the last goal, with no chip fitting the power, auto-buy orders panels and says so', async ({
	page
}) => {
	const s = quietFixture('endless-played');
	const c = eraContent(s.eraId);
	s.meta.automation.buy.on = true;
	s.cash = panelCost(s, c, 1).mul(0.5); // the next panel is some seconds of income away
	const next = autoBuyNext(s, c, rates(s, c)) as { lot: null; panel: { at: Decimal } };
	expect(next.lot).toBeNull();
	const panels = s.dyson.panels;
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-era').tap();
	const line = page.getByTestId('auto-buy-next');
	await expect(line).toContainText(
		"No chip fits the power left: next, a panel (the star's card, Fleet),"
	);
	await expect(line).toContainText('Its watts go where the beam sends them.');
	await line.scrollIntoViewIfNeeded();
	await shot(page, 'auto-buy-panel');
	// Once the cash reaches it, a panel is ordered (it lands ten minutes later).
	await expect
		.poll(
			async () => {
				await saveNow(page);
				const t = decodeState((await readSave(page))!.state);
				return t.dyson.panels + t.dyson.building.reduce((n, b) => n + b.count, 0);
			},
			{ timeout: 30_000 }
		)
		.toBeGreaterThan(panels);
});

test('past the last goal, the run under way gives its odds of the next epoch too (playtest 41)', async ({
	page
}) => {
	const s = quietFixture('endless-played');
	const c = eraContent(s.eraId);
	const longest = runSizesOffered(s, c, rates(s, c)).at(-1)!;
	const odds = epochOdds(s, c, rates(s, c), longest)!;
	expect(apply(s, c, { type: 'start-run', size: longest.id }).ok).toBe(true);
	await openWithSave(page, recordOf(s));
	await expect(page.getByTestId('run-eta')).toBeVisible();
	const line = page.getByTestId('run-epoch-odds');
	await expect(line).toContainText(`Epoch ${odds.epoch} asks ${odds.mark}:`);
	await expect(line).toContainText(/of runs this size take it|whatever its luck|even with luck/);
	await line.scrollIntoViewIfNeeded();
	await shot(page, 'run-odds-training');
});
