// Memory is the board: a lab whose model does not fit its fleet's memory sees it on the Lab and
// Fleet screens, with the speed it serves at; the Fleet screen gives the bill's share of revenue.
import { expect, test, type Page } from '@playwright/test';
import {
	advance,
	buy,
	memoryFix,
	money,
	newGame,
	rates,
	type GameState
} from '../../src/lib/engine';
import { makeRecord } from '../../src/lib/save/record';
import {
	garage,
	overBilledLab,
	overBoughtLab,
	overBoughtRun,
	pausedLab
} from '../unit/engine/helpers';
import { fixture, openGame, openWithSave, recordOf, writeSave, type SaveRecord } from './saves';

test('memory: the Lab and Fleet screens show a model too big for the fleet', async ({ page }) => {
	await openWithSave(page, fixture('e2e/memory-bound.json'));
	await expect(page.getByTestId('memory-bound')).toContainText('serves at');

	await page.getByTestId('tab-fleet').tap();
	const meter = page.getByTestId('memory-meter');
	await expect(meter).toContainText('of');
	const speed = async () =>
		Number(
			/serves at (\d+)%/.exec((await page.getByTestId('memory-bound').textContent()) ?? '')?.[1]
		);
	expect(await speed()).toBeGreaterThan(0);
	expect(await speed()).toBeLessThan(100);
	await expect(page.getByTestId('power-bill')).toContainText('of revenue');
	// The Cloud's racks bring memory at once: the fix says how many, beside the cheapest buy
	// (playtest 17 was pointed at pods it could not afford). Renting them makes the model fit.
	const fix = page.getByTestId('memory-fix');
	await expect(fix).toContainText(/Or rent (\d+) racks? \(Rent or buy\): \$\S+ an hour, at once\./);
	const racks = Number(/Or rent (\d+) rack/.exec((await fix.textContent()) ?? '')![1]);
	for (let i = 0; i < racks; i++) await page.getByTestId('rent-more').tap();
	await expect(page.getByTestId('cloud-rental')).toContainText(
		`${racks} ${racks === 1 ? 'rack' : 'racks'} rented`
	);
	await expect(page.getByTestId('memory-bound')).toHaveCount(0);
});

// Playtest 15 read "the model you start with … That is how a lab starts" in Hyperscale: a later
// era's starter is the era's.
test("memory: a later era's starter model is the era's, not the lab's first", async ({ page }) => {
	await openWithSave(page, fixture('e2e/hyperscale.json'));
	const starter = page.getByTestId('memory-starter');
	await expect(starter).toContainText('Atlas-0, the model this era starts with, needs');
	await expect(starter).toContainText('That is how an era starts');
});

