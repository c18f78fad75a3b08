// npm run bench: prints one figure a line as `name: value unit`.
// Build figures need a build (made here if missing); engine figures run in plain Node.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const only = process.argv[2];
/** @param {string} name @param {number} value @param {string} unit */
export const report = (name, value, unit) =>
	console.log(`${name}: ${value < 10 ? value.toFixed(2) : value.toFixed(1)} ${unit}`);

const suites = {
	engine: async () => {
		// The engine is TypeScript: run it through tsx in a child process.
		const out = execSync('npx tsx tests/bench/engine-main.ts', { encoding: 'utf8' });
		process.stdout.write(out);
	},
	build: async () => {
		if (!existsSync('build/sw.js')) execSync('npm run build', { stdio: 'ignore' });
		const { benchBuild } = await import('../tests/bench/build.bench.mjs');
		await benchBuild(report);
	},
	offline: async () => {
		if (!existsSync('build/sw.js')) execSync('npm run build', { stdio: 'ignore' });
		const { benchOffline } = await import('../tests/bench/offline.bench.mjs');
		await benchOffline(report);
	},
	save: async () => {
		if (!existsSync('build/sw.js')) execSync('npm run build', { stdio: 'ignore' });
		const { benchSave } = await import('../tests/bench/save.bench.mjs');
		await benchSave(report);
	},
	ui: async () => {
		if (!existsSync('build/sw.js')) execSync('npm run build', { stdio: 'ignore' });
		const { benchUi } = await import('../tests/bench/ui.bench.mjs');
		await benchUi(report, process.argv[3]);
	}
};

for (const [name, run] of Object.entries(suites)) {
	if (only && only !== name) continue;
	await run();
}
