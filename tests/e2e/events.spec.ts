// A world event asks a question on the Lab, near the top, and in the away report when it came
// while the player was away; the answer is saved like any other action.
import { expect, test, type Page } from '@playwright/test';
import { WORLD_EVENTS, eraContent } from '../../src/lib/content';
import { advance, eventAdvice, newGame, rates, startEvent } from '../../src/lib/engine';
import { decodeState } from '../../src/lib/save/codec';
import { makeRecord } from '../../src/lib/save/record';
import { openWithSave, waitForSave, writeSave } from './saves';

/** A Garage lab five minutes in with `eventId` just begun, saved `ago` ms before now. */
function labWithEvent(eventId: string, ago = 0) {
	const s = newGame(3);
	const c = eraContent('garage');
	s.nextEventAt = 1e9;
	advance(s, c, 300);
	startEvent(
		s,
		WORLD_EVENTS.find((e) => e.id === eventId)!
	);
	return makeRecord(s, Date.now() - ago, 1);
}

async function expectInFirstViewport(page: Page, selector: string) {
	const viewport = page.viewportSize()!;
	for (const el of await page.locator(selector).all()) {
		const box = (await el.boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
	}
}

test('the Lab asks, the answer is saved, and the card says what holds', async ({ page }) => {
	await openWithSave(page, labWithEvent('viral-moment'));
	const card = page.getByTestId('world-event');
	await expect(card).toBeVisible();
	await expect(card).toContainText('Viral moment');
	await expect(page.getByTestId('event-default')).toContainText('Let it pass');
	// How long it lasts, before the answer (playtest 27 read "answer in …" as a deadline).
	await expect(page.getByTestId('event-clock')).toHaveText(
		/^lasts (\d+m )?\d+s$|^lasts \d+m \d+s$/
	);
	await expect(card.locator('[data-checkin]')).toHaveCount(2);
	await expectInFirstViewport(page, '[data-testid="world-event"] [data-checkin]');
	const before = Date.now();
	await page.getByTestId('event-choice-ride').tap();
	// Said as done: it does not read as an offer still to take.
	await expect(page.getByTestId('event-answer')).toContainText('You answered: Serve the crowd.');
	await expect(page.getByTestId('event-clock')).toHaveText(/^ends in /);
	await expect(card.locator('[data-checkin]')).toHaveCount(0);
	const saved = await waitForSave(page, before);
	expect(decodeState(saved.state).event?.choice).toBe('ride');
});

// Playtest 20 let a viral moment pass and read "You answered: Let it pass. Nothing changes." under
// "ends in 17m 02s", as if something still ran: an answer that changes nothing closes the card.
test('letting a viral moment pass closes its card: nothing of it is left to watch', async ({
	page
}) => {
	await openWithSave(page, labWithEvent('viral-moment'));
	const card = page.getByTestId('world-event');
	await expect(card).toBeVisible();
	const before = Date.now();
	await page.getByTestId('event-choice-pass').tap();
	await expect(card).toHaveCount(0);
	const saved = await waitForSave(page, before);
	expect(decodeState(saved.state).event?.choice).toBe('pass');
});

// Playtest 9 saw "Serve the crowd" in green while badly short of capacity: the emphasis follows
// the engine's advice (event-advice.ts), not "whichever is not the default".
test("the event card's green answer is the one the engine advises", async ({ page }) => {
	const s = newGame(3);
	const c = eraContent('garage');
	s.nextEventAt = 1e9;
	advance(s, c, 300);
	// Starved: demand three times what the fleet serves serving fully, all of it serving (the
	// waits drive demand down to that capacity and no lower: still no room for a crowd).
	s.trainShare = 0;
	const r = rates(s, c);
	s.hype = r.fullCapacity.mul(3).div(r.baseDemand).toNumber() - 1;
	startEvent(
		s,
		WORLD_EVENTS.find((e) => e.id === 'viral-moment')!
	);
	expect(eventAdvice(s, c)).toBe('pass');
	await openWithSave(page, makeRecord(s, Date.now(), 1));
	await expect(page.getByTestId('event-choice-pass')).toHaveClass(/btn-primary/);
	await expect(page.getByTestId('event-choice-ride')).not.toHaveClass(/btn-primary/);
	// Advice off (Settings): neither answer is marked, the choice is the player's (playtest 25).
	await page.evaluate(() =>
		localStorage.setItem('frontier/prefs', JSON.stringify({ advice: false }))
	);
	await page.reload();
	await expect(page.getByTestId('event-choice-pass')).toBeVisible();
	await expect(page.getByTestId('event-choice-pass')).not.toHaveClass(/btn-primary/);
	await expect(page.getByTestId('event-choice-ride')).not.toHaveClass(/btn-primary/);
});

test('an event that came while away is answered from the away report', async ({ page }) => {
	await page.goto('/');
	await page.getByTestId('stock-cash').waitFor();
	// Away for two minutes: the event (begun as the player left) still waits for an answer.
	await writeSave(page, labWithEvent('price-war', 120_000));
	await page.reload();
	const report = page.getByTestId('away-report');
	await expect(report).toBeVisible();
	await expect(report.getByTestId('world-event')).toContainText('Price war');
	await report.getByTestId('event-choice-match').tap();
	await expect(report.getByTestId('event-answer')).toContainText('Match their price');
	await report.getByTestId('away-dismiss').tap();
	await expect(page.getByTestId('event-answer')).toContainText('Match their price');
});

// Playtest 18 signed the subpanel, saw "Building · 59s" turn to "14m 50s" on the Fleet and found
// why only on the Lab's event card: the contract being built says it, and it goes with the answer.
test('a regulatory delay says on the Fleet why power being built takes longer', async ({
	page
}) => {
	const s = newGame(3);
	const c = eraContent('garage');
	s.nextEventAt = 1e9;
	advance(s, c, 300);
	s.cash = s.cash.add(10_000);
	s.power['garage-subpanel'] = s.tick + 60;
	startEvent(
		s,
		WORLD_EVENTS.find((e) => e.id === 'regulatory-delay')!
	);
	await openWithSave(page, makeRecord(s, Date.now(), 1));
	await page.getByTestId('tab-fleet').tap();
	await expect(page.getByTestId('build-held')).toHaveText(
		'Regulatory delay: 15m 00s longer unless you answer it on the Lab.'
	);
	await page.getByTestId('tab-lab').tap();
	await page.getByTestId('event-choice-expedite').tap();
	await page.getByTestId('tab-fleet').tap();
	await expect(page.getByTestId('build-held')).toHaveCount(0);
});

// Playtest 42 missed an event's question while on another tab, and its default was taken: the Lab
// tab is marked while one waits for an answer, and not once it is answered.
test('the Lab tab is marked while an event waits for an answer on another tab', async ({
	page
}) => {
	await openWithSave(page, labWithEvent('viral-moment'));
	await expect(page.getByTestId('world-event')).toBeVisible();
	// On the Lab itself the card is the mark.
	await expect(page.getByTestId('tab-badge-lab')).toHaveCount(0);
	await page.getByTestId('tab-fleet').tap();
	await expect(page.getByTestId('tab-badge-lab')).toBeVisible();
	await expect(page.getByTestId('tab-lab')).toHaveAccessibleDescription(
		'A world event waits for your answer.'
	);
	await page.getByTestId('tab-lab').tap();
	await page.getByTestId('event-choice-ride').tap();
	await page.getByTestId('tab-fleet').tap();
	await expect(page.getByTestId('tab-badge-lab')).toHaveCount(0);
});
