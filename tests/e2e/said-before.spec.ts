// Playtest 22's open findings on what the screen says before a tap, and after time away.
import { expect, test } from '@playwright/test';
import { eraContent } from '../../src/lib/content';
import {
	advance,
	buy,
	letGoQuote,
	money,
	rates,
	startRun,
	type GameState
} from '../../src/lib/engine';
import { formatMoney } from '../../src/lib/format/number';
import { makeRecord } from '../../src/lib/save/record';
import {
	gateWaitingState,
	holdClock,
	openWithSave,
	quietFixture,
	recordOf,
	type SaveRecord,
	writeSave
} from './saves';

const c = eraContent('hyperscale');

/** The Hyperscale fixture, automation and world events off (their moves are not the test's). */
function lab(): GameState {
	return quietFixture('hyperscale');
}

test('the away report counts deliveries once, not again as headlines (playtest 22)', async ({
	page
}) => {
	const s = lab();
	s.cash = money(c, 1e30);
	expect(buy(s, c, 'campus-cluster', 1).ok).toBe(true);
	advance(s, c, 30);
	expect(buy(s, c, 'campus-cluster', 1).ok).toBe(true);
	expect(s.orders).toHaveLength(2);
	const away = makeRecord(s, Date.now() - 600_000, 1) as unknown as SaveRecord;
	await page.goto('/');
	await page.getByTestId('stock-cash').waitFor();
	await writeSave(page, away);
	await page.reload();
	const report = page.getByTestId('away-report');
	await expect(report).toBeVisible();
	await expect(report).toContainText('2 chip deliveries arrived.');
	await expect(report.locator('li', { hasText: 'Campus cluster' })).toHaveCount(0);
	await page.screenshot({ path: test.info().outputPath('away-deliveries-390.png') });
});

test('a run that finishes while an older model waits says the older one is set aside (playtest 22)', async ({
	page
}) => {
	const s = lab();
	expect(startRun(s, c, 'sprint').ok).toBe(true);
	s.run!.progress = s.run!.target.mul(1 - 1e-9);
	s.gate = { ...s.model, name: 'Older-1', capability: s.model.capability - 50 };
	await openWithSave(page, recordOf(s));
	const news = page.getByTestId('news');
	await expect(news).toContainText(/Older-1 \(capability [\d.]+\) is set aside: \S+ is better/);
	await expect(page.locator('#gate-title')).not.toContainText('Older-1');
	await news.scrollIntoViewIfNeeded();
	await page.screenshot({ path: test.info().outputPath('set-aside-390.png') });
});

test('Let one go says what it saves and that the hiring fee is not returned (playtest 22)', async ({
	page
}) => {
	await holdClock(page);
	const s = lab();
	s.researchers = 3;
	const quote = letGoQuote(s, c, rates(s, c))!;
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-research').tap();
	const line = page.getByTestId('let-go-text');
	await expect(line).toContainText('Letting one go saves $');
	await expect(line).toContainText(
		`the ${formatMoney(quote.fee)} paid to hire them is not returned.`
	);
	await line.scrollIntoViewIfNeeded();
	await page.screenshot({ path: test.info().outputPath('let-go-390.png') });
	// With no one to let go, neither the button nor the line.
	await page.getByTestId('let-go').tap();
	await page.getByTestId('let-go').tap();
	await page.getByTestId('let-go').tap();
	await expect(page.getByTestId('let-go')).toHaveCount(0);
	await expect(line).toHaveCount(0);
});

test("each project's Research button is named with the project (playtest 22)", async ({ page }) => {
	await openWithSave(page, recordOf(lab()));
	await page.getByTestId('tab-research').tap();
	const buttons = page.locator(
		'button[data-testid^="research-"]:not([data-testid^="research-max-"])'
	);
	await expect(buttons.first()).toBeVisible();
	const names: string[] = [];
	for (const button of await buttons.all()) {
		const id = (await button.getAttribute('data-testid'))!.slice('research-'.length);
		const project = c.research.get(id)!.name;
		const name = await button.evaluate((el) => el.getAttribute('aria-label') ?? '');
		expect(name).toMatch(new RegExp(`^(Research|Locked): ${project.replace(/[()]/g, '\\$&')}, `));
		names.push(name);
	}
	expect(names.length).toBeGreaterThan(3);
	expect(new Set(names).size).toBe(names.length);
	// Found by role and name, as a screen reader finds it.
	const first = c.research.get(
		(await buttons.first().getAttribute('data-testid'))!.slice('research-'.length)
	)!;
	await expect(page.getByRole('button', { name: new RegExp(`: ${first.name}, `) })).toHaveCount(1);
});

test('after a release the Train ↔ Serve card says where the next run starts (playtest 22)', async ({
	page
}) => {
	const s = gateWaitingState('hyperscale', 5);
	s.trainShare = 0.72;
	await openWithSave(page, recordOf(s));
	await page.getByTestId('release').tap();
	await expect(page.getByTestId('release')).toHaveCount(0);
	const card = page.locator('section[aria-labelledby="ts-title"]');
	await expect(card).toContainText('The next run trains 72%, where the slider stands');
	await card.scrollIntoViewIfNeeded();
	await page.screenshot({ path: test.info().outputPath('next-split-390.png') });
});
