// Lighthouse (mobile, simulated throttling) on the Lab screen of a new game and of a mid-game
// lab, with Debian's Chromium and the launch flags of scripts/chromium.mjs (nothing leaves the
// origin). For each, a fresh Chromium profile is prepared by a throwaway page on the same
// origin that writes the preferences (and, mid-game, tests/fixtures/e2e/mid-game.json into
// the game's IndexedDB); Lighthouse then runs in that profile and is told to keep storage.
// The first run is cold, the others find the service worker installed.
// Needs a build (npm run build). Lighthouse is a pinned devDependency (too slow and noisy for
// npm test: its own command).
// Usage: npm run lighthouse [-- --runs 5] [--only new|mid-game] [--shot final.jpg] [--json DIR]
// (--json DIR keeps each report, DIR/NAME-RUN.json, with its Chrome trace, NAME-RUN.trace.json)
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunch } from './chromium.mjs';
import { listenOnFreePort, staticHandler } from './serve.mjs';

// Asynchronous: the static server lives in this process and must keep answering.
const run = promisify(execFile);
const arg = (name) =>
	process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;
const runs = Number(arg('--runs')) || 1;
const only = arg('--only');
const chrome = chromiumLaunch.executablePath;
if (!chrome) throw new Error('npm run lighthouse needs a system Chromium (/usr/bin/chromium)');
const flags = ['--headless=new', ...chromiumLaunch.args].join(' ');
const midGame = JSON.parse(readFileSync('tests/fixtures/e2e/mid-game.json', 'utf8'));
// The build, plus /__hold: an answer that takes two seconds, which keeps the prep page
// loading (and Chromium's --dump-dom waiting) until its IndexedDB write has finished.
const serveStatic = staticHandler(() => 'build');
const server = createServer((req, res) =>
	req.url === '/__hold' ? setTimeout(() => res.end(), 2000) : serveStatic(req, res)
);
const url = `${await listenOnFreePort(server)}/`;
const prep = 'build/__lighthouse-prep.html';
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];

/** Lighthouse `runs` times on the Lab of a lab holding `record` (none: a new game). */
async function measure(name, record) {
	const profile = mkdtempSync(join(tmpdir(), 'frontier-lh-'));
	// (Driving the browser over CDP with Playwright instead left workers waiting for a
	// debugger, and Lighthouse timed out on Debugger.disable.)
	const save = record
		? `tx.objectStore('keyval').put(${JSON.stringify({ ...record, savedAt: Date.now() })}, 'frontier/save');`
		: '';
	writeFileSync(
		prep,
		`<!doctype html><title>prep</title><script>
	localStorage.setItem('frontier/prefs', JSON.stringify(${record ? '{ hints: false }' : '{}'}));
	const req = indexedDB.open('keyval-store');
	req.onupgradeneeded = () => req.result.createObjectStore('keyval');
	req.onsuccess = () => {
		const tx = req.result.transaction('keyval', 'readwrite');
		${save}
		tx.oncomplete = () => (document.title = 'saved');
	};
	</script><img src="/__hold" alt="">`
	);
	try {
		const { stdout: dom } = await run(
			chrome,
			[
				...flags.split(' '),
				`--user-data-dir=${profile}`,
				'--dump-dom',
				`${url}__lighthouse-prep.html`
			],
			{ encoding: 'utf8', timeout: 30_000 }
		);
		if (!dom.includes('<title>saved</title>'))
			throw new Error(`the save was not written: ${dom.slice(0, 300)}`);

		const scores = [];
		for (let i = 0; i < runs; i++) {
			const keep = arg('--json') && join(arg('--json'), `${name}-${i + 1}.json`);
			const { stdout } = await run(
				'node_modules/.bin/lighthouse',
				[
					url,
					'--quiet',
					'--output=json',
					...(keep ? [`--output-path=${keep}`, '--save-assets'] : []),
					'--disable-storage-reset',
					'--only-categories=performance,accessibility,best-practices',
					`--chrome-flags=${flags} --user-data-dir=${profile}`
				],
				{
					encoding: 'utf8',
					maxBuffer: 64 * 1024 * 1024,
					env: { ...process.env, CHROME_PATH: chrome }
				}
			);
			// The whole report and its trace, to see where the main thread went: --json DIR
			const lhr = JSON.parse(keep ? readFileSync(keep, 'utf8') : stdout);
			const c = lhr.categories;
			const a = lhr.audits;
			const row = {
				performance: Math.round(c.performance.score * 100),
				accessibility: Math.round(c.accessibility.score * 100),
				'best-practices': Math.round(c['best-practices'].score * 100),
				FCP: a['first-contentful-paint'].numericValue,
				LCP: a['largest-contentful-paint'].numericValue,
				TBT: a['total-blocking-time'].numericValue,
				CLS: a['cumulative-layout-shift'].numericValue,
				mainThread: a['mainthread-work-breakdown'].numericValue
			};
			const failing = Object.values(a)
				.filter((x) => x.scoreDisplayMode === 'binary' && x.score === 0)
				.map((x) => x.id);
			console.log(
				`${name} run ${i + 1}${i === 0 ? ' (cold)' : ' (service worker warm)'}: ${JSON.stringify(row)}`,
				failing.length ? `failing: ${failing.join(', ')}` : ''
			);
			// What Lighthouse saw, to check it is the right lab: --shot FILE.jpg
			if (arg('--shot') && i === 0) {
				const data = a['final-screenshot'].details.data.split(',')[1];
				writeFileSync(arg('--shot').replace(/(\.\w+)$/, `-${name}$1`), Buffer.from(data, 'base64'));
			}
			scores.push(row);
		}
		const m = (k) => median(scores.map((s) => s[k]));
		const low = Math.min(...scores.map((s) => s.performance));
		console.log(
			`lighthouse.${name}: performance ${m('performance')} (lowest ${low}), accessibility ${m('accessibility')}, best practices ${m('best-practices')}, FCP ${Math.round(m('FCP'))} ms, LCP ${Math.round(m('LCP'))} ms, TBT ${Math.round(m('TBT'))} ms, main thread ${Math.round(m('mainThread'))} ms (median of ${runs})`
		);
	} finally {
		rmSync(profile, { recursive: true, force: true });
	}
}

try {
	if (!only || only === 'new') await measure('new-game', null);
	if (!only || only === 'mid-game') await measure('mid-game', midGame);
} finally {
	rmSync(prep, { force: true });
	server.close();
}
