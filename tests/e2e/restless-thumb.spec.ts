// The restless thumb: seeded random taps, many of them doubled within 100 ms, on every enabled
// control of every tab and sheet, for hours of game time on the page clock. Nothing a player
// does may break a screen: no page or console error, no screen that fails, every tab still
// opens, and the stocks never go NaN or negative (the save that results passes validation).
import { expect, test, type Page } from '@playwright/test';
import { eraContent } from '../../src/lib/content';
import { money } from '../../src/lib/engine';
import { makeRecord, readRecord } from '../../src/lib/save/record';
import { ORIGIN } from './origin';
import { fixture, readSave, setHidden, waitForSave, writeSave, type SaveRecord } from './saves';
import { watchPage } from './watch';

const T0 = new Date('2026-11-22T09:00:00Z').getTime();
const TABS = ['lab', 'fleet', 'research', 'market', 'era'];
const GAME_HOURS = 3;
const MIN_TAPS = 200;

/** mulberry32: a small seeded PRNG, so a failing run can be replayed. */
function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A fixture with plenty of cash (a million times its own, and never less than 1e7 of the era's money). */
function rich(name: string): SaveRecord {
	const { state } = readRecord(fixture(name));
	state.cash = state.cash.mul(1e6).add(money(eraContent(state.eraId), 1e7));
	return makeRecord(state, T0, 1) as unknown as SaveRecord;
}

interface Control {
	i: number;
	kind: 'select' | 'other';
	options: number;
	label: string;
}

/**
 * Every enabled control the thumb can reach now (those of the open sheet, else the page's),
 * and what is broken: screens that show they failed, and errors the app kept. Read before
 * every tap, so neither a way back nor 'Clear' in Settings can hide one.
 */
const controls = (page: Page) =>
	page.evaluate((): { list: Control[]; broken: string[] } => {
		const root = document.querySelector('dialog[open]') ?? document.body;
		const found: Control[] = [];
		for (const el of document.querySelectorAll('[data-thumb]')) el.removeAttribute('data-thumb');
		root
			.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], summary')
			.forEach((el) => {
				if ((el as HTMLButtonElement).disabled || el.closest('[inert]')) return;
				// A file picker opens a system dialog no thumb comes back from.
				if (el.matches('input[type=file]')) return;
				if (!el.getClientRects().length || getComputedStyle(el).visibility === 'hidden') return;
				el.setAttribute('data-thumb', String(found.length));
				found.push({
					i: found.length,
					kind: el instanceof HTMLSelectElement ? 'select' : 'other',
					options: el instanceof HTMLSelectElement ? el.options.length : 0,
					label: el.dataset.testid ?? el.getAttribute('aria-label') ?? el.textContent?.trim() ?? ''
				});
			});
		const broken = [...document.querySelectorAll('[data-testid="screen-failed"]')].map(
			() => 'a screen shows that it failed'
		);
		const kept = localStorage.getItem('frontier/faults');
		return { list: found, broken: kept ? [...broken, kept] : broken };
	});

/** The lab's own controls (buy, order, sign, research, run, release…) draw a thumb most:
 * each weighs four times a setting. */
const PLAY =
	/^(buy-|sign-|research-|perk-|auto-|start-run|release|hire|new-era|confirm-new-era|×|Max)/;
function pick(list: Control[], r: number): Control {
	const weight = (c: Control) => (PLAY.test(c.label) ? 4 : 1);
	let left = r * list.reduce((sum, c) => sum + weight(c), 0);
	for (const c of list) if ((left -= weight(c)) < 0) return c;
	return list[list.length - 1];
}

/** Scrolls a control into view and returns a point on it (anywhere: thumbs are not precise). */
const pointOn = (page: Page, i: number, fx: number, fy: number) =>
	page.evaluate(
		([i, fx, fy]) => {
			const el = document.querySelector(`[data-thumb="${i}"]`);
			if (!el) return null;
			el.scrollIntoView({ block: 'center' });
			const r = el.getBoundingClientRect();
			return { x: r.left + r.width * (0.2 + 0.6 * fx), y: r.top + r.height * (0.3 + 0.4 * fy) };
		},
		[i, fx, fy] as const
	);

/** What must always hold: no failed screen, stocks that read as numbers, not negative. */
async function checkHealthy(page: Page, errors: string[], where: string): Promise<void> {
	expect(errors, `errors ${where}`).toEqual([]);
	await expect(page.getByTestId('screen-failed'), `a failed screen ${where}`).toHaveCount(0);
	const stocks = await page.evaluate(() =>
		[...document.querySelectorAll('[data-testid^="stock-"] dd:first-of-type')].map(
			(d) => d.textContent ?? ''
		)
	);
	expect(stocks).toHaveLength(3);
	for (const text of stocks)
		expect(text, `a stock ${where}`).not.toMatch(/NaN|Infinity|—|-\$?\d|undefined/);
}

/** Opens each tab in turn, then goes back to `then` (the thumb goes on from there). */
async function everyTabOpens(page: Page, errors: string[], where: string, then = 'lab') {
	for (const tab of [...TABS, then]) {
		await page.getByTestId(`tab-${tab}`).tap({ timeout: 10_000 });
		await expect(page.locator(`[data-screen="${tab}"]`)).toBeVisible();
		expect((await controls(page)).broken, `opening ${tab} ${where}`).toEqual([]);
	}
	await checkHealthy(page, errors, where);
}

