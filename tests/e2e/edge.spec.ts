// The Edge swarm's decision through the UI: recruit a block of devices on the Fleet screen (and
// let one go),
// and distil the next model for the swarm on the Lab screen (a pass of training more).
import { expect, test } from '@playwright/test';
import { eraContent, SWARMS, type EraContent } from '../../src/lib/content';
import {
	autoReleaseHold,
	blocksToHold,
	capabilityBand,
	cloneState,
	plannedMemory,
	distilView,
	rates,
	recruitQuote,
	runSizesOffered,
	suggestedRunSize,
	swarmReach,
	swarmView,
	type GameState,
	type Rates
} from '../../src/lib/engine';
import { formatPercent, formatSI } from '../../src/lib/format/number';
import { decodeState } from '../../src/lib/save/codec';
import { makeRecord } from '../../src/lib/save/record';
import { fixture, openRunDetails, openWithSave, readSave, recordOf } from './saves';

/** The run the run card plans before a run (ui/lab/planned-size.svelte.ts, its suggestion). */
function plannedSize(s: GameState, c: EraContent, r: Rates) {
	return c.era.runSizes.find((z) => z.id === suggestedRunSize(s, c, r).id)!;
}

test('edge: recruit the swarm, release a block, and distil the next model to fit it', async ({
	page
}) => {
	await openWithSave(page, fixture('e2e/edge.json'));
	await page.getByTestId('tab-fleet').tap();
	const swarm = page.getByTestId('swarm');
	await expect(swarm).toBeVisible();
	await expect(page.getByTestId('swarm-blocks')).toHaveText('0 blocks');
	// The two cards say one thing (playtest 5 read "serves at 4 % speed" on the Memory card
	// beside "fits" on the Swarm card): the chips serve at 4 %, the model fits a device.
	await expect(page.getByTestId('swarm-fits')).toContainText(
		'is under the size limit: 8 blocks hold its copies whole'
	);
	const starter = page.getByTestId('memory-starter');
	await expect(starter).toContainText('your chips hold');
	await expect(starter).toContainText("It is under the swarm's size limit");
	await page.getByTestId('recruit').tap();
	await expect(starter).toContainText("The swarm serves it on its own devices' memory");
	await expect(page.getByTestId('swarm-blocks')).toHaveText('1 block');
	// The served model fits a device, but one block holds an eighth of its copies: the swarm
	// serves at once at that share, and its usage reports speed research.
	const short = page.getByTestId('swarm-short');
	// The lead and this line name each figure's measure, both against the model's size: a
	// device's size limit, and the memory the blocks lend its copies (playtest 20 read "a model up
	// to 100 PB runs on one device" beside "your 1 block holds only 556 TB" as a contradiction).
	const start = decodeState(fixture('e2e/edge.json').state);
	const c = eraContent(start.eraId);
	const view = swarmView(start, c, rates(start, c))!;
	const bytes = (b: Parameters<typeof formatSI>[0]) => formatSI(b, 'B');
	await expect(page.getByTestId('swarm-lead')).toContainText(
		`Size limit: models up to ${bytes(view.reach)} run whole (bigger ones are split over several devices, slower); it grows as research and perks add compute. Memory: each block lends ${bytes(view.blockMemory)} to the model's copies.`
	);
	await expect(short).toContainText(
		`The served model (${bytes(view.footprint)}) is under the size limit, but your 1 block lends only ${bytes(view.blockMemory)} of the ${bytes(view.footprint)} its copies take: the swarm serves at 13% speed`
	);
	await expect(short).toContainText('research +0.3%');
	// Here every customer is served: the card does not push blocks that add no sales (playtest
	// 18), as the recruit line says. It names no server: playtest 19 read "Your chips serve the
	// rest" at 100 % training, where the swarm served them all.
	await expect(short).toContainText(
		'Every customer is served already, so more blocks add no sales now'
	);
	await expect(page.getByTestId('recruit-sales')).toContainText('The next block adds no sales');
	// Recruit's quote says what the next block adds to the bill; a block can be let go again
	// (issue #17: one block at the era's start left the playtester at $0 with no way out).
	await expect(page.getByTestId('recruit-bill')).toContainText('The next block adds');
	await expect(page.getByTestId('recruit-bill')).toContainText('Owners are paid');
	// Their pay is a cut of the swarm's tokens, not power (playtest 7 read it as the power bill).
	await expect(page.getByTestId('recruit-bill')).toContainText("to the swarm owners' pay");
	await expect(page.getByTestId('recruit-bill')).not.toContainText('power bill');
	await expect(page.getByTestId('source-bill')).toContainText(
		"Swarm owners' pay: 12% of the price of every token the swarm serves"
	);
	await expect(page.getByTestId('source-bill')).not.toContainText('power bill');
	await expect(page.getByTestId('power-bill')).toContainText("the swarm owners' pay");
	await page.getByTestId('recruit').tap();
	await expect(page.getByTestId('swarm-blocks')).toHaveText('2 blocks');
	// "Dismiss", not "Release": beside Recruit it read as releasing a model (playtest 9).
	await expect(page.getByTestId('release-block')).toHaveText('Dismiss');
	await page.getByTestId('release-block').tap();
	await expect(page.getByTestId('swarm-blocks')).toHaveText('1 block');

	await page.getByTestId('tab-lab').tap();
	// The Lab's Memory card says it too.
	await expect(page.getByTestId('memory-swarm')).toContainText(
		"The swarm's blocks hold 13% of the model: they serve it at that share of their speed."
	);
	const distil = page.getByTestId('distil');
	await expect(distil).toBeVisible();
	await expect(page.getByTestId('distil-trade')).toContainText('distilled to');
	// The cost of distilling, and what the next model must beat to be worth it.
	await expect(distil).toContainText('20% more training');
	await expect(distil).toContainText(
		`scores ${SWARMS.edge.lossPerDecade} points lower for each tenfold it shrinks`
	);
	await expect(page.getByTestId('distil-trade')).toContainText('You serve');
	// The split the full model would take on the swarm (issue #17).
	await expect(page.getByTestId('distil-trade')).toContainText('devices a copy and serves at');
	// When to keep full size, in words the playtest could parse.
	await expect(page.getByTestId('distil-why')).toContainText(
		'Turn it off when the small model would score below the one you serve'
	);
	await expect(page.getByTestId('distil-toggle')).toHaveAttribute('aria-pressed', 'false');
	await page.getByTestId('distil-toggle').tap();
	await expect(page.getByTestId('distil-toggle')).toHaveAttribute('aria-pressed', 'true');

	await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
	await expect.poll(async () => decodeState((await readSave(page))!.state).edge.distil).toBe(true);
	const saved = decodeState((await readSave(page))!.state);
	expect(saved.edge.blocks).toBe(1);
	// A minute or so of play with the swarm, and the lab still has cash (it went to $0 at once).
	expect(saved.cash.gt(0)).toBe(true);
	expect(saved.idle).toBe(false);
});

