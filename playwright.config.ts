import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunch } from './scripts/chromium.mjs';

// FRONTIER_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.FRONTIER_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: [['list']],
	timeout: 60_000,
	use: {
		baseURL: `http://localhost:${PORT}`,
		...devices['Pixel 7'],
		viewport: { width: 390, height: 844 },
		hasTouch: true,
		isMobile: true,
		launchOptions: chromiumLaunch,
		trace: 'off'
	},
	projects: [
		{ name: 'chromium-mobile', grepInvert: /@alone/ },
		// Tests that measure main-thread time run after the rest, alone: on two cores a parallel
		// browser would stretch any task past 50 ms.
		{ name: 'alone', grep: /@alone/, dependencies: ['chromium-mobile'] }
	],
	webServer: {
		command: `node scripts/serve.mjs build ${PORT}`,
		url: `http://localhost:${PORT}`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
