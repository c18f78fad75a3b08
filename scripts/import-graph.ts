// The import graph of src/ (every import, `import type` included), and its cycles.
// Run by tests/unit/architecture/imports.test.ts, so `npm test` fails on a cycle.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** File (relative to the root's parent) → the files it imports. */
export type Graph = Map<string, string[]>;

const SOURCE = /\.(ts|svelte)$/;
// `import … from 'x'`, `export … from 'x'`, `import 'x'`, `import('x')`.
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : SOURCE.test(name) ? [path] : [];
	});
}

/** Resolves a specifier to a file under src/, or null (a package, or a file it cannot find). */
function resolveImport(from: string, spec: string, src: string): string | null {
	let base: string;
	if (spec.startsWith('$lib/') || spec === '$lib') base = join(src, 'lib', spec.slice(5));
	else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
	else return null;
	base = base.replace(/\?.*$/, ''); // `./x?worker`
	for (const candidate of [
		base,
		`${base}.ts`,
		`${base}.svelte.ts`,
		join(base, 'index.ts'),
		base.replace(/\.js$/, '.ts')
	]) {
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	return null;
}

/** The graph of every .ts and .svelte file under `src`. */
export function importGraph(src: string): Graph {
	const graph: Graph = new Map();
	const root = dirname(src);
	for (const file of files(src)) {
		const text = readFileSync(file, 'utf8');
		const deps = new Set<string>();
		for (const [, spec] of text.matchAll(IMPORT)) {
			const to = resolveImport(file, spec, src);
			if (to) deps.add(relative(root, to));
		}
		graph.set(relative(root, file), [...deps]);
	}
	return graph;
}

/** Every cycle of the graph, each once, as a path that returns to its start (Tarjan's SCCs). */
export function findCycles(graph: Graph): string[][] {
	let index = 0;
	const indices = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const cycles: string[][] = [];
	const visit = (v: string) => {
		indices.set(v, index);
		low.set(v, index++);
		stack.push(v);
		onStack.add(v);
		for (const w of graph.get(v) ?? []) {
			if (!indices.has(w)) {
				visit(w);
				low.set(v, Math.min(low.get(v)!, low.get(w)!));
			} else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
		}
		if (low.get(v) === indices.get(v)) {
			const component: string[] = [];
			let w: string;
			do {
				w = stack.pop()!;
				onStack.delete(w);
				component.push(w);
			} while (w !== v);
			const selfLoop = (graph.get(v) ?? []).includes(v);
			if (component.length > 1 || selfLoop) cycles.push(pathThrough(graph, component));
		}
	};
	for (const v of graph.keys()) if (!indices.has(v)) visit(v);
	return cycles;
}

/** A cycle through a strongly connected component, to show: a → b → … → a. */
function pathThrough(graph: Graph, component: string[]): string[] {
	const inside = new Set(component);
	const start = [...component].sort()[0];
	// Breadth-first from start back to start, inside the component.
	const prev = new Map<string, string>();
	const queue = [start];
	while (queue.length) {
		const v = queue.shift()!;
		for (const w of graph.get(v) ?? []) {
			if (!inside.has(w)) continue;
			if (w === start) {
				const path = [start];
				for (let u = v; u !== start; u = prev.get(u)!) path.splice(1, 0, u);
				return [...path, start];
			}
			if (!prev.has(w)) {
				prev.set(w, v);
				queue.push(w);
			}
		}
	}
	return [start, start];
}
