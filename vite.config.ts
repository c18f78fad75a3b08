import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { availableParallelism } from 'node:os';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { manifest } from './src/lib/pwa/manifest.ts';
import { HeavyFirst } from './tests/unit/heavy-first.ts';

/** V8's explicit compile hint (Chrome 136+; other engines read a comment): every function of a
 * browser chunk is compiled when the chunk is, off the main thread while it streams, rather than
 * on the main thread the first time it is called. A cold start compiled the Svelte runtime,
 * SvelteKit and the game lazily, inside the tasks that hydrate and mount the Lab: 14 of the
 * hydration's 24 ms of CPU were V8.CompileCode, and every start-up task over 12.5 ms CPU (a long
 * task at Lighthouse's 4x) was one for the compiling (`npm run bench -- ui`, ui.start.*). After
 * minification (the minifier drops comments), the chunk's first line, for the client build only. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
function compileHints(): Plugin {
	let ssr = true;
	return {
		name: 'frontier:compile-hints',
		apply: 'build',
		enforce: 'post',
		configResolved(config) {
			ssr = Boolean(config.build.ssr);
		},
		// Last, after Vite's own additions to a chunk's top (its preload map).
		generateBundle: {
			order: 'post',
			handler(_, bundle) {
				if (ssr) return;
				for (const chunk of Object.values(bundle))
					if (chunk.type === 'chunk') chunk.code = COMPILE_HINT + chunk.code;
			}
		}
	};
}

export default defineConfig({
	plugins: [
		compileHints(),
		sveltekit(),
		SvelteKitPWA({
			strategies: 'generateSW',
			// The player decides when to reload (after a flushed save): never auto-update.
			registerType: 'prompt',
			injectRegister: false,
			manifest,
			includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
			workbox: {
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webp,webmanifest}',
					'prerendered/**/*.{html,json}'
				],
				navigateFallback: '/',
				cleanupOutdatedCaches: true
			}
		})
	],
	build: {
		// A screen loaded later fetches what it imports when it is imported: no <link> added to
		// the page per chunk (each one cost the starting lab a few ms of main thread).
		modulePreload: { resolveDependencies: () => [] }
	},
	test: {
		include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
		environment: 'node',
		// Property tests draw from one fixed seed (fresh draws: `npm run fuzz`).
		setupFiles: ['tests/unit/fast-check-seed.ts'],
		// Property tests over random states of every era take seconds, not milliseconds.
		testTimeout: 60_000,
		// One worker per core (vitest's default leaves one core idle: on a 2-core machine every
		// file ran in one worker, the probe's three minutes and the rest one after the other).
		maxWorkers: availableParallelism(),
		// The files that take minutes first, one a worker (tests/unit/heavy-first.ts).
		sequence: { sequencer: HeavyFirst }
	}
});