test('edge: auto-release holds a better model too big for the swarm, and the gate says why', async ({
	page
}) => {
	const c = eraContent('edge');
	const s = decodeState(fixture('e2e/edge.json').state);
	s.meta.perks['release-manager'] = 1;
	s.meta.automation.release.on = true;
	s.edge.blocks = 5;
	s.hardware['home-hubs'] = (s.hardware['home-hubs'] ?? 0) + 400;
	const r = rates(s, c);
	expect(r.swarm.gt(0)).toBe(true);
	// Better, and held in the fleet's memory, but past the swarm's reach (the playtest: 280 PB
	// onto a swarm that holds 260 PB, income /10).
	const perParam = c.era.servingBytesPerParam * r.mult.footprint;
	const params = swarmReach(c, r.mult).div(perParam).mul(1.08);
	s.gate = { ...s.model, name: 'Edge-Big', capability: s.model.capability + 5, params };
	expect(autoReleaseHold(s, c, r)).toBe('swarm');
	await openWithSave(page, makeRecord(s, Date.now(), 92));
	const held = page.getByTestId('gate-held');
	await expect(held).toContainText("split across more of your swarm's devices a copy");
	await expect(held).toContainText('release it yourself');
	// Still waiting a few seconds on: automation held it.
	await page.waitForTimeout(3000);
	await expect(page.getByTestId('release')).toBeVisible();
	await expect(page.getByTestId('gate-held')).toBeVisible();
});

