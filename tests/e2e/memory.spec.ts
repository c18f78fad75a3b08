// Memory is the board: a lab whose model does not fit its fleet's memory sees it on the Lab and
// Fleet screens, with the speed it serves at; the Fleet screen gives the bill's share of revenue.
import { expect, test } from '@playwright/test';
import { advance } from '../../src/lib/engine';
import { makeRecord } from '../../src/lib/save/record';
import { garage, overBilledLab } from '../unit/engine/helpers';
import { fixture, openWithSave, type SaveRecord } from './saves';

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
});

// Power that cannot be paid is cut, never a stall (engine/power-cut.ts): a broke lab whose bill
// is ~100x what its serving earns hears, on the Fleet screen, why its chips stopped and what
// lifts the cut.
test('power cut: the Fleet screen says how much runs and what lifts it', async ({ page }) => {
	const s = overBilledLab();
	advance(s, garage, 1);
	expect(s.idle).toBe(true);
	await openWithSave(page, makeRecord(s, Date.now(), 1) as unknown as SaveRecord);
	await page.getByTestId('tab-fleet').tap();
	const line = page.getByTestId('power-cut');
	await expect(line).toContainText('Power cut: out of cash');
	// Some chips run, not all: the share reads between "<1%" and "99%", never "0%" nor "100%".
	const share = /\((<?)(\d+)%/.exec((await line.textContent()) ?? '');
	expect(share).not.toBeNull();
	expect(share![1] === '<' || Number(share![2]) > 0).toBe(true);
	expect(Number(share![2])).toBeLessThan(100);
	await expect(line).toContainText(/It lifts once you have \$\d/);
});
