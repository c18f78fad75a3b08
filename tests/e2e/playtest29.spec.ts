// Playtest 29 at 390×844: the launch gate never says hold of a model that takes the era goal;
// the Release manager's rule says every condition it applies; automation's number fields refuse
// bad input aloud; "Back to the lab" shows the Lab; a worse model waiting is said so; and the
// perk buttons, an empty file's import and Erase's word.
import { expect, test } from '@playwright/test';
import { eraContent, PERKS } from '../../src/lib/content';
import {
	autoReleaseRule,
	gateGoal,
	perkCost,
	releaseOutlook,
	type GameState
} from '../../src/lib/engine';
import { decodeState } from '../../src/lib/save/codec';
import { formatNumber } from '../../src/lib/format/number';
import {
	gateWaitingState,
	holdClock,
	openWithSave,
	quietFixture,
	readSave,
	recordOf,
	saveNow,
	writeSave
} from './saves';

test.use({ viewport: { width: 390, height: 844 } });

const SHOTS = process.env.FRONTIER_SHOTS;
const RELEASE_PERK = PERKS.find((p) => p.unlocks === 'release')!;
const BUY_PERK = PERKS.find((p) => p.unlocks === 'buy')!;

/** The Garage with a model at the gate that takes the era goal, ten times the served one's size:
 * the fleet's memory would serve it slowly, so it earns less than the served one. */
function goalAtGate(): GameState {
	const s = gateWaitingState('garage', 1);
	const c = eraContent(s.eraId);
	for (const rival of s.rivals) rival.nextReleaseAt = 1e12;
	const top = Math.max(c.era.goalCapability, ...s.rivals.map((r) => r.capability)) + 1;
	s.gate = { ...s.gate!, name: 'Ember-9', capability: top, params: s.model.params.mul(10) };
	return s;
}

test('a model that takes the era goal is told to release, even when it earns less', async ({
	page
}) => {
	const s = goalAtGate();
	const c = eraContent(s.eraId);
	const o = releaseOutlook(s, c)!;
	expect(o.lowersIncome).toBe(true);
	expect(o.fitAfter).toBeLessThan(1);
	expect(gateGoal(s, c)).toEqual({ takes: true });
	await holdClock(page);
	await openWithSave(page, recordOf(s));
	await expect(page.getByTestId('gate-goal')).toHaveText('Released, it takes the era goal.');
	const verdict = page.getByTestId('gate-verdict');
	await expect(verdict).toContainText(/^Release now: it takes the era goal/);
	await expect(verdict).not.toContainText('Hold');
	await expect(page.getByTestId('gate-hold')).toHaveText('Holding puts off the era goal.');
	await expect(page.getByTestId('release')).toHaveClass(/btn-primary/);
	if (SHOTS) await page.screenshot({ path: `${SHOTS}/ux30-gate-goal.png` });
	// The question before a release that lowers the income says the goal too.
	await page.getByTestId('release').tap();
	const ask = page.getByTestId('release-ask');
	await expect(ask).toContainText(/would serve it at \d+% speed\.\s+It takes the era goal\./);
	await expect(page.getByTestId('release-ask-goal')).toHaveText('It takes the era goal.');
	await expect(page.getByTestId('release-confirm')).toHaveText('Release');
	if (SHOTS) await page.screenshot({ path: `${SHOTS}/ux30-gate-goal-ask.png` });
	await page.getByTestId('release-confirm').tap();
	await expect(page.getByTestId('lab-goal-reached')).toBeVisible();
});

test("the Release manager's rule names the memory condition it applies", async ({ page }) => {
	const s = quietFixture('cloud');
	s.meta.perks[RELEASE_PERK.id] = 1;
	const rule = autoReleaseRule(s, eraContent(s.eraId));
	await holdClock(page);
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-era').tap();
	const text = page.getByTestId('rule-release');
	await expect(text).toContainText(
		"points, if your fleet's memory would serve it at % speed or more."
	);
	await expect(page.getByTestId('rule-minFit')).toHaveValue(String(Math.round(rule.minFit * 100)));
	await expect(page.getByTestId('rule-minGain')).toHaveAttribute('step', '0.1');
	if (SHOTS) {
		await text.scrollIntoViewIfNeeded();
		await page.screenshot({ path: `${SHOTS}/ux30-rule.png` });
	}
});

