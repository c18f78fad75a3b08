// Left from playtest 44 (a newcomer at 390×844): the away report's cash line pointed to letting
// researchers go where one tap on another price made the lab pay its way; a world event's card
// arrived above where the player read on the Lab, and the page shifted under the thumb.
import { expect, test, type Page } from '@playwright/test';
import { eraContent } from '../../src/lib/content';
import { advance, apply, Decimal, money, powerLands, rates } from '../../src/lib/engine';
import {
	holdClock,
	openWithSave,
	quietFixture,
	quietNewGame,
	readSave,
	returnAfter,
	recordOf,
	saveNow,
	writeSave
} from './saves';

const SHOTS = process.env.FRONTIER_SHOTS;

test('the away report leads its cash line with the price that would make sales cover the costs', async ({
	page
}) => {
	// Left an hour on Premium with three researchers: the lab ran at a loss all along, and
	// another price makes its sales cover the costs (engine/price-cover.ts).
	await returnAfter(page, 'garage', 3_600_000, (s) => {
		s.priceTier = 'premium';
		s.researchers = 3;
		s.cash = s.cash.add(new Decimal(5e4));
	});
	await expect(page.getByTestId('away-report')).toBeVisible();
	const line = page.getByTestId('away-cash-fell');
	await expect(line).toContainText(
		/Switch to (Cheap|Standard) price \(Market tab\): sales \(\$[\d.,]+[A-Za-z]*\/s\) would cover the costs\. Otherwise, earn more/
	);
	const tier = (await line.innerText()).match(/Switch to (\w+) price/)![1];
	if (SHOTS) {
		await line.scrollIntoViewIfNeeded();
		await page.screenshot({ path: `${SHOTS}/pt44-away-switch.png` });
	}
	// Taken as said, the lab's cash grows again.
	await page.getByTestId('away-dismiss').tap();
	await expect(page.getByTestId('stock-cash-rate')).toContainText('−');
	await page.getByTestId('tab-market').tap();
	await page.getByTestId(`price-${tier.toLowerCase()}`).tap();
	await expect(page.getByTestId('stock-cash-rate')).not.toContainText('−');
});

/** The top of the card under the middle of the screen, and which card it is. */
function cardAt(page: Page, y: number) {
	return page.evaluate((y) => {
		const card = document.elementFromPoint(195, y)?.closest('section');
		return card
			? { id: card.getAttribute('aria-labelledby'), top: card.getBoundingClientRect().top }
			: null;
	}, y);
}

for (const anchoring of ['the browser anchors the scroll', 'no scroll anchoring (Safari)']) {
	test(`a world event arriving while the player reads further down the Lab moves nothing (${anchoring})`, async ({
		page
	}) => {
		const s = quietFixture('mid-game');
		s.event = null;
		s.meta.standing = {};
		s.nextEventAt = s.tick + 6;
		await openWithSave(page, recordOf(s));
		if (anchoring.startsWith('no'))
			await page.addStyleTag({ content: 'html { overflow-anchor: none; }' });
		await expect(page.getByTestId('world-event')).toHaveCount(0);
		await page.mouse.wheel(0, 400);
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
		const before = (await cardAt(page, 420))!;
		expect(before.id).not.toBe('event-title');
		await page.getByTestId('world-event').waitFor({ state: 'attached', timeout: 20_000 });
		// What the player was reading stays where it was.
		const after = await page.evaluate(
			(id) => document.querySelector(`[aria-labelledby="${id}"]`)!.getBoundingClientRect().top,
			before.id
		);
		expect(Math.abs(after - before.top)).toBeLessThanOrEqual(3);
		// The card waits above, out of sight: the Lab's tab says so, and a tap on it goes there.
		const badge = page.getByTestId('tab-badge-lab');
		await expect(badge).toBeVisible();
		if (SHOTS && anchoring.startsWith('no'))
			await page.screenshot({ path: `${SHOTS}/pt44-event-above.png` });
		await page.getByTestId('tab-lab').tap();
		await expect(page.getByTestId('world-event')).toBeInViewport();
		await expect(badge).toHaveCount(0);
		if (SHOTS && anchoring.startsWith('no'))
			await page.screenshot({ path: `${SHOTS}/pt44-event-reached.png` });
	});
}

test("the Power card's throttle warning says when the power being built comes online, before asking to sign more", async ({
	page
}) => {
	// A new Garage lab past its power, a contract being built that runs every chip once it is on.
	const c = eraContent('garage');
	const s = quietNewGame('garage');
	s.cash = money(c, 1e6);
	const contract = c.era.power.find((p) => p.buildTime >= 60 && p.buildTime <= 600)!;
	expect(apply(s, c, { type: 'sign', contract: contract.id }).ok).toBe(true);
	const gpu = c.hardware.get('gaming-gpu')!;
	const r = rates(s, c);
	const over = Math.floor(r.powerCapacity.sub(r.powerDraw).toNumber() / gpu.watts) + 2;
	expect(apply(s, c, { type: 'buy', hardware: gpu.id, count: over }).ok).toBe(true);
	advance(s, c, 0);
	const lands = powerLands(s, c)!;
	expect(rates(s, c).throttle).toBeLessThan(1);
	expect(lands.throttle).toBe(1);
	await holdClock(page);
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-fleet').tap();
	const warning = page.getByTestId('throttle-warning');
	await expect(warning).toContainText(
		/The power being built comes online in \d+m \d\ds: it runs every chip\./
	);
	await expect(warning).not.toContainText('Sign more power');
	if (SHOTS) {
		await warning.scrollIntoViewIfNeeded();
		await page.screenshot({ path: `${SHOTS}/pt44-throttle-lands.png` });
	}
});

test('the away report says how long nothing trained after the run finished, and how to keep training', async ({
	page
}) => {
	// The Garage fixture with its smallest run started, left two hours: the run ends well before.
	const c = eraContent('garage');
	const s = quietFixture('garage');
	s.run = null;
	expect(apply(s, c, { type: 'start-run', size: c.era.runSizes[0].id }).ok).toBe(true);
	await openWithSave(page, recordOf(s));
	await saveNow(page);
	const saved = (await readSave(page))!;
	await writeSave(page, { ...saved, savedAt: saved.savedAt - 2 * 3_600_000 });
	await page.reload();
	await expect(page.getByTestId('away-report')).toBeVisible();
	await expect(page.getByTestId('away-idle')).toContainText(
		/^Nothing trained for the last 1h \d\dm: your run finished and no next one started\. Start a run before you leave/
	);
	if (SHOTS) {
		await page.getByTestId('away-idle').scrollIntoViewIfNeeded();
		await page.screenshot({ path: `${SHOTS}/pt44-away-idle.png` });
	}
});
