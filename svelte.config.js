import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

// One version name per build, the same in every process that loads this config.
function buildVersion() {
	if (process.env.FRONTIER_BUILD_ID) return process.env.FRONTIER_BUILD_ID;
	const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
	try {
		const commit = execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] });
		return `${version}+${commit.toString().trim()}`;
	} catch {
		return version;
	}
}

// Screens loaded after the first paint (ui/Live.svelte's `later`, and what only they use): their
// styles come with their code and are added when they first show, rather than as stylesheets
// fetched when their code is (each one restyling the whole page while the lab starts).
const LATER =
	/\/src\/lib\/ui\/(fleet\/(?!MemoryMeter)|research\/|market\/|era\/|settings\/|stats\/|away\/AwayReport|shell\/InstallGuide)/;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	vitePlugin: {
		dynamicCompileOptions: ({ filename }) =>
			LATER.test(filename) ? { css: 'injected' } : undefined
	},
	kit: {
		// FRONTIER_OUT lets the update test build a second version beside the first.
		adapter: adapter({
			pages: process.env.FRONTIER_OUT ?? 'build',
			assets: process.env.FRONTIER_OUT ?? 'build',
			strict: true
		}),
		// Inline small stylesheets: no render-blocking request before the first paint.
		inlineStyleThreshold: 24 * 1024,
		// The PWA plugin generates the service worker; we register it ourselves.
		serviceWorker: { register: false },
		version: { name: buildVersion() }
	}
};

export default config;
