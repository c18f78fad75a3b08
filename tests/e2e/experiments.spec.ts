// Where spare compute runs the researchers' experiments (Hyperscale here): the Train ↔ Serve card
// says what the split leaves them and what it does to insight, and the Demand card calls the
// spare compute theirs, not idle.
import { expect, test } from '@playwright/test';
import { eraContent } from '../../src/lib/content';
import { apply, rates } from '../../src/lib/engine';
import { readRecord } from '../../src/lib/save/record';
import { fixture, holdClock, openWithSave, recordOf } from './saves';

/** The Hyperscale fixture's lab with ten times its fleet, no hype and five researchers: compute to
 * spare, and people to use it. */
function spareLab() {
	const { state } = readRecord(fixture('e2e/hyperscale.json'));
	for (const id in state.hardware) state.hardware[id] *= 10;
	state.hype = 0;
	// Researchers at work (with none, nothing runs the experiments and the line is not shown).
	state.researchers = 5;
	return recordOf(state);
}

const boost = async (text: Promise<string>) =>
	Number(/research runs at ([\d.]+)×/.exec(await text)![1]);

test('experiments: training more leaves the researchers less, and insight says so', async ({
	page
}) => {
	// Held still: with ten times the fleet the run started below can end before the slider is
	// read on a busy machine, and then nothing trains (CI on branch s35 read "60% of the fleet is
	// free" at 100 % training).
	await holdClock(page);
	await openWithSave(page, spareLab());
	const line = page.getByTestId('experiments');
	// Plain words (playtest 22 found "insight ×0.98 (×0.50 with none of it …)" hard to read).
	await expect(line).toContainText(
		/\d+% of the fleet is free, so research runs at [\d.]+× \(0\.5× with none free, up to 4\.5× with all of it free\)\./
	);
	await expect(line).not.toContainText('insight ×');
	await line.scrollIntoViewIfNeeded();
	await page.screenshot({ path: test.info().outputPath('experiments-free-390.png') });
	// The Demand card counts the experiments' share and speed as the experiments line does
	// (playtest 21).
	const [, share, speed] = /(\d+%) of the fleet is free, so research runs at ([\d.]+×)/.exec(
		await line.innerText()
	)!;
	await expect(page.getByTestId('demand-experiments')).toContainText(
		`your researchers' experiments run on the ${share} of the fleet beyond your steady customers (research at ${speed}).`
	);
	if (await page.getByTestId('start-run').isVisible()) await page.getByTestId('start-run').tap();
	await page.getByTestId('match-demand').waitFor();
	// Down to 10 % training, then up by six stops: the spare share and the boost fall.
	const slider = page.getByTestId('train-share');
	await slider.fill('10');
	await expect(page.getByTestId('train-share')).toHaveValue('10');
	const low = await boost(line.innerText());
	for (let i = 0; i < 6; i++) await page.getByTestId('train-more').tap();
	await expect(slider).toHaveValue('40');
	await expect.poll(() => boost(line.innerText())).toBeLessThan(low);
	await expect(line).toContainText('with none free');
	// All of it training: nothing is free, and the line says what would speed research up
	// (playtest 15 read "×0.50 with none spare" as a penalty).
	await slider.fill('100');
	// What nothing free weighs: the steady customers against what the fleet serves with (playtest
	// 23), here nothing.
	await expect(line).toContainText(
		/none of the fleet is free, so research runs at 0\.5×: your steady customers, those away included, want [\d.]+\s?\S* tok\/s, and you serve with 0 tok\/s\. Each 10% left free adds 0\.4×, up to 4\.5× with all of it free\./
	);
});

test('experiments: before the first hire, the card says what researchers would bring (playtest 16)', async ({
	page
}) => {
	const { state } = readRecord(fixture('e2e/hyperscale.json'));
	state.researchers = 0;
	await openWithSave(page, recordOf(state));
	await expect(page.getByTestId('experiments')).toContainText(
		'with researchers at work (Research), compute left free of training and steady customers speeds their research, up to 4.5×'
	);
});

