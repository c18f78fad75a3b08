// One look for a question asked in place (src/confirm.css `.confirm`, `.confirm-accent`): the
// Run card's stop, the Cloud's give-back, the era move and the import each styled their own, two
// of them with an accent border and a different padding.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const svelteFiles = (dir: string): string[] =>
	readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory()
			? svelteFiles(path)
			: name.endsWith('.svelte')
				? [path]
				: [];
	});
const styleOf = (text: string) => /<style[^>]*>([\s\S]*?)<\/style>/.exec(text)?.[1] ?? '';

describe('the confirm style', () => {
	it('lives once, in the shared CSS, with its accent variant', () => {
		const blocks = readFileSync('src/confirm.css', 'utf8');
		expect(blocks).toMatch(/^\.confirm \{/m);
		expect(blocks).toMatch(/^\.confirm-accent \{/m);
	});

	it('no component styles its own .confirm box', () => {
		const own = svelteFiles('src/lib/ui').filter((f) =>
			/\.confirm\s*\{/.test(styleOf(readFileSync(f, 'utf8')))
		);
		expect(own).toEqual([]);
	});

	it.each([
		['src/lib/ui/lab/RunCard.svelte', 'confirm'],
		['src/lib/ui/fleet/CloudRental.svelte', 'confirm'],
		['src/lib/ui/era/PrestigeCard.svelte', 'confirm confirm-accent'],
		['src/lib/ui/settings/SaveSettings.svelte', 'confirm confirm-accent']
	])('%s asks in the shared box', (file, classes) => {
		expect(readFileSync(file, 'utf8')).toMatch(
			new RegExp(`<div\\s+class="${classes}"\\s+role="alertdialog"`)
		);
	});
});