// The playtest's brand-new game opened with a red "Ember-0 ... serves at 76%" before its first
// tap: a new game's two GPUs now hold the starter model, and a lab whose starter does not fit
// (one card of the two) is told calmly, with why and what grows the memory.
test('memory: a new game holds its starter model; on one card it says so calmly', async ({
	page
}) => {
	await openGame(page);
	await expect(page.getByTestId('memory-starter')).toHaveCount(0);
	await expect(page.getByTestId('memory-bound')).toHaveCount(0);
	// Nothing on the first screen is in the danger colour.
	await expect(page.locator('[data-screen="lab"] .danger')).toHaveCount(0);
	const lab = newGame(1);
	lab.hardware['gaming-gpu'] = 1;
	await openWithSave(page, recordOf(lab));
	const starter = page.getByTestId('memory-starter');
	await expect(starter).toContainText('Ember-0, the model you start with, needs');
	await expect(starter).toContainText('serves at');
	await expect(starter).toContainText('Fleet screen adds memory');
	await expect(page.getByTestId('memory-bound')).toHaveCount(0);
	// The memory bar is not in the danger colour either.
	const bar = page.getByTestId('memory-meter').locator('.meter span');
	const colour = (v: string) =>
		page.evaluate((name) => getComputedStyle(document.body).getPropertyValue(name).trim(), v);
	const danger = await colour('--danger');
	expect(await bar.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(
		await page.evaluate((c) => {
			const probe = document.createElement('span');
			probe.style.color = c;
			document.body.append(probe);
			const rgb = getComputedStyle(probe).color;
			probe.remove();
			return rgb;
		}, danger)
	);
});

// Power that cannot be paid is cut, never a stall (engine/power-cut.ts): a broke lab whose bill
// is ~100x what its serving earns hears, on the Fleet screen, why its chips stopped and what
// lifts the cut.
/** The lab a step on, broke, on the Fleet screen: its cut line and the share of chips it says run. */
async function cutLine(page: Page, s: GameState) {
	advance(s, garage, 1);
	expect(s.idle).toBe(true);
	await openWithSave(page, makeRecord(s, Date.now(), 1) as unknown as SaveRecord);
	await page.getByTestId('tab-fleet').tap();
	const line = page.getByTestId('power-cut');
	// Broke a step ago: "out of cash" until its sales have saved some, then "since the cash ran out".
	await expect(line).toContainText(/Power cut(: out of cash,| since the cash ran out:)/);
	const share = /\((<?)(\d+)%/.exec((await line.textContent()) ?? '');
	expect(share).not.toBeNull();
	return { line, share: share! };
}

test('power cut: the Fleet screen says how much runs and what lifts it', async ({ page }) => {
	const { line, share } = await cutLine(page, overBilledLab());
	await expect(line).toContainText(
		'the grid powers only the chips your customers keep busy and the training their sales pay for'
	);
	// Some chips run, not all: the share reads between "<1%" and "99%", never "0%" nor "100%".
	expect(share[1] === '<' || Number(share[2]) > 0).toBe(true);
	expect(Number(share[2])).toBeLessThan(100);
	await expect(line).toContainText(/It lifts once you have \$\d/);
});

// A lab that bought far more chips than its customers need (on a launch's spike) and cannot pay
// their bill runs only the serving chips its customers keep busy, between runs and in one: it
// earns its way back, and the Fleet screen says so.
for (const { when, lab } of [
	{ when: 'between runs', lab: overBoughtLab },
	{ when: 'in a run', lab: () => overBoughtRun(0.3) }
])
	test(`power cut ${when}: only the chips customers need run, and the cash goes up`, async ({
		page
	}) => {
		const { line, share } = await cutLine(page, lab());
		await expect(line).toContainText(
			/only the chips your customers keep busy.*\(<?\d+% of your chips\)/
		);
		expect(Number(share[2])).toBeLessThan(when === 'in a run' ? 50 : 10);
		// It earns: the cash counter leaves $0 (before the rule, it sat there: until the next run
		// between runs, for days in one).
		await expect
			.poll(() => page.getByTestId('stock-cash').locator('dd').first().textContent(), {
				timeout: 15_000
			})
			.not.toMatch(/^\$0(\.0+)?$/);
	});

// Playtest 4 came back after 16 minutes to $0 and a run frozen at 99.9 % "until you hold
// $2.61K", which was 18 more minutes away: the return and the Run card say when it resumes.
// Ten minutes of saving on, not "out of cash" (playtest 37 read it beside cash in the header).
test('power cut: a paused run says what it waits for and when, on return and on its card', async ({
	page
}) => {
	const lab = pausedLab(37, 0.2);
	lab.run!.progress = lab.run!.target.mul(0.999);
	await openGame(page);
	await writeSave(page, { ...recordOf(lab), savedAt: Date.now() - 10 * 60_000 });
	await page.reload();
	await expect(page.getByTestId('away-run-paused')).toContainText(
		/Your run is paused at 99\.9%: the cash ran out, so the power to training is cut until you hold \$[\d.]+: about 1h \d\dm away at this income\./
	);
	await page.getByTestId('away-dismiss').tap();
	await expect(page.getByTestId('run-paused')).toContainText(
		/until you hold \$[\d.]+: about 1h \d\dm away at this income/
	);
});

// Playtest 4's Garage memory wall: every release card said "90% of customers leave", and "Buy
// memory" had the player saving for the $1.4K card when six $24 GPUs made the model fit. The
// Memory card names the cheapest buy that makes the waiting model fit, and how many.
test('memory: the Memory card points at the cheapest buy that fits the model', async ({ page }) => {
	const lab = newGame(1);
	lab.gate = { ...lab.model, name: 'Ember-3', params: lab.model.params.mul(2) };
	await openWithSave(page, recordOf(lab));
	// The Lab's Memory card (below the gate: a line more on the gate pushed the check-in moves
	// out of the first viewport, thumb-reach.spec).
	await expect(page.getByTestId('memory-fix')).toHaveText(
		/^The cheapest way to fit it: 2 × Gaming GPU, \$\d+(\.\d+)? on the Fleet screen\.$/
	);
	await page.getByTestId('tab-fleet').tap();
	await expect(page.getByTestId('memory-fix')).toHaveText(
		/^The cheapest way to fit it: 2 × Gaming GPU, \$\d+(\.\d+)?\.$/
	);
});

// Playtest 18 bought the GPU the Memory card named and its income fell: memory caps serving
// only, and every customer was served. The card says so then, and not while customers wait.
test('memory: with every customer served, the fix says fitting the model adds no sales yet', async ({
	page
}) => {
	const lab = newGame(1);
	buy(lab, garage, 'gaming-gpu', 1);
	lab.model = {
		...lab.model,
		name: 'Ember-3',
		capability: lab.model.capability + 10,
		params: lab.model.params.mul(3)
	};
	lab.hype = -0.95;
	await openWithSave(page, recordOf(lab));
	await page.getByTestId('tab-fleet').tap();
	await expect(page.getByTestId('memory-fix')).toContainText('The cheapest way to fit it');
	await expect(page.getByTestId('memory-fix-served')).toHaveText(
		'Every customer is served now, so fitting it adds no sales until demand grows.'
	);
	lab.hype = 5;
	await openWithSave(page, recordOf(lab));
	await page.getByTestId('tab-fleet').tap();
	await expect(page.getByTestId('memory-fix')).toContainText('The cheapest way to fit it');
	await expect(page.getByTestId('memory-fix-served')).toHaveCount(0);
});

// Playtest 24 held a model for half an hour at "Add power first": no number of chips fits it on
// a full home circuit, and the Memory card named no way out. It names the contract to sign, then
// the chips, with the total; signed, it says to wait for the contract, then the same chips.
test('memory: past the power, the Memory card names the contract to sign, then the chips (playtest 24)', async ({
	page
}) => {
	const s = newGame(1);
	s.nextEventAt = 1e9;
	s.hardware['gaming-gpu'] = 4;
	s.cash = money(garage, 1000);
	const r = rates(s, garage);
	s.gate = {
		...s.model,
		name: 'Ember-4',
		capability: s.model.capability + 10,
		params: s.model.params.mul(r.memory.div(r.footprint).mul(5.4))
	};
	const fix = memoryFix(s, garage, rates(s, garage))!;
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-fleet').tap();
	const note = page.getByTestId('memory-fix');
	await expect(note).toContainText(
		`Your power runs no more chips. The cheapest way to fit it: sign the Garage subpanel ($600), then ${fix.count} × Gaming GPU (`
	);
	await expect(note).toContainText(/in all\.$/);
	await note.scrollIntoViewIfNeeded();
	await page.screenshot({ path: test.info().outputPath('memory-power-first-390.png') });
	await page.getByTestId('sign-garage-subpanel').tap();
	await expect(note).toContainText(
		`Once the Garage subpanel being built is on, the cheapest way to fit it: ${fix.count} × Gaming GPU, $`
	);
	// The Lab's Memory card says the same, pointing at the Fleet screen.
	await page.getByTestId('tab-lab').tap();
	await expect(page.getByTestId('memory-fix')).toContainText('on the Fleet screen');
	await page.getByTestId('memory-fix').scrollIntoViewIfNeeded();
	await page.screenshot({ path: test.info().outputPath('memory-power-first-lab-390.png') });
});