test('experiments: sold out on hype with compute beyond the steady customers, the line says who waits (playtest 16)', async ({
	page
}) => {
	// The spare lab with hype: demand is 1.6× capacity, the steady customers' 0.4×.
	const record = spareLab();
	const { state } = readRecord(record);
	state.hype = 3;
	await openWithSave(page, recordOf(state));
	await expect(page.getByTestId('demand-status')).toContainText('tok/s unmet');
	await expect(page.getByTestId('experiments')).toContainText(
		'of the fleet is free (the customers left waiting came with the hype), so research runs at'
	);
	// Without the hype nobody waits, and the line does not say so.
	state.hype = 0;
	await openWithSave(page, recordOf(state));
	await expect(page.getByTestId('demand-status')).not.toContainText('unmet');
	await expect(page.getByTestId('experiments')).not.toContainText('came with the hype');
});

test("experiments: spare below the steady customers is not the experiments' (playtest 21)", async ({
	page
}) => {
	// Customers away (hype −50 %) and a fleet that serves less than the steady demand: capacity
	// is spare now, but none of it is beyond the steady customers. Playtest 21 read "47.9 Quad
	// tok/s spare — it runs your researchers' experiments" beside "none of the fleet is free".
	const { state } = readRecord(fixture('e2e/hyperscale.json'));
	state.researchers = 5;
	state.hype = -0.5;
	state.run = null;
	state.model.params = state.model.params.div(6);
	await openWithSave(page, recordOf(state));
	await expect(page.getByTestId('experiments')).toContainText('none of the fleet is free');
	const status = page.getByTestId('demand-status');
	await expect(status).toContainText('tok/s spare');
	await expect(page.getByTestId('demand-experiments')).toHaveText(
		'held for your steady customers: experiments run only on the fleet beyond them, and none is.'
	);
	await expect(status).not.toContainText('experiments run on the');
	await status.scrollIntoViewIfNeeded();
	await page.screenshot({ path: test.info().outputPath('demand-held-390.png') });
});

test('experiments: during a run with customers away, the line says what the rule weighs (playtest 23)', async ({
	page
}) => {
	// A run whose serving is a tenth short of the steady demand, customers away (hype −50 %): the
	// Demand card has capacity spare, the experiments none. Playtest 23 read "none of the fleet is
	// free" beside "4.36 Quad tok/s spare" and nothing said why.
	await holdClock(page);
	const c = eraContent('hyperscale');
	const { state } = readRecord(spareLab());
	expect(apply(state, c, { type: 'start-run', size: c.era.runSizes.at(-1)!.id }).ok).toBe(true);
	const probe = rates(state, c);
	const busy = probe.baseDemand.div(probe.fullCapacity.sub(probe.swarm)).toNumber();
	state.trainShare = Math.round((1.1 - busy) * 100) / 100;
	state.hype = -0.5;
	state.meta.automation.match.on = false;
	const r = rates(state, c);
	expect(r.spare).toBe(0);
	await openWithSave(page, recordOf(state));
	await expect(page.getByTestId('demand-status')).toContainText('tok/s spare');
	const line = page.getByTestId('experiments');
	await expect(line).toContainText(
		/none of the fleet is free, so research runs at 0\.5×: your steady customers, those away included, want [\d.]+\s?\S* tok\/s, and you serve with [\d.]+\s?\S* tok\/s\./
	);
	await expect(line).toContainText('those away and coming back included');
	// The steady figure is the demand with every customer back: more than the card's demand now.
	const [, want, serve] =
		/those away included, want (.+?) tok\/s, and you serve with (.+?) tok\/s/.exec(
			await line.innerText()
		)!;
	expect(want).not.toBe(serve);
	await line.scrollIntoViewIfNeeded();
	await page.screenshot({ path: test.info().outputPath('experiments-held-390.png') });
});
