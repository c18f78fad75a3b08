// Playtest 23's open findings on three cards (a newcomer at 390×844): the goal forecast gave no
// time; the launch gate read "income ×47" beside "99.9 % of customers leave" with no verdict;
// one salary took nearly all the income at Max's edge with no word before the tap.
import { expect, test, type Page } from '@playwright/test';
import { eraContent } from '../../src/lib/content';
import {
	advance,
	flow,
	goalEta,
	hireCashShare,
	payrollAfterHire,
	quoteHire,
	rates,
	releaseOutlook,
	runTimeLeft,
	type GameState
} from '../../src/lib/engine';
import { formatPercent } from '../../src/lib/format/number';
import { releaseVerdict } from '../../src/lib/ui/lab/gate-words';
import { holdClock, openWithSave, quietFixture, recordOf } from './saves';

test.beforeEach(async ({ page }) => {
	// The clock held still: the lab the test reads is the one on screen.
	await holdClock(page);
});

/** A fixture's lab with nothing to disturb it: no event, no rival release, no automation. */
function calm(name: string): GameState {
	const s = quietFixture(name);
	for (const rival of s.rivals) rival.nextReleaseAt = 1e12;
	return s;
}

/** The fixture's run trained to its end: its model waits at the gate. */
function atGate(name: string): GameState {
	const s = calm(name);
	const c = eraContent(s.eraId);
	s.gate = null;
	advance(s, c, Math.ceil(runTimeLeft(s, rates(s, c), c)) + 5);
	expect(s.gate).not.toBeNull();
	return s;
}

