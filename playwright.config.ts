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
	// Generous: the axe and screen-reader tests take 30–50 s on a busy two-core machine.
	timeout: 120_000,
	use: {
		baseURL: `http://localhost:${PORT}`,
		...devices['Pixel 7'],
		viewport: { width: 390, height: 844 },
		hasTouch: true,
		isMobile: true,
		launchOptions: chromiumLaunch,
		trace: 'off',
		// The screens are tested without the service worker: each test's fresh context installed it
		// and precached the app, about 15 % of the suite's time (features + thumb-reach: 240 s
		// against 200 s, two runs each). The specs about it (pwa, update, play: a check-in as
		// installed) allow it.
		serviceWorkers: 'block'
	},
	// No test measures time (that is `npm run bench`): all run side by side.
	projects: [{ name: 'chromium-mobile' }],
	webServer: {
		command: `node scripts/serve.mjs build ${PORT}`,
		url: `http://localhost:${PORT}`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
