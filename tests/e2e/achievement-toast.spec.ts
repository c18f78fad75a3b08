// Playtest 24 (shots at 390 px): the achievement toast lay over the header's "Frontier" title.
// It lies beside it now, between the title and the header's two buttons, clear of the counters,
// its words whole.
import { expect, test } from '@playwright/test';
import { openAtTenDigits } from './saves';

for (const size of [
	{ width: 360, height: 780 },
	{ width: 390, height: 844 }
]) {
	test.describe(`at ${size.width} px`, () => {
		test.use({ viewport: size });
		test('the achievement toast leaves the title in view, and the buttons and counters', async ({
			page
		}) => {
			// A lab a breath short of its billionth token earns "Ten digits" within seconds. The
			// clock then stops, so the toast waits for its tap however slow the machine (ci14: a
			// loaded machine took longer than the toast's 3.5 s over the screenshots).
			await page.clock.install();
			const toast = await openAtTenDigits(page);
			await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 20);
			const box = (await toast.boundingBox())!;
			const title = (await page.getByRole('heading', { name: 'Frontier' }).boundingBox())!;
			const stats = (await page.getByTestId('open-stats').boundingBox())!;
			const counters = (await page.getByTestId('stock-cash').boundingBox())!;
			expect(box.x).toBeGreaterThanOrEqual(title.x + title.width + 4);
			expect(box.x + box.width).toBeLessThanOrEqual(stats.x);
			expect(box.y + box.height).toBeLessThanOrEqual(counters.y);
			// All of its words (playtest 12 read "Ten digits · Serve a billion t…").
			const cut = await toast
				.locator('.line')
				.evaluate((e) => e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1);
			expect(cut).toBe(false);
			for (const scheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme: scheme });
				await page.screenshot({
					path: test.info().outputPath(`achievement-toast-${scheme}-${size.width}.png`),
					clip: { x: 0, y: 0, width: size.width, height: 140 }
				});
			}
			// A tap on it dismisses it.
			await toast.click();
			await expect(toast).toHaveCount(0);
		});
	});
}
