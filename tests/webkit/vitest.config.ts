// The WebKit suite (npm run test:webkit): one WebKitGTK MiniBrowser session driven over
// WebDriver, the tests in order, against the production build in build/.
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/webkit/**/*.test.ts'],
		environment: 'node',
		fileParallelism: false,
		sequence: { shuffle: false },
		// Waits are on conditions; these only bound a stuck browser.
		testTimeout: 120_000,
		hookTimeout: 120_000
	}
});
