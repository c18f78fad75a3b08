// Playtest 30 at 390×844: buttons named for a screen reader by what they do, the focus kept
// through an inline question and a release, payroll and perks said only when true, and the
// toasts beside the "Frontier" title, not over it.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { eraContent, PERKS } from '../../src/lib/content';
import { autoBuyNext, memoryView, rates, releaseOutlook } from '../../src/lib/engine';
import {
	fixture,
	gateWaitingState,
	holdClock,
	openWithSave,
	quietFixture,
	recordOf
} from './saves';
import { shooter } from './shots';

test.use({ viewport: { width: 390, height: 844 } });

const shot = shooter('ux31');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SEED_ROUND = PERKS.find((p) => p.effects.some((e) => e.target === 'startCash'))!;

test('Fleet buy buttons, automation switches and the Market tab are named by what they are', async ({
	page
}) => {
	const moon = quietFixture('moon');
	const hw = eraContent(moon.eraId).era.hardware[0];
	await openWithSave(page, recordOf(moon));
	await page.getByTestId('tab-fleet').tap();
	// The visible words stay; the name says what, how many, for what and where.
	const buy = page.getByTestId(`buy-${hw.id}`);
	await expect(buy).toContainText(/Buy ×1 on the Moon/);
	await expect(buy).toHaveAccessibleName(
		new RegExp(`^Buy 1 ${escape(hw.name)} for \\$\\S+ on the Moon$`)
	);
	await expect(
		page.getByRole('button', { name: new RegExp(`^Buy 1 ${escape(hw.name)} for `) })
	).toHaveCount(1);
	await shot(page, 'fleet-moon', buy);

	// Every automation switch says its rule and its state.
	const s = quietFixture('endless');
	for (const p of PERKS) if (p.unlocks) s.meta.perks[p.id] = 1;
	s.meta.automation.release.on = true;
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-era').tap();
	await expect(page.getByRole('button', { name: 'Auto-release: on' })).toBeVisible();
	for (const name of ['Auto-start runs', 'Auto-buy hardware', 'Auto-sign power', 'Follow demand'])
		await expect(page.getByRole('button', { name: `${name}: off` })).toBeVisible();
	await expect(page.getByRole('button', { name: /^(On|Off)$/ })).toHaveCount(0);
	await shot(page, 'era-automation', page.getByTestId('auto-release'));

	// The Market tab is "Market"; its badge is its description.
	await openWithSave(page, fixture('e2e/garage.json'));
	await page.getByTestId('tab-market').tap();
	await page.getByTestId('price-premium').tap();
	await page.getByTestId('tab-lab').tap();
	await expect(page.getByTestId('tab-badge-market')).toBeVisible();
	const market = page.getByRole('tab', { name: 'Market', exact: true });
	await expect(market).toHaveAccessibleName('Market');
	await expect(market).toHaveAccessibleDescription('A better price is open.');
});

test('Stop run… and Release… keep the keyboard: the safe answer first, Escape closes', async ({
	page
}) => {
	await openWithSave(page, recordOf(quietFixture('garage')));
	const stop = page.getByTestId('stop-run');
	await stop.focus();
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: 'Keep going' })).toBeFocused();
	await shot(page, 'stop-confirm');
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('stop-run-confirm')).toHaveCount(0);
	await expect(stop).toBeFocused();

	// A release that lowers the income asks first: the same, then the release keeps the focus
	// on the gate's card.
	const s = gateWaitingState('garage', 1);
	s.gate = { ...s.gate!, params: s.model.params.mul(10) };
	expect(releaseOutlook(s, eraContent(s.eraId))!.lowersIncome).toBe(true);
	await holdClock(page);
	await openWithSave(page, recordOf(s));
	const release = page.getByTestId('release');
	await expect(release).toHaveText('Release…');
	await release.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Keep serving' })).toBeFocused();
	await shot(page, 'release-ask');
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('release-ask')).toHaveCount(0);
	await expect(release).toBeFocused();
	await page.keyboard.press('Enter');
	await page.getByTestId('release-confirm').focus();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('gate-released')).toBeVisible();
	await expect(page.locator('#gate-title')).toBeFocused();
	await shot(page, 'released-focus');
});

test('a plain Release leaves the focus on the gate card', async ({ page }) => {
	const s = gateWaitingState('garage', 5);
	expect(releaseOutlook(s, eraContent(s.eraId))!.lowersIncome).toBe(false);
	await holdClock(page);
	await openWithSave(page, recordOf(s));
	const release = page.getByTestId('release');
	await expect(release).toHaveText('Release');
	await release.focus();
	await page.keyboard.press('Enter');
	await expect(release).toHaveCount(0);
	await expect(page.locator('#gate-title')).toBeFocused();
});

