// The dependency rule (CONVENTIONS.md): no import cycle anywhere in src/, and content is data
// that imports nothing of the engine. And no source file over 300 lines.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCycles, importGraph, type Graph } from '../../../scripts/import-graph';

const graph = importGraph('src');

describe('the import graph of src/', () => {
	it('is read from the sources (sanity: it sees the engine and its imports)', () => {
		expect(graph.size).toBeGreaterThan(80);
		expect(graph.get('src/lib/engine/step.ts')).toContain('src/lib/engine/rates.ts');
		expect(graph.get('src/lib/ui/App.svelte')!.length).toBeGreaterThan(0);
	});

	it('has no cycle', () => {
		expect(findCycles(graph).map((c) => c.join(' → '))).toEqual([]);
	});

	it('has no content file importing the engine (or anything outside content/)', () => {
		const outward = [...graph]
			.filter(([file]) => file.startsWith('src/lib/content/'))
			.flatMap(([file, deps]) =>
				deps.filter((d) => !d.startsWith('src/lib/content/')).map((d) => `${file} → ${d}`)
			);
		expect(outward).toEqual([]);
	});

	it('has no engine file importing the runtime, the save code or the UI', () => {
		const upward = [...graph]
			.filter(([file]) => file.startsWith('src/lib/engine/'))
			.flatMap(([file, deps]) =>
				deps.filter((d) => !/^src\/lib\/(engine|content)\//.test(d)).map((d) => `${file} → ${d}`)
			);
		expect(upward).toEqual([]);
	});
});

describe('the files of src/', () => {
	const all = (dir: string): string[] =>
		readdirSync(dir).flatMap((name) => {
			const path = join(dir, name);
			return statSync(path).isDirectory() ? all(path) : [path];
		});

	it('are each at most 300 lines (one concept per file)', () => {
		const long = all('src')
			.filter((f) => /\.(ts|js|svelte|css|html)$/.test(f))
			.map((f) => ({ f, lines: readFileSync(f, 'utf8').split('\n').length - 1 }))
			.filter(({ lines }) => lines > 300)
			.map(({ f, lines }) => `${f}: ${lines}`);
		expect(long).toEqual([]);
	});
});

describe('findCycles', () => {
	const g = (edges: Record<string, string[]>): Graph => new Map(Object.entries(edges));

	it('finds none in a tree or a diamond', () => {
		expect(findCycles(g({ a: ['b', 'c'], b: ['d'], c: ['d'], d: [] }))).toEqual([]);
	});

	it('finds a two-file cycle, a longer one, and a file importing itself', () => {
		const cycles = findCycles(
			g({ a: ['b'], b: ['a'], c: ['d'], d: ['e'], e: ['c', 'f'], f: [], s: ['s'] })
		);
		expect(cycles.map((c) => c.join(' → ')).sort()).toEqual([
			'a → b → a',
			'c → d → e → c',
			's → s'
		]);
	});
});
