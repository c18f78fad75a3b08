import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { manifest } from './src/lib/pwa/manifest';

export default defineConfig({
	plugins: [
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
		maxWorkers: availableParallelism()
	}
});
