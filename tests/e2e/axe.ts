// axe on the page as the player sees it: entrance animations (a toast fading in) are let
// finish first, since contrast is judged on what stays on screen.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** Serious and critical violations, one line each: "<where> <rule>: <targets>". */
export async function seriousViolations(page: Page, where: string): Promise<string[]> {
	await page.evaluate(() =>
		Promise.all(
			document
				.getAnimations()
				.filter((a) => a.effect?.getTiming().iterations !== Infinity)
				.map((a) => a.finished.catch(() => {}))
		)
	);
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${where} ${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
}
