// Left from playtest 37 (the Cloud to Dyson as a newcomer): a double tap on Research paid for two
// levels of a repeatable project; Start asked "nothing you can buy on today's power fits it" of a
// model a GPU pod a minute from delivery would hold. From playtest 38 (the late eras and the
// endless epochs): two epochs reached by one release read "0s since the last (fastest)"; a ring of
// 627 panels was ordered a tap each; a double tap on Recruit ×1 moved the page under the finger.
import { expect, test } from '@playwright/test';
import { eraContent } from '../../src/lib/content';
import {
	apply,
	Decimal,
	EPOCH_POINTS,
	epochTarget,
	memoryWith,
	panelCost,
	plannedFit,
	plannedMemory,
	rates,
	researchCost,
	researchLevel,
	starView
} from '../../src/lib/engine';
import { fixtureState } from '../unit/engine/helpers';
import { openRepeatable } from '../unit/engine/research-labs';
import {
	fixture,
	holdClock,
	openRunDetails,
	openWithSave,
	recordOf,
	releaseAnswering
} from './saves';
import { readRecord } from '../../src/lib/save/record';
import { formatCount } from '../../src/lib/format/number';

test('a double tap on Research takes one level of a repeatable project', async ({ page }) => {
	const s = fixtureState('edge');
	const { c, id } = openRepeatable(s);
	s.insight = researchCost(s, c, id).mul(5);
	const level = researchLevel(s, id);
	await holdClock(page);
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-research').tap();
	const button = page.getByTestId(`research-${id}`);
	await button.dblclick();
	await expect(page.getByTestId(`level-${id}`)).toHaveText(`· level ${level + 1}`);
	await page.clock.runFor(400); // past the guard's 300 ms: a tap of its own
	await button.click();
	await expect(page.getByTestId(`level-${id}`)).toHaveText(`· level ${level + 2}`);
});

test('a model the cards on order will hold is started without a question, and the card says why', async ({
	page
}) => {
	// The Cloud with its power built and no cash: what would fit the first size is far beyond it.
	const c = eraContent('cloud');
	const s = fixtureState('cloud');
	s.run = null;
	s.cash = new Decimal('1e300');
	for (const id of c.power.keys()) apply(s, c, { type: 'sign', contract: id });
	for (const id in s.power) s.power[id] = s.tick;
	// A GPU pod ordered (2½ minutes' lead time): it holds the smallest run's model.
	expect(apply(s, c, { type: 'buy', hardware: 'gpu-pod', count: 1 }).ok).toBe(true);
	s.cash = new Decimal(1);
	const size = c.era.runSizes[0];
	const r = rates(s, c);
	const planned = plannedMemory(s, c, r, size);
	expect(planned.fit).toBeLessThan(1);
	expect(memoryWith(s, c, 'gpu-pod', 0).gte(planned.footprint)).toBe(true);
	expect(plannedFit(s, c, r, planned)!.landing).toBe(true);
	await holdClock(page);
	await openWithSave(page, recordOf(s));
	await page.getByTestId('run-size').selectOption(size.id);
	await openRunDetails(page);
	const line = page.getByTestId('run-memory');
	await expect(line).toContainText('the cards on order hold it once they land.');
	await expect(line).not.toHaveClass(/warn/);
	await page.screenshot({ path: test.info().outputPath('orders-hold-390.png') });
	await page.getByTestId('start-run').tap();
	await expect(page.getByTestId('start-ask')).toHaveCount(0);
	await expect(page.getByTestId('stop-run')).toBeVisible();
});

test('two epochs reached by one release: the second is said to come with the first, and is no record', async ({
	page
}) => {
	const { state: s } = readRecord(fixture('e2e/endless.json'));
	const c = eraContent(s.eraId);
	s.gate = { ...s.gate!, capability: epochTarget(s, c) + EPOCH_POINTS + 0.5 };
	await holdClock(page);
	await openWithSave(page, recordOf(s));
	await releaseAnswering(page);
	await page.getByTestId('tab-era').tap();
	const records = page.getByTestId('epoch-records');
	await expect(records.locator('li')).toHaveCount(2);
	await expect(records.locator('li').first()).toHaveText(
		/^Epoch 2, .+ into the era: with the one before, by the same release$/
	);
	await expect(records.locator('li').last()).toHaveText(/^Epoch 1, .+ into the era \(fastest\)$/);
});

test('ten panels in one tap: the card orders a lot of ten at its price, and a double tap two lots', async ({
	page
}) => {
	const { state: s } = readRecord(fixture('e2e/dyson.json'));
	const c = eraContent(s.eraId);
	s.dyson.building = [];
	for (const rule of Object.values(s.meta.automation)) rule.on = false;
	s.cash = panelCost(s, c, 20).mul(1.001);
	await holdClock(page);
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-fleet').tap();
	const ten = page.getByTestId('buy-panels-10');
	await ten.scrollIntoViewIfNeeded();
	await expect(ten).toHaveAttribute('aria-label', /^Order 10 panels for \$\S+$/);
	// Its words are not the hardware cards' ×10 amount (playtest 43 tapped the one for the other).
	await expect(ten).toContainText(/^Order 10 panels\$/);
	// Ten cost far more than ten times one (playtest 41 met the ×10's price with no warning).
	const times = starView(s, c, rates(s, c))!.tenTimes;
	expect(times).toBeCloseTo(
		panelCost(s, c, 10)
			.div(panelCost(s, c, 1))
			.toNumber(),
		9
	);
	expect(times).toBeGreaterThan(12);
	await expect(page.getByTestId('panels-ten')).toContainText(
		new RegExp(`^Ten panels cost \\$\\S+, ${formatCount(times)}× the next one's \\$\\S+: each is`)
	);
	await page.screenshot({ path: test.info().outputPath('panels-ten-390.png') });
	// Lots of ten are one of many, as a hardware card's ×10: each tap orders one. The line of
	// panels on the way comes under the buttons, so the second tap lands where the first did (it
	// came above them and the second tap ordered a single panel).
	const before = (await ten.boundingBox())!;
	await ten.dblclick();
	await expect(page.getByTestId('panels-building')).toContainText(/^20 panels on the way/);
	await expect(ten).toBeDisabled();
	expect((await ten.boundingBox())!.y).toBe(before.y);
});

test("a double tap on Recruit recruits two blocks, the card's controls still under the finger", async ({
	page
}) => {
	const { state: s } = readRecord(fixture('e2e/edge.json'));
	for (const rule of Object.values(s.meta.automation)) rule.on = false;
	const blocks = s.edge.blocks;
	await holdClock(page);
	await openWithSave(page, recordOf(s));
	await page.getByTestId('tab-fleet').tap();
	const recruit = page.getByTestId('recruit');
	await recruit.scrollIntoViewIfNeeded();
	await expect(recruit).toHaveAttribute('aria-label', /^Recruit 1 more block of devices for/);
	const before = (await recruit.boundingBox())!;
	await recruit.dblclick();
	await expect(page.getByTestId('swarm-blocks')).toHaveText(`${blocks + 2} blocks`);
	// The lines that change with each block come under the buttons, so nothing moved them.
	expect((await recruit.boundingBox())!.y).toBe(before.y);
	await expect(recruit).toHaveAttribute('aria-label', /^Recruit 1 more block of devices for/);
	await page.screenshot({ path: test.info().outputPath('recruit-390.png') });
});
