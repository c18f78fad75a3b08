// Screenshots a playtest spec takes for a person to look at: into FRONTIER_SHOTS when it is set,
// none otherwise (a CI run takes none).
import type { Locator, Page } from '@playwright/test';

/** A `shot(page, name, at?)` that scrolls `at` into view and saves `<prefix>-<name>.png`. */
export function shooter(prefix: string) {
	const dir = process.env.FRONTIER_SHOTS;
	return async (page: Page, name: string, at?: Locator): Promise<void> => {
		if (!dir) return;
		await at?.scrollIntoViewIfNeeded();
		await page.screenshot({ path: `${dir}/${prefix}-${name}.png` });
	};
}
