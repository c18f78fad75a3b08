// The away report arrives on its own, a moment after the page (after the catch-up): a tap the
// player already made or is making, going for Release, is never eaten by the catch-up or the
// report, nor lands on the report's buttons (playtest #19).
import { expect, test, type Page } from '@playwright/test';
import { makeRecord } from '../../src/lib/save/record';
import { decodeState } from '../../src/lib/save/codec';
import { fixture, gateWaitingState, waitForSave, writeSave, type SaveRecord } from './saves';

// Routes do not see what a service worker serves: keep it out, to hold the catch-up's worker.
test.use({ serviceWorkers: 'block' });

/** The mid-game lab two hours ago, a finished model waiting at the gate, automation off, no event. */
const awayAtCheckIn = (now: number): SaveRecord =>
	makeRecord(gateWaitingState('mid-game', 5), now - 2 * 3_600_000, 1) as unknown as SaveRecord;

/** Reloads onto the save with the catch-up's worker held until the returned function is called. */
async function reloadHeld(page: Page, record: SaveRecord): Promise<() => void> {
	await page.goto('/');
	await page.getByTestId('stock-cash').waitFor();
	await writeSave(page, record);
	let letIn!: () => void;
	const mayLoad = new Promise<void>((r) => (letIn = r));
	await page.route('**/workers/**', async (route) => {
		await mayLoad;
		await route.continue();
	});
	await page.reload();
	await expect(page.getByTestId('catching-up')).toBeVisible();
	return letIn;
}

test('a tap on Release during the catch-up is made once it is done, before the report', async ({
	page
}) => {
	const record = awayAtCheckIn(Date.now());
	const letIn = await reloadHeld(page, record);
	// The catch-up's box lies over the lab: the tap goes through it to the button.
	await page.getByTestId('release').tap();
	await expect(page.getByTestId('notice')).toContainText('your move is made once it is done');
	letIn();
	await expect(page.getByTestId('away-report')).toBeVisible();
	await expect(page.getByTestId('release')).toHaveCount(0);
	const state = decodeState((await waitForSave(page, record.savedAt)).state);
	expect(state.gate).toBeNull();
	expect(state.model.name).toBe('Gate-7');
});

test('a tap in the report’s first half second reaches what it was aimed at; then the report takes taps', async ({
	page
}) => {
	await page.clock.install();
	const record = awayAtCheckIn(await page.evaluate(() => Date.now()));
	const letIn = await reloadHeld(page, record);
	// Hold the page's clock from here: the report stays in its first half second until told.
	await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
	letIn();
	const report = page.getByTestId('away-report');
	await expect(report).toBeVisible();
	// The thumb going for Release, under the report.
	const release = (await page.getByTestId('release').boundingBox())!;
	await page.touchscreen.tap(release.x + release.width / 2, release.y + release.height / 2);
	// The lab released its model, and the report is still there.
	await expect(page.locator('#gate-title')).toContainText('Gate-7');
	await expect(page.getByTestId('release')).toHaveCount(0);
	// A tap where its button lies goes to what is under it (here the tab bar), not to the button.
	// (Its button brought into view first: a long report puts it below the screen, and a tap
	// off the screen would prove nothing.)
	await page.getByTestId('away-dismiss').evaluate((el) => el.scrollIntoView({ block: 'center' }));
	const dismiss = (await page.getByTestId('away-dismiss').boundingBox())!;
	expect(dismiss.y + dismiss.height).toBeLessThanOrEqual(page.viewportSize()!.height);
	await page.touchscreen.tap(dismiss.x + dismiss.width / 2, dismiss.y + dismiss.height / 2);
	await expect(report).toBeVisible();
	await expect(report).toHaveClass(/arriving/);
	// Half a second on, the report is modal and its button answers.
	await page.clock.runFor(600);
	await expect(report).not.toHaveClass(/arriving/);
	// (Measured again: the release changed the report's lines above the button, and the modal
	// opens at its top, the button below the screen on a long report: brought into view.)
	await page.getByTestId('away-dismiss').scrollIntoViewIfNeeded();
	const button = (await page.getByTestId('away-dismiss').boundingBox())!;
	await page.touchscreen.tap(button.x + button.width / 2, button.y + button.height / 2);
	await expect(report).toBeHidden();
});

// Playtest 26: after ten hours in Orbit the report opened scrolled to its bottom: its first
// focusable was "Back to the lab" (no price Switch), and the modal focused it. Its title takes
// the focus now, and the summary is what the player sees first.
test('a long report opens at its top, the summary in view', async ({ page }) => {
	// A shorter phone, so the report (its repeated news told once since playtest 27) runs past it.
	await page.setViewportSize({ width: 390, height: 667 });
	const state = decodeState(fixture('e2e/orbit.json').state);
	for (const rule of Object.values(state.meta.automation)) rule.on = false;
	const record = makeRecord(state, Date.now() - 10 * 3_600_000, 1) as unknown as SaveRecord;
	await page.goto('/');
	await page.getByTestId('stock-cash').waitFor();
	await writeSave(page, record);
	await page.reload();
	const report = page.getByTestId('away-report');
	await expect(report).toBeVisible({ timeout: 30_000 });
	// Settled (a modal from half a second on: shell/arriving.ts), with its focus placed.
	await expect(page.locator('#away-title')).toBeFocused();
	await expect(page.locator('#away-title')).toBeInViewport();
	await expect(page.getByTestId('away-duration')).toBeInViewport();
	// Long enough that its bottom is out of view: the case that scrolled.
	await expect(page.getByTestId('away-dismiss')).not.toBeInViewport();
	// Ten hours of dawns took one of its two satellites, and the report says so (playtest 28
	// found it only by counting).
	await expect(page.getByTestId('away-radiation')).toHaveText(
		'Radiation retired 1 unit while you were away (the Launch window card says what halves it).'
	);
});