test("automation's number fields refuse a bad value aloud and keep the rule", async ({ page }) => {
	const s = quietFixture('cloud');
	s.meta.perks[RELEASE_PERK.id] = 1;
	s.meta.perks[BUY_PERK.id] = 1;
	s.meta.automation.release.minGain = 0.5;
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-era').tap();
	const field = page.getByTestId('rule-minGain');
	const refused = page.getByTestId('refused-minGain');
	const minGain = async () => {
		await saveNow(page);
		return decodeState((await readSave(page))!.state).meta.automation.release.minGain;
	};
	for (const bad of ['-5', '1e9', '']) {
		await field.fill(bad);
		await field.press('Tab');
		await expect(refused).toHaveText('Enter a number from 0 to 1000; kept as it was.');
		await expect(field).toHaveAttribute('aria-invalid', 'true');
		// Said once, beside the field: no toast as well.
		await expect(page.getByTestId('notice')).toHaveCount(0);
		expect(await minGain()).toBe(0.5);
	}
	if (SHOTS) {
		await field.scrollIntoViewIfNeeded();
		await page.screenshot({ path: `${SHOTS}/ux30-rule-refused.png` });
	}
	await field.fill('0.3');
	await field.press('Tab');
	await expect(refused).toHaveCount(0);
	expect(await minGain()).toBe(0.3);
	// A percent field the same way, its range in percents.
	const reserve = page.getByTestId('rule-reserve');
	await reserve.fill('150');
	await reserve.press('Tab');
	await expect(page.getByTestId('refused-reserve')).toHaveText(
		'Enter a number from 0 to 99%; kept as it was.'
	);
});

test('"Back to the lab" shows the Lab, and a worse model waiting is said to be worse', async ({
	page
}) => {
	const s = gateWaitingState('garage', -3);
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-research').tap();
	await expect(page.getByTestId('tab-research')).toHaveAttribute('aria-selected', 'true');
	await saveNow(page);
	const saved = (await readSave(page))!;
	await writeSave(page, { ...saved, savedAt: saved.savedAt - 3_600_000 });
	await page.reload();
	const report = page.getByTestId('away-report');
	await expect(report).toBeVisible({ timeout: 30_000 });
	const waiting = page.getByTestId('away-waiting');
	await expect(waiting).toContainText(
		`still waits at the launch gate: worse than ${s.model.name} (${s.model.capability.toFixed(1)}), which you serve.`
	);
	await expect(waiting).not.toHaveClass(/good/);
	if (SHOTS) await page.screenshot({ path: `${SHOTS}/ux30-away-worse.png` });
	await page.getByTestId('away-dismiss').scrollIntoViewIfNeeded();
	await page.getByTestId('away-dismiss').tap();
	await expect(report).toBeHidden();
	await expect(page.getByTestId('tab-lab')).toHaveAttribute('aria-selected', 'true');
	await expect(page.getByTestId('gate-worse')).toBeVisible();
});

test('perk buttons name their perk; an empty file is said empty; Erase takes reset in any case', async ({
	page
}) => {
	const s = quietFixture('cloud');
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-era').tap();
	const button = page.getByTestId(`perk-${RELEASE_PERK.id}`);
	await expect(button).toHaveAccessibleName(
		`Buy ${RELEASE_PERK.name} for ${formatNumber(perkCost(s, RELEASE_PERK.id))} Moat`
	);
	await page.getByTestId('open-settings').tap();
	await page.locator('input[type=file]').setInputFiles({
		name: 'empty.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from('')
	});
	await expect(page.getByTestId('import-error')).toHaveText(
		'That file is empty: it holds no save. Your game is unchanged.'
	);
	const word = page.getByTestId('reset-word');
	await word.fill('RESE');
	await expect(page.getByTestId('reset')).toBeDisabled();
	await word.fill('  reset ');
	await expect(page.getByTestId('reset')).toBeEnabled();
});