test("edge: the next run's card says the speed the lab would serve it at, the swarm's blocks counted", async ({
	page
}) => {
	// The playtest, with Distil on: "needs 14.8 PB, fleet has 190 TB: would serve at 1% speed",
	// with a swarm that would hold the distilled model.
	const c = eraContent('edge');
	const s = decodeState(fixture('e2e/edge.json').state);
	s.run = null;
	s.edge.blocks = 6;
	s.edge.distil = true;
	s.meta.automation.run.on = false;
	const r = rates(s, c);
	const biggest = runSizesOffered(s, c, r)
		.filter((z) => plannedMemory(s, c, r, z).distilled)
		.at(-1)!;
	const plan = plannedMemory(s, c, r, biggest);
	expect(plan.swarm?.within).toBe(true);
	// The swarm's part is no rounding: several times what the fleet alone would serve at.
	expect(plan.speed).toBeGreaterThan(plan.fit * 5);
	await openWithSave(page, makeRecord(s, Date.now(), 92));
	await page.getByTestId('run-size').selectOption(biggest.id);
	// A calm memory note waits in the run card's fold (playtest 27); a warning stands above it.
	await openRunDetails(page);
	const memory = page.getByTestId('run-memory');
	await expect(memory).toContainText("the swarm's 6 blocks");
	await expect(memory).toContainText(`would serve at ${formatPercent(plan.speed)} speed`);
	await expect(memory).toContainText(`${plan.swarm!.hold.blocks} blocks hold it whole`);
	// The estimate is the distilled copy's (playtest 4: "about 125" before, 99.1 released), and
	// turning Distil off below brings back the full model's.
	const estimate = page.getByTestId('run-estimate');
	const small = capabilityBand(s, c, r, biggest).expected.toFixed(0);
	const off = cloneState(s);
	off.edge.distil = false;
	const whole = capabilityBand(off, c, rates(off, c), biggest).expected.toFixed(0);
	expect(small).not.toBe(whole);
	await expect(estimate).toContainText(`About capability ${small} ·`);
	// The Distil card below speaks of the same planned run (playtest 4: it gave the served
	// model's size, "already fits the swarm", under a card that said the run's did not).
	const needs = (text: string | null) =>
		/[Nn]eeds\s+(\S+\s(?:bytes|[kMGTPEZYRQ]?B))\s+of memory/.exec(text ?? '')?.[1];
	const trade = page.getByTestId('distil-trade');
	await expect(trade).toContainText(`distilled to ${needs(await memory.textContent())}`);
	// And with distilling off, a model past a device's memory is split over several devices a
	// copy, at a share of the swarm's speed (issue #17: the swarm used to serve it not at all).
	await page.getByTestId('distil-toggle').tap();
	const fullPlan = plannedMemory(off, c, rates(off, c), biggest);
	expect(fullPlan.swarm?.within).toBe(false);
	expect(fullPlan.swarm!.devices).toBeGreaterThanOrEqual(2);
	await expect(memory).toContainText(`splits it over ${fullPlan.swarm!.devices} devices a copy`);
	await expect(memory).toContainText(`${formatPercent(fullPlan.swarm!.split)} of their speed`);
	await expect(memory).toContainText(`would serve at ${formatPercent(fullPlan.speed)} speed`);
	await expect(memory).toContainText('unless you distil it');
	await expect(estimate).toContainText(`About capability ${whole} ·`);
	await expect(trade).toContainText(` at ${needs(await memory.textContent())}, or `);
});

