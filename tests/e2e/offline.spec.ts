// Time away is caught up by the engine's own rules, reported, capped, and never freezes.
import { expect, test, type Page } from '@playwright/test';
import { eraContent } from '../../src/lib/content';
import { advance, type GameState } from '../../src/lib/engine';
import { decodeState } from '../../src/lib/save/codec';
import { readSave, saveNow, setHidden, waitForSave, writeSave } from './saves';

const HOUR = 3_600_000;
const T0 = new Date('2026-11-22T08:00:00Z').getTime();

async function playALittle(page: Page) {
	await page.getByTestId('tab-fleet').tap();
	await page.getByTestId('buy-gaming-gpu').tap();
	await page.getByTestId('tab-lab').tap();
	await page.getByTestId('start-run').tap();
}

function expectClose(actual: number, expected: number, label: string) {
	expect(Math.abs(actual - expected), label).toBeLessThanOrEqual(
		1e-9 * Math.max(Math.abs(expected), 1)
	);
}

/** The figures that matter, compared with the engine's own reference. */
function expectSameGame(actual: GameState, reference: GameState) {
	expect(actual.tick).toBe(reference.tick);
	expectClose(actual.cash.toNumber(), reference.cash.toNumber(), 'cash');
	expectClose(actual.tokens.toNumber(), reference.tokens.toNumber(), 'tokens');
	expectClose(actual.hype, reference.hype, 'hype');
	expect(actual.model.name).toBe(reference.model.name);
	expect(actual.gate?.capability).toBe(reference.gate?.capability);
	expect(actual.rivals.map((r) => r.capability)).toEqual(reference.rivals.map((r) => r.capability));
	expect(actual.stats).toEqual(reference.stats);
}

test('closed for 8 hours: the report appears and the state is what the engine computes', async ({
	context
}) => {
	const page = await context.newPage();
	await page.clock.install({ time: T0 });
	await page.goto('/');
	await expect(page.getByTestId('stock-cash')).toBeVisible();
	await playALittle(page);
	await page.clock.runFor(30_000);
	await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
	const saved = await waitForSave(page, T0);
	await page.close();

	const reopened = await context.newPage();
	// Paused just past eight hours: installed a little before, so that pausing is still ahead
	// of the page clock however busy the machine is.
	await reopened.clock.install({ time: saved.savedAt + 8 * HOUR - 20_000 });
	await reopened.clock.pauseAt(saved.savedAt + 8 * HOUR + 500);
	await reopened.goto('/');
	await expect(reopened.getByTestId('away-report')).toBeVisible();
	await expect(reopened.getByTestId('away-duration')).toContainText('8h 00m');
	const after = await waitForSave(reopened, saved.savedAt);

	const before = decodeState(saved.state);
	const state = decodeState(after.state);
	expect(state.tick - before.tick).toBe(8 * 3600);
	expectSameGame(state, advance(before, eraContent('garage'), 8 * 3600));

	// The report takes taps half a second after it shows (arrival.spec): the clock is held here.
	await reopened.clock.runFor(600);
	await reopened.getByTestId('away-dismiss').tap();
	await expect(reopened.getByTestId('away-report')).toBeHidden();
});

test('a tab hidden for 10 minutes is caught up on return', async ({ page }) => {
	await page.clock.install({ time: T0 });
	await page.goto('/');
	await expect(page.getByTestId('stock-cash')).toBeVisible();
	await setHidden(page, true);
	const hiddenAt = await waitForSave(page, 0);
	await page.clock.fastForward(10 * 60_000);
	await setHidden(page, false);
	await expect(page.getByTestId('away-report')).toBeVisible();
	await expect(page.getByTestId('away-duration')).toContainText('10m');
	const back = await waitForSave(page, hiddenAt.savedAt);
	const steps = decodeState(back.state).tick - decodeState(hiddenAt.state).tick;
	expect(steps).toBeGreaterThanOrEqual(600);
	expect(steps).toBeLessThanOrEqual(601);
});

