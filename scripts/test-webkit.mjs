// The WebKit suite (npm run test:webkit): makes sure WebKitGTK, its WebDriver and Xvfb are
// here (installing them on Debian), builds the app if there is no build, then runs
// tests/webkit/ with vitest. Where WebKit cannot run, says so in one line and passes.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureWebKit } from './ensure-webkit.mjs';

const why = ensureWebKit();
if (why) {
	console.log(`webkit: SKIPPED, the WebKit suite did not run: ${why}`);
	process.exit(0);
}

const run = (/** @type {string[]} */ args) =>
	spawnSync('npx', args, { stdio: 'inherit' }).status ?? 1;

if (!existsSync('build/index.html')) {
	const built = run(['vite', 'build']);
	if (built !== 0) process.exit(built);
}
process.exit(
	run(['vitest', 'run', '--config', 'tests/webkit/vitest.config.ts', ...process.argv.slice(2)])
);