async function restlessThumb(page: Page, seed: number, save: SaveRecord | null) {
	const watch = watchPage(page, ORIGIN);
	const random = prng(seed);
	await page.clock.install({ time: T0 });
	await page.goto('/');
	await expect(page.getByTestId('stock-cash')).toBeVisible();
	if (save) {
		await writeSave(page, { ...save, savedAt: T0 });
		await page.reload();
		await expect(page.getByTestId('stock-cash')).toBeVisible();
	}
	const cdp = await page.context().newCDPSession(page);
	const touch = (type: 'touchStart' | 'touchEnd', p: { x: number; y: number }) =>
		cdp.send('Input.dispatchTouchEvent', {
			type,
			touchPoints: type === 'touchEnd' ? [] : [{ x: p.x, y: p.y }]
		});
	const tap = async (p: { x: number; y: number }, twice: boolean) => {
		const sent = [touch('touchStart', p), touch('touchEnd', p)];
		if (twice) sent.push(touch('touchStart', p), touch('touchEnd', p));
		await Promise.all(sent);
	};
	await page.evaluate(() => {
		const w = window as unknown as { __touches: number[] };
		w.__touches = [];
		document.addEventListener('touchstart', (e) => w.__touches.push(e.timeStamp), {
			capture: true,
			passive: true
		});
	});
	let taps = 0;
	let doubled = 0;
	let gameMs = 0;
	const labels = new Set<string>();
	for (let round = 0; gameMs < GAME_HOURS * 3_600_000 || taps < MIN_TAPS; round++) {
		const where = `(seed ${seed}, round ${round}, ${labels.size} controls met)`;
		for (let n = 1 + Math.floor(random() * 6); n > 0; n--) {
			const { list, broken } = await controls(page);
			// A failed screen the thumb would leave at once (its way back is a control like any
			// other) is caught here.
			expect(broken, `a failed screen ${where}`).toEqual([]);
			if (!list.length) break;
			const c = pick(list, random());
			labels.add(c.label);
			if (c.kind === 'select') {
				await page
					.locator(`[data-thumb="${c.i}"]`)
					.selectOption({ index: Math.floor(random() * c.options) });
				taps++;
				continue;
			}
			const p = await pointOn(page, c.i, random(), random());
			if (!p) continue;
			// Two taps go out back to back: a thumb that bounces (the page's own clock checks
			// the gap below).
			const twice = random() < 0.5;
			await tap(p, twice);
			taps += twice ? 2 : 1;
			if (twice) doubled++;
		}
		// Time passes: mostly seconds of live play, sometimes half an hour away (a catch-up
		// and its report).
		const away = random() < 0.2;
		const ms = away
			? 600_000 + Math.floor(random() * 1_800_000)
			: 1000 + Math.floor(random() * 5000);
		if (away) await page.clock.fastForward(ms);
		else await page.clock.runFor(ms);
		gameMs += ms;
		await checkHealthy(page, watch.consoleErrors, where);
		// Every fourth round, every tab must still open (a screen mounted afresh is where a
		// list with two equal keys fails: an order placed twice, two equal headlines). Not
		// right after time away: its catch-up and report may not have begun yet, and the report
		// rightly takes the next tap (the end of the test opens every tab once it is closed).
		if (
			round % 2 === 1 &&
			!away &&
			!(await page.locator('dialog[open], [data-testid="catching-up"]').count())
		)
			await everyTabOpens(page, watch.consoleErrors, where, TABS[Math.floor(random() * 5)]);
	}
	// Every tab still opens (once a catch-up under way is done and the sheets are closed).
	await expect(page.getByTestId('catching-up')).toHaveCount(0, { timeout: 20_000 });
	await page.clock.runFor(1000);
	for (let i = 0; i < 10 && (await page.locator('dialog[open]').count()); i++) {
		await page.keyboard.press('Escape');
		await page.clock.runFor(100);
	}
	await expect(page.locator('dialog[open]')).toHaveCount(0);
	await everyTabOpens(page, watch.consoleErrors, 'at the end');
	// The game saves, and what it saves passes validation: no NaN, no negative stock.
	const before = (await readSave(page))?.savedAt ?? 0;
	await setHidden(page, true);
	const record = await waitForSave(page, before);
	expect(() => readRecord(record)).not.toThrow();
	// No screen failed unseen between two checks: the boundary would have kept its error.
	expect(await page.evaluate(() => localStorage.getItem('frontier/faults'))).toBeNull();
	// Doubled taps really came within 100 ms of each other, by the page's own event times.
	const touches = await page.evaluate(
		() => (window as unknown as { __touches: number[] }).__touches
	);
	const gaps = touches.slice(1).map((t, i) => t - touches[i]);
	const quick = gaps.filter((g) => g < 100).length;
	expect(quick).toBeGreaterThanOrEqual(doubled);
	console.log(
		`restless thumb, seed ${seed}: ${taps} taps (${doubled} doubled within 100 ms) on ${labels.size} controls, ${(gameMs / 3_600_000).toFixed(1)} h of game time; ${quick} touches within 100 ms of the one before; controls: ${[...labels].join(', ')}`
	);
	expect(labels.size).toBeGreaterThan(15);
}

test.describe('restless thumb', () => {
	test.setTimeout(180_000);
	test('a new game', async ({ page }) => restlessThumb(page, 1401, null));
	test('the Garage, rich', async ({ page }) => restlessThumb(page, 1402, rich('e2e/garage.json')));
	test('a mid-game lab, rich', async ({ page }) =>
		restlessThumb(page, 1403, rich('e2e/mid-game.json')));
	test('a late-era lab, rich', async ({ page }) =>
		restlessThumb(page, 1404, rich('e2e/late-era.json')));
});