async function shoot(page: Page, id: string, name: string) {
	await page.getByTestId(id).scrollIntoViewIfNeeded();
	for (const scheme of ['dark', 'light'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await page.screenshot({ path: test.info().outputPath(`${name}-${scheme}-390.png`) });
	}
}

test('the Era tab says when the goal comes at this pace, or that it does not within a day', async ({
	page
}) => {
	const s = calm('garage');
	const c = eraContent(s.eraId);
	const eta = goalEta(s, c, rates(s, c))!;
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-era').tap();
	const line = page.getByTestId('era-goal-forecast');
	// How many of them the insight in hand buys now, when any (playtest 44: the count grows while
	// they stay unbought).
	const n = eta.research.length;
	const k = eta.affordable;
	const now = k === 0 ? '' : ` \\((${k >= n ? 'all' : `${k} of them`}) affordable now; [^)]+\\)`;
	await expect(line).toContainText(
		new RegExp(
			`At this pace, the goal in about \\d+[hm][^:]*: ${n} research projects first${now}, then the ${eta.size.name} run\\.`
		)
	);
	await shoot(page, 'era-goal-forecast', 'goal-eta');
	// Dyson's goal is hundreds of points past its runs: the biggest within a month and what it
	// makes (playtest 24 read "Not within a day at this pace" and no more; playtest 34 read the
	// run that reaches it as "228B years at this compute").
	await openWithSave(page, recordOf(calm('dyson')));
	await page.getByTestId('tab-era').tap();
	await expect(page.getByTestId('era-goal-forecast')).toContainText(
		/short\. Not within a day with the fleet as it is: even the biggest run that trains within a month \(.+, \d+d \d+h at this compute\) makes about \d+; research and more chips must close the rest\./
	);
	// Hyperscale's too, a size the run card offers (its name alone).
	await openWithSave(page, recordOf(calm('hyperscale')));
	await page.getByTestId('tab-era').tap();
	await expect(page.getByTestId('era-goal-forecast')).toContainText(
		/short\. Not within a day with the fleet as it is: even the biggest run that trains within a month \(\w+, \d+d \d+h at this compute\) makes about \d+;/
	);
	await shoot(page, 'era-goal-forecast', 'goal-far');
});

test('the launch gate says release now first when income rises, the customers lost in context', async ({
	page
}) => {
	const s = atGate('garage');
	const o = releaseOutlook(s, eraContent(s.eraId))!;
	expect(o.lowersIncome).toBe(false);
	expect(o.warnsLeave).toBe(true);
	await openWithSave(page, recordOf(s));
	const verdict = page.getByTestId('gate-verdict');
	const v = releaseVerdict(o, s.gate!.name, s.model.name, s.gate!.params.gt(s.model.params));
	await expect(verdict).toHaveText(v.text);
	await expect(verdict).toContainText(
		`Release now: once today's hype fades, ${s.gate!.name} earns more than ${s.model.name} would.`
	);
	// The verdict comes first in the card's words; the customers lost are not in bold beside it.
	const load = (await page.getByTestId('gate-load').innerText()).trim();
	expect(load.startsWith('Release now:')).toBe(true);
	await expect(page.getByTestId('gate-leave')).toHaveJSProperty('tagName', 'SPAN');
	await expect(page.getByTestId('gate-worth')).toHaveText(
		'Still worth it: each token you serve earns more, so income rises all the same.'
	);
	await expect(page.getByTestId('release')).toHaveClass(/btn-primary/);
	await shoot(page, 'gate-load', 'gate-release-now');
});

test('the launch gate says hold first, with the reason, when the release lowers income', async ({
	page
}) => {
	const s = atGate('edge');
	const o = releaseOutlook(s, eraContent(s.eraId))!;
	expect(o.gain).toBeGreaterThan(0);
	expect(o.lowersIncome).toBe(true);
	await openWithSave(page, recordOf(s));
	const verdict = page.getByTestId('gate-verdict');
	await expect(verdict).toHaveText(
		`Hold: keep serving ${s.model.name}. Released, ${s.gate!.name} would earn less (your fleet's memory would serve it at ${formatPercent(o.fitAfter)} speed).`
	);
	await expect(page.getByTestId('gate-worth')).toHaveCount(0);
	await expect(page.getByTestId('release')).not.toHaveClass(/btn-primary/);
	// Held for memory: the way out is said with the hold (playtest 29 held 52 minutes on
	// "Holding costs nothing now"), and the Memory card below says it.
	expect(o.fitAfter).toBeLessThan(1);
	await expect(page.getByTestId('gate-fit')).toHaveText(
		`To serve ${s.gate!.name} at full speed, fit it in memory: the Memory card below says the cheapest way. Or discard it from the Release… question, and the next run's model takes the gate.`
	);
	await expect(page.getByTestId('memory-fix').first()).toBeVisible();
	await shoot(page, 'gate-load', 'gate-hold');
});

test("the Hire card says the share of income the salaries would take, and warns at Max's edge", async ({
	page
}) => {
	const s = calm('garage');
	const c = eraContent(s.eraId);
	s.cash = s.cash.mul(0).add(1e9);
	const r = rates(s, c);
	const max = quoteHire(s, c, 'max', flow(s, r)).count;
	const edge = payrollAfterHire(s, c, r, max)!;
	const one = payrollAfterHire(s, c, r, 1)!;
	expect(one.share).toBeLessThan(0.5);
	expect(edge.share).toBeGreaterThan(0.5);
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-research').tap();
	const line = page.getByTestId('hire-payroll');
	// One hire: the share, without alarm.
	await expect(line).toContainText(
		`After this hire, salaries take ${formatPercent(one.share)} of income`
	);
	await expect(line).not.toHaveClass(/warn/);
	// Max's edge: a warning before the tap.
	await page
		.getByRole('group', { name: 'Researchers to hire' })
		.getByRole('button', { name: 'Max' })
		.tap();
	await expect(line).toContainText(
		`After hiring ${max}, salaries would take ${formatPercent(edge.share)} of income:`
	);
	await expect(line).toHaveClass(/warn/);
	await shoot(page, 'hire-payroll', 'hire-payroll');
});

// Playtest 24: Max hired 22 for $21.5T of $22.5T and nothing said so before the tap.
test('the Hire card says what a hire spends of the cash, past half', async ({ page }) => {
	const s = calm('edge');
	const c = eraContent(s.eraId);
	const max = quoteHire(s, c, 'max', flow(s, rates(s, c)));
	const share = hireCashShare(s, max)!;
	expect(share).toBeGreaterThan(0.5);
	expect(hireCashShare(s, quoteHire(s, c, 1))!).toBeLessThan(0.5);
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-research').tap();
	// One hire spends little of the cash: nothing said.
	await expect(page.getByTestId('hire')).toContainText('Hire ×1');
	await expect(page.getByTestId('hire-cash')).toHaveCount(0);
	await page
		.getByRole('group', { name: 'Researchers to hire' })
		.getByRole('button', { name: 'Max' })
		.tap();
	await expect(page.getByTestId('hire-cash')).toHaveText(
		`Hiring ${max.count} spends ${formatPercent(share)} of your cash.`
	);
	await shoot(page, 'hire-cash', 'hire-cash');
});
