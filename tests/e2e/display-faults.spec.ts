// Playtest 8's display faults, as the screen says them: each figure in the notation its own size
// calls for, a power contract priced in the bill's unit, and the eras a save has reached.
import { expect, test, type Page } from '@playwright/test';
import { eraContent } from '../../src/lib/content';
import { Decimal } from '../../src/lib/engine';
import { readRecord } from '../../src/lib/save/record';
import { fixture, openWithSave, recordOf } from './saves';

const TABS = ['lab', 'fleet', 'research', 'market', 'era'] as const;
const counter = (page: Page, id: string) =>
	page.getByTestId(id).locator('dd').first().textContent();

/** Figures under the letters' end (10^36) written with an exponent, on the screen's text: what
 * playtest 8 read once the cash alone passed the letters ("5.54e11" tokens, "3.85e3×"). A count
 * of Q's past a million ("2.78e6 QB") is an exponent by rule, and a line comparing one kind of
 * figure takes one notation for all of them when one is past the letters. */
const smallInExponents = (page: Page) =>
	page.evaluate(() =>
		document.body.innerText
			.split('\n')
			.filter((line) => !/\d\.\d\de(3[6-9]|[4-9]\d|\d{3,})/.test(line))
			.flatMap((line) => [...line.matchAll(/\d(?:\.\d+)?e\d+(?!\d|\s?Q)/g)].map(() => line))
	);

test('each figure by its own size: tokens in letters beside cash past them (playtest 8)', async ({
	page
}) => {
	const s = readRecord(fixture('e2e/edge.json')).state;
	s.cash = new Decimal('8.04e58');
	s.tokens = new Decimal('5.54e11');
	await openWithSave(page, recordOf(s));
	await expect.poll(() => counter(page, 'stock-cash')).toMatch(/^\$\d\.\d\de58$/);
	await expect.poll(() => counter(page, 'stock-tokens')).toMatch(/^\d[\d.]*[KMBT]$/);
	for (const name of ['e2e/late-era.json', 'e2e/moon.json', 'e2e/dyson.json', 'e2e/edge.json']) {
		await openWithSave(page, fixture(name));
		for (const tab of TABS) {
			await page.getByTestId(`tab-${tab}`).tap();
			await expect(page.locator(`[data-screen="${tab}"]`)).toBeVisible();
			expect.soft(await smallInExponents(page), `${name} ${tab}`).toEqual([]);
		}
	}
});

test('a power contract is priced per second at full draw, beside the bill (playtest 8: "$2.29K/kWh")', async ({
	page
}) => {
	const s = readRecord(fixture('e2e/garage.json')).state;
	// Playtest 8's Garage: the grid's price level ×57 (about 29 points past the first model).
	const first = eraContent('garage').era.starterModel.capability;
	s.model = { ...s.model, capability: first + 29.3 };
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-fleet').tap();
	const contracts = page.locator('[data-screen="fleet"]');
	await expect(contracts).toContainText(/Home circuit\s*\+2\u00a0kW · \$2\.\d\d\/s at full draw/);
	await expect(contracts).not.toContainText('/kWh');
	await expect(page.getByTestId('grid-price-climb')).toContainText(
		/now\s+57(\.\d)? times what it was when\s+this era began/
	);
	// Hyperscale's campus sites say their bill, flat out, not a price per kWh.
	await openWithSave(page, fixture('e2e/hyperscale.json'));
	await page.getByTestId('tab-fleet').tap();
	await expect(page.getByTestId('site-river-valley')).toContainText(
		/This campus: bill \$[\d.]+(\u202f[A-Z][a-z]+|[KMBT]|e\d+)?\/s flat out/
	);
	await expect(page.locator('[data-screen="fleet"]')).not.toContainText('/kWh');
});

test('Stats count the eras a save has reached, begun in a later era (playtest 8: "1 of 7" in Dyson)', async ({
	page
}) => {
	const s = readRecord(fixture('e2e/dyson.json')).state;
	s.meta.eraTicks = [];
	await openWithSave(page, recordOf(s));
	await page.getByTestId('open-stats').click();
	await page.getByTestId('stats-all').click();
	await expect(page.getByTestId('stats-all-facts')).toContainText(/Eras reached\s*7 of 7/);
});

test('letters that cannot be mistaken: each is its word’s start (playtest 8: "Sx" beside "Sp", "$60Oc")', async ({
	page
}) => {
	const s = readRecord(fixture('e2e/hyperscale.json')).state;
	s.cash = new Decimal('6e28');
	await openWithSave(page, recordOf(s));
	// A narrow no-break space before the word (playtest 20 read "$101Oct" as "$1010ct").
	await expect.poll(() => counter(page, 'stock-cash')).toMatch(/^\$60(\.\d+)?\u202fOct$/);
	await page.getByTestId('open-settings').click();
	await page.getByTestId('suffix-legend').locator('summary').click();
	const legend = page.getByTestId('suffix-legend');
	for (const [letters, word] of [
		['Quad', 'quadrillion'],
		['Quint', 'quintillion'],
		['Sext', 'sextillion'],
		['Sept', 'septillion'],
		['Oct', 'octillion'],
		['Non', 'nonillion'],
		['Dec', 'decillion']
	])
		await expect(
			legend.locator('div', { has: page.locator('dt', { hasText: new RegExp(`^${letters}$`) }) })
		).toContainText(word);
	await expect(legend).not.toContainText(/\bSx\b|\bSp\b/);
});