test('the last era: Seed round is not sold, and the run card does not promise a next era', async ({
	page
}) => {
	const s = quietFixture('endless');
	s.meta.moat = s.meta.moat.add(100);
	s.model = { ...s.model, capability: s.model.capability + 1000 };
	s.gate = null;
	await openWithSave(page, recordOf(s));
	await expect(page.getByTestId('run-none-beats')).toContainText(
		'no era comes after this one: research must close the rest.'
	);
	await expect(page.getByTestId('run-none-beats')).not.toContainText('the next era');
	await shot(page, 'endless-run', page.getByTestId('run-none-beats'));
	await page.getByTestId('tab-era').tap();
	await expect(page.getByTestId(`perk-${SEED_ROUND.id}`)).toHaveCount(0);
	await expect(page.getByTestId(`perk-${SEED_ROUND.id}-idle`)).toHaveText(
		'Does nothing now: no era comes after this one'
	);
	await shot(page, 'endless-perks', page.getByTestId(`perk-${SEED_ROUND.id}-idle`));
});

test('the Edge memory card says the real need; Recruit says one block', async ({ page }) => {
	const s = quietFixture('edge');
	const c = eraContent(s.eraId);
	const v = memoryView(s, c, rates(s, c));
	expect(v.needsTimes!).toBeGreaterThan(2);
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-fleet').tap();
	await expect(page.getByTestId('memory-bar')).toHaveAttribute(
		'aria-label',
		/^The model needs [\d.,]+\s+times the fleet's memory$/
	);
	await expect(page.getByTestId('memory-aside')).toHaveText(/^needs \S+\s\S+, the fleet holds /);
	await shot(page, 'edge-memory', page.getByTestId('memory-meter'));
	await expect(page.getByTestId('recruit')).toHaveAccessibleName(
		/^Recruit 1 more block of devices for \$/
	);
});

/** Whether two boxes overlap. */
async function overlaps(a: Locator, b: Locator): Promise<boolean> {
	const [x, y] = [(await a.boundingBox())!, (await b.boundingBox())!];
	return x.x < y.x + y.width && y.x < x.x + x.width && x.y < y.y + y.height && y.y < x.y + x.height;
}

async function titleCovered(page: Page, toast: Locator) {
	await expect(toast).toBeVisible();
	return overlaps(toast, page.getByRole('heading', { name: 'Frontier', level: 1 }));
}

test('a notice lies beside the Frontier title, not over it', async ({ page }) => {
	await openWithSave(page, fixture('e2e/goal-reached.json'));
	await page.getByTestId('tab-era').tap();
	await page.getByTestId('new-era').tap();
	await page.getByTestId('confirm-new-era').tap();
	const notice = page.getByTestId('notice');
	await expect(notice).toContainText('Welcome to the Cloud era.');
	expect(await titleCovered(page, notice)).toBe(false);
	await shot(page, 'notice');
	// Its words are all there within three lines, not cut at the toast's edge.
	const line = notice.locator('span').first();
	expect(await line.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
});

// Playtest 30 came back after six hours of auto-buy to $1.2e213 unspent and a fleet unchanged,
// and nothing said why: the card says what it orders next and at what cash, or why it waits.
test('the Automation card says what auto-buy orders next, or that the power is full', async ({
	page
}) => {
	const s = quietFixture('late-era');
	s.meta.automation.buy.on = true;
	const c = eraContent(s.eraId);
	const next = autoBuyNext(s, c, rates(s, c));
	expect(next?.lot).toBeTruthy();
	const lot = (next as { lot: { id: string; count: number } }).lot;
	// Too little cash to order it while the page opens: the card says the cash it waits for.
	s.cash = s.cash.mul(0);
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-era').tap();
	const line = page.getByTestId('auto-buy-next');
	await expect(line).toContainText(
		new RegExp(
			`^Next: \\d+ × ${escape(c.hardware.get(lot.id)!.name)}, \\$\\S+, once your cash reaches \\$\\S+\\.$`
		)
	);
	await shot(page, 'auto-buy-next', line);
	// Auto-buy off: nothing to say.
	await page.getByRole('button', { name: 'Auto-buy hardware: on' }).tap();
	await expect(line).toHaveCount(0);
});