test('edge: Recruit takes ×10 or Max at a tap, and the Swarm card says what the next model serves, full or distilled', async ({
	page
}) => {
	// Playtest 5 tapped Recruit 41 times: it had no buy-amount control.
	const c = eraContent('edge');
	const s = decodeState(fixture('e2e/edge.json').state);
	s.cash = recruitQuote(s, c, 10)!.cost.mul(1.5);
	s.meta.automation.run.on = false;
	const r = rates(s, c);
	const choice = distilView(s, c, r, plannedSize(s, c, r))!;
	await openWithSave(page, makeRecord(s, Date.now(), 92));
	await page.getByTestId('tab-fleet').tap();
	const swarm = page.getByTestId('swarm');
	await expect(page.getByTestId('swarm-blocks')).toHaveText('0 blocks');
	await swarm.getByRole('button', { name: '×10', exact: true }).tap();
	await expect(page.getByTestId('recruit')).toContainText('Recruit ×10');
	// Inside its card at 390 px, price and all (playtest 9: "Recruit ×10 · $1.49e60" ran past it).
	const button = (await page.getByTestId('recruit').boundingBox())!;
	const card = (await swarm.boundingBox())!;
	expect(button.x + button.width).toBeLessThanOrEqual(card.x + card.width - 8);
	await page.getByTestId('recruit').tap();
	await expect(page.getByTestId('swarm-blocks')).toHaveText('10 blocks');
	// Max: as many as the cash pays for (the lab earns as it runs: read the button's count).
	await swarm.getByRole('button', { name: 'Max' }).tap();
	await expect(page.getByTestId('recruit')).toBeEnabled();
	const label = (await page.getByTestId('recruit').textContent()) ?? '';
	const max = Number(/Recruit ×(\d+)/.exec(label)?.[1]);
	expect(max).toBeGreaterThanOrEqual(1);
	await page.getByTestId('recruit').tap();
	await expect
		.poll(async () => Number((await page.getByTestId('swarm-blocks').textContent())?.split(' ')[0]))
		.toBeGreaterThanOrEqual(10 + max);
	// The decision for the next model, in one line: full size split over devices, or distilled.
	expect(choice.small).not.toBeNull();
	const line = page.getByTestId('swarm-choice');
	await expect(line).toContainText(`${choice.full.devices} devices a copy`);
	// At the speed the blocks recruited serve it (distilView full.speed, edge.test), at most the
	// split's.
	await expect(line).toContainText(/serves here at [\d.]+%/);
	await expect(line).toContainText(/fits one, serves at [\d.]+%/);
});

test('edge: the Lab and the Fleet say the distilled model at the speed the blocks serve it (playtest 17)', async ({
	page
}) => {
	// Playtest 17 read "distilled, one at 100%" on the Lab beside the Fleet's "serves at 1% speed
	// … 180 blocks hold it whole" of the distilled model served.
	const c = eraContent('edge');
	const s = decodeState(fixture('e2e/edge.json').state);
	s.edge.blocks = 1;
	s.meta.automation.run.on = false;
	s.meta.automation.buy.on = false;
	const r = rates(s, c);
	const small = distilView(s, c, r, plannedSize(s, c, r))!.small!;
	expect(small.speed).toBeLessThan(1);
	const speed = `serves at ${formatPercent(small.speed)}`;
	await openWithSave(page, makeRecord(s, Date.now(), 92));
	const trade = page.getByTestId('distil-trade');
	await expect(trade).toContainText(
		`distilled, one device a copy, at ${formatPercent(small.speed)} until ${small.hold.blocks} blocks hold its copies whole`
	);
	await expect(trade).not.toContainText('100%');
	await page.getByTestId('tab-fleet').tap();
	await expect(page.getByTestId('swarm-choice')).toContainText(
		`fits one, ${speed} (${small.hold.blocks} blocks hold its copies whole)`
	);
	// The full-size model's copies take more blocks than the swarm recruits (playtest 19 read
	// "needs 266 blocks" beside "0 of 200"): both cards say what the most blocks hold instead.
	const full = distilView(s, c, r, plannedSize(s, c, r))!.full;
	expect(full.hold.blocks).toBeNull();
	// Never the count past the swarm's size (266 here).
	const needed = `${blocksToHold(c, r.mult, full.footprint)} blocks`;
	const most = `even all 200 blocks hold only ${formatPercent(full.hold.most)} of its copies`;
	await expect(page.getByTestId('swarm-choice')).toContainText(most);
	await expect(page.getByTestId('swarm-choice')).not.toContainText(needed);
	await page.getByTestId('tab-lab').tap();
	await expect(trade).toContainText(
		`(at most ${formatPercent(full.split * full.hold.most)}: ${most})`
	);
	await expect(trade).not.toContainText(needed);
});

