// hooks.server.ts: the prerendered page's scripts start after its first paint.
import { describe, expect, it } from 'vitest';
import { startAfterFirstPaint } from '../../src/hooks.server';

// The kit's output (SvelteKit 2.70), shortened: its preload links and its bootstrap.
const page = `<head>
	<link href="./_app/immutable/entry/start.A.js" rel="modulepreload">
		<link href="./_app/immutable/chunks/B.js" rel="modulepreload">
		<link href="./_app/immutable/entry/app.C.js" rel="modulepreload">
		<link rel="manifest" href="/manifest.webmanifest"/>
</head><body><div><script>
				{
					const element = document.currentScript.parentElement;

					Promise.all([
						import("./_app/immutable/entry/start.A.js"),
						import("./_app/immutable/entry/app.C.js")
					]).then(([kit, app]) => {
						kit.start(app, element, { node_ids: [0, 2] });
					});
				}
			</script></div></body>`;

describe('startAfterFirstPaint', () => {
	const out = startAfterFirstPaint(page);
	it('takes every preload link out of the page, and nothing else', () => {
		expect(out).not.toContain('rel="modulepreload"');
		expect(out).toContain('<link rel="manifest" href="/manifest.webmanifest"/>');
	});
	it('runs the bootstrap, unchanged, once __frontierAfterPaint has preloaded the same scripts', async () => {
		const script = out.slice(out.indexOf('<script>') + 8, out.indexOf('</script>'));
		const calls: string[] = [];
		const after: string[][] = [];
		let paint = () => {};
		const painted = new Promise<void>((r) => (paint = r));
		const run = new Function(
			'document',
			'__frontierAfterPaint',
			'import_',
			script.replaceAll('import(', 'import_(')
		);
		run(
			{ currentScript: { parentElement: 'body' } },
			(list: string[]) => (after.push(list), painted),
			async (url: string) => ({
				imported: calls.push(`import ${url.split('/').pop()}`),
				start: (_app: unknown, el: string) => calls.push(`start ${el}`),
				url
			})
		);
		expect(after).toEqual([
			[
				'./_app/immutable/entry/start.A.js',
				'./_app/immutable/chunks/B.js',
				'./_app/immutable/entry/app.C.js'
			]
		]);
		await new Promise((r) => setTimeout(r, 10));
		expect(calls).toEqual([]); // nothing imported before the paint
		paint();
		await new Promise((r) => setTimeout(r, 10));
		expect(calls).toEqual(['import start.A.js', 'import app.C.js', 'start body']);
	});
	it('fails the build loudly if the kit changes its bootstrap', () => {
		expect(() =>
			startAfterFirstPaint(page.replace('Promise.all([', 'Promise.allSettled(['))
		).toThrow();
	});
});
