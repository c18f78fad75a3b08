// Dyson's star trains the run with the slider at 0 (its kept watts): the Train ↔ Serve card must
// not call the run paused (playtest 22 read "The run is paused" beside "9.19M QFLOP/s to the run"
// and a moving progress bar). With nothing kept, the same lab's run is paused, and the card says so.
import { expect, test } from '@playwright/test';
import { eraContent } from '../../src/lib/content';
import { apply, rates, runPause, suggestedRunSize } from '../../src/lib/engine';
import { fixtureState } from '../unit/engine/helpers';
import { holdClock, openWithSave, recordOf } from './saves';

test.beforeEach(async ({ page }) => {
	await holdClock(page);
});

function starLab(beam: number) {
	const s = fixtureState('dyson');
	const c = eraContent('dyson');
	s.run = null;
	s.gate = null;
	s.dyson.panels = 40;
	expect(apply(s, c, { type: 'start-run', size: suggestedRunSize(s, c, rates(s, c)).id }).ok).toBe(
		true
	);
	expect(apply(s, c, { type: 'train-share', share: 0 }).ok).toBe(true);
	expect(apply(s, c, { type: 'beam', share: beam }).ok).toBe(true);
	return { s, c };
}

test('dyson: with the slider at 0 and watts kept at the star, the run trains and is not called paused', async ({
	page
}) => {
	const { s, c } = starLab(0.5);
	expect(runPause(s, rates(s, c))).toBeNull();
	await openWithSave(page, recordOf(s));
	await expect(page.getByTestId('match-text')).toBeVisible();
	await expect(page.getByTestId('match-text')).not.toContainText('paused');
});

test('dyson: with every watt beamed and the slider at 0, the card says the run is paused', async ({
	page
}) => {
	const { s, c } = starLab(1);
	expect(runPause(s, rates(s, c))).not.toBeNull();
	await openWithSave(page, recordOf(s));
	await expect(page.getByTestId('match-text')).toContainText('paused');
});