test('a clock moved back an hour: no loss, no gain, and the game keeps running', async ({
	page
}) => {
	await page.clock.install({ time: T0 });
	await page.goto('/');
	await expect(page.getByTestId('stock-cash')).toBeVisible();
	await page.clock.runFor(20_000);
	await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
	const firstSave = await waitForSave(page, 0);
	const first = decodeState(firstSave.state);
	await setHidden(page, false);

	await page.clock.setSystemTime(T0 + 20_000 - HOUR);
	await page.clock.runFor(30_000);
	await saveNow(page);
	const second = (await readSave(page))!;
	// The save carries the latest time a save carried, not the clock's, so setting the clock
	// forward again is not paid this hour twice (playtest 34).
	expect(second.savedAt).toBe(firstSave.savedAt);
	const state = decodeState(second.state);
	// 30 s of play happened: 30 steps (give or take the step in progress), not -3600, not +3600.
	expect(state.tick - first.tick).toBeGreaterThanOrEqual(29);
	expect(state.tick - first.tick).toBeLessThanOrEqual(31);
	expect(state.cash.gte(first.cash)).toBe(true);
	await expect(page.getByTestId('away-report')).toBeHidden();
});

test.describe('a month away', () => {
	// Routes do not see what a service worker serves: keep it out of this test.
	test.use({ serviceWorkers: 'block' });
	test('30 days away with a 24 h cap: exactly 24 h counted in a worker, the rest reported, the page answers meanwhile', async ({
		page
	}) => {
		await page.goto('/');
		await expect(page.getByTestId('stock-cash')).toBeVisible();
		await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
		const saved = await waitForSave(page, 0);
		// The save says the game was last seen 30 days ago.
		await writeSave(page, { ...saved, savedAt: Date.now() - 30 * 24 * HOUR });

		// Hold the catch-up worker's script until the page has shown it answers input while
		// the catch-up is under way; then let it run. (How long tasks take is measured by
		// `npm run bench -- offline`, not here: a busy machine would flip a time.)
		let letWorkerIn!: () => void;
		const workerMayLoad = new Promise<void>((resolve) => (letWorkerIn = resolve));
		await page.route('**/workers/**', async (route) => {
			await workerMayLoad;
			await route.continue();
		});
		const workers: string[] = [];
		page.on('worker', (w) => workers.push(w.url()));

		await page.reload();
		await expect(page.getByTestId('catching-up')).toBeVisible();
		// Input is answered while the absence is being caught up: a key press reaches a
		// handler and a frame is painted.
		const answered = await page.evaluate(
			() =>
				new Promise<boolean>((resolve) => {
					addEventListener('keydown', () => requestAnimationFrame(() => resolve(true)), {
						once: true
					});
					dispatchEvent(new KeyboardEvent('keydown', { key: 'x' }));
				})
		);
		expect(answered).toBe(true);
		letWorkerIn();

		await expect(page.getByTestId('away-report')).toBeVisible();
		await expect(page.getByTestId('away-duration')).toContainText('1d 0h');
		await expect(page.getByTestId('away-over-cap')).toContainText('29d');
		const after = await waitForSave(page, saved.savedAt);
		expect(decodeState(after.state).tick - decodeState(saved.state).tick).toBe(24 * 3600);
		// The steps ran in the catch-up worker, not on the page's thread.
		expect(workers.some((url) => url.includes('catchup.worker'))).toBe(true);
	});
});

test.describe('interrupted', () => {
	// Routes do not see what a service worker serves: keep it out of this test.
	test.use({ serviceWorkers: 'block' });
	test('a catch-up cut short by closing the app loses nothing: it runs again next time', async ({
		context
	}) => {
		const page = await context.newPage();
		await page.goto('/');
		await expect(page.getByTestId('stock-cash')).toBeVisible();
		await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
		const saved = await waitForSave(page, 0);
		const away = { ...saved, savedAt: Date.now() - 6 * HOUR };
		await writeSave(page, away);

		// The worker never arrives, so the catch-up is still running when the app is closed.
		await page.route('**/workers/**', () => {});
		await page.reload();
		await expect(page.getByTestId('catching-up')).toBeVisible();
		await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
		await page.close({ runBeforeUnload: true });

		const next = await context.newPage();
		await next.goto('/manifest.webmanifest'); // same origin, no game running
		expect((await readSave(next))!.savedAt).toBe(away.savedAt); // the old save is intact
		await next.goto('/');
		await expect(next.getByTestId('away-report')).toBeVisible();
		const after = await waitForSave(next, away.savedAt);
		expect(decodeState(after.state).tick - decodeState(saved.state).tick).toBeGreaterThanOrEqual(
			6 * 3600
		);
	});
});
