// axe on the page as the player sees it: entrance animations (a toast fading in) are let
// finish first, since contrast is judged on what stays on screen.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const settle = (page: Page) =>
	page.evaluate(() =>
		Promise.all(
			document
				.getAnimations()
				.filter((a) => a.effect?.getTiming().iterations !== Infinity)
				.map((a) => a.finished.catch(() => {}))
		)
	);

async function scan(page: Page, where: string): Promise<string[]> {
	await settle(page);
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${where} ${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
}

/**
 * Serious and critical violations, one line each: "<where> <rule>: <targets>". A toast can
 * start fading in while axe reads the page (the game keeps running): findings are confirmed
 * by a second scan once that animation is over, and only what both scans report counts.
 */
export async function seriousViolations(page: Page, where: string): Promise<string[]> {
	const first = await scan(page, where);
	if (!first.length) return first;
	const second = await scan(page, where);
	return first.filter((v) => second.includes(v));
}