// Playtest 18 read the swarm's orange "8 blocks hold it whole" beside "The next block adds no
// sales" and 171T tok/s spare: while the chips serve all the demand, the card does not push blocks.
test('edge: with all the demand served, the swarm card does not push more blocks', async ({
	page
}) => {
	const s = decodeState(fixture('e2e/edge.json').state);
	s.edge.blocks = 1;
	s.hype = -0.99;
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-fleet').tap();
	await expect(page.getByTestId('recruit-sales')).toContainText('The next block adds no sales');
	const short = page.getByTestId('swarm-short');
	await expect(short).toContainText('your 1 block lends only');
	await expect(short).toContainText('more blocks add no sales now');
	await expect(short).not.toContainText('blocks hold it whole');
	await expect(short).not.toHaveClass(/warn/);
	// Nor does its button: Recruit stays, but not as the card's primary action (playtest 25).
	await expect(page.getByTestId('recruit')).toBeEnabled();
	await expect(page.getByTestId('recruit')).not.toHaveClass(/btn-primary/);
	// With customers waiting, the next block sells: then the card says how many hold it whole.
	s.hype = 20;
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-fleet').tap();
	await expect(page.getByTestId('recruit-sales')).toContainText('tok/s to sales');
	await expect(short).toContainText('8 blocks hold it whole; or distil the next model smaller.');
	await expect(short).toHaveClass(/warn/);
	await expect(page.getByTestId('recruit')).toHaveClass(/btn-primary/);
	// With Distil on, the next model is distilled already: blocks only (playtest 36 read "or
	// distil" with it on).
	s.edge.distil = true;
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-fleet').tap();
	await expect(short).toContainText('8 blocks hold it whole.');
	await expect(short).not.toContainText('distil');
});

test('edge: with no blocks yet, the next model is said at the most the swarm would serve it (playtest 25)', async ({
	page
}) => {
	// Playtest 25 read "serves here at 48%" with no blocks, then "<1%" with one, as if recruiting
	// made the next model worse: with none, each is said at the most blocks would serve it.
	const s = decodeState(fixture('e2e/edge.json').state);
	expect(s.edge.blocks).toBe(0);
	const c = eraContent(s.eraId);
	const r = rates(s, c);
	const choice = distilView(s, c, r, plannedSize(s, c, r))!;
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-fleet').tap();
	const line = page.getByTestId('swarm-choice');
	await expect(line).toContainText(
		`Next model, once blocks hold its copies: full size (capability ${choice.full.capability.toFixed(1)}) serves`
	);
	await expect(line).toContainText(
		/serves (up to|at most) [\d.]+%; distilled \([\d.]+\) (up to|at most) [\d.]+%/
	);
	await expect(line).not.toContainText('serves here at');
	// The Lab's Distil card says it as the swarm card does (playtest 26 read 48% there beside the
	// swarm card's "at most 36%").
	await page.getByTestId('tab-lab').tap();
	const trade = page.getByTestId('distil-trade');
	await expect(trade).toContainText('On the swarm, once blocks hold its copies: full size (');
	await expect(trade).toContainText(
		/devices a copy\) (up to|at most) [\d.]+%; distilled \(one device a copy\) (up to|at most) [\d.]+%\./
	);
	await expect(trade).not.toContainText('serves at');
	// With distilling on, the swarm card no longer sends the player to turn it on.
	await page.getByTestId('tab-fleet').tap();
	expect(choice.on).toBe(false);
	await expect(line).toContainText('Distil on the Lab screen.');
	await page.getByTestId('tab-lab').tap();
	await page.getByTestId('distil-toggle').tap();
	await page.getByTestId('tab-fleet').tap();
	await expect(line).not.toContainText('Distil on the Lab screen.');
	// One block: the speed that block serves it at.
	s.edge.blocks = 1;
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-fleet').tap();
	await expect(line).toContainText('serves here at');
	await expect(line).not.toContainText('once blocks hold its copies');
});
