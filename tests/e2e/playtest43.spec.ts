// Left from playtest 42 (Dyson and the played endless lab in check-ins): two away spells ran at a
// loss for hours without the cash running out, and the report said so only through its cash figure;
// insight piled up unspent in Dyson with nothing to say so.
import { expect, test } from '@playwright/test';
import { eraContent } from '../../src/lib/content';
import { Decimal, INSIGHT_PILE, insightPiles, researchCost } from '../../src/lib/engine';
import { openWithSave, quietFixture, recordOf, returnAfter } from './saves';

const SHOTS = process.env.FRONTIER_SHOTS;

test('the away report says the lab ran at a loss, sales against the costs, and what lowers it', async ({
	page
}) => {
	// Forty researchers: their salaries outrun the sales, and the cash lasts twenty minutes away.
	await returnAfter(page, 'garage', 20 * 60_000, (s) => {
		s.researchers = 40;
		s.cash = new Decimal(1e5);
	});
	const report = page.getByTestId('away-report');
	await expect(report).toBeVisible();
	await expect(page.getByTestId('away-cash')).toContainText('−$');
	const line = page.getByTestId('away-cash-fell');
	await expect(line).toContainText(
		/^Your lab ran at a loss while you were away: the cash fell \$[\d.,]+[A-Za-z]*\. Sales \(\$/
	);
	await expect(line).toContainText('still fall short of the costs (salaries $');
	await expect(line).toContainText('let a researcher go (Research).');
	// Not run out: the cash-out line is not shown beside it.
	await expect(page.getByTestId('away-cash-out')).toHaveCount(0);
	if (SHOTS) {
		await line.scrollIntoViewIfNeeded();
		await page.screenshot({ path: `${SHOTS}/pt43-away-loss.png` });
	}
});

// Playtest 42 came back to Dyson's insight piled high before its goal, the Research director sold
// only past it, and nothing said so: the Research tab is marked while it piles up.
test('the Research tab is marked while insight piles up unspent', async ({ page }) => {
	const s = quietFixture('dyson');
	const c = eraContent(s.eraId);
	s.insight = s.insight.mul(0);
	expect(insightPiles(s, c)).toBe(false);
	const price = c.era.research
		.map((p) => researchCost(s, c, p.id))
		.reduce((a, b) => (b.lt(a) ? b : a));
	s.insight = price.mul(INSIGHT_PILE * 1000);
	expect(insightPiles(s, c)).toBe(true);
	await openWithSave(page, recordOf(s));
	const badge = page.getByTestId('tab-badge-research');
	await expect(badge).toBeVisible();
	await expect(page.getByTestId('tab-research')).toHaveAccessibleDescription(
		'Your insight piles up: it pays for research.'
	);
	if (SHOTS) await page.screenshot({ path: `${SHOTS}/pt43-research-badge.png` });
	// On the Research tab itself the projects are the mark.
	await page.getByTestId('tab-research').tap();
	await expect(badge).toHaveCount(0);
});
