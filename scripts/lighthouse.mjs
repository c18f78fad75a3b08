// Lighthouse (mobile) on the Lab screen of a mid-game lab. A Chromium profile is prepared by
// a throwaway page on the same origin that writes tests/fixtures/e2e/mid-game.json into the
// game's IndexedDB; Lighthouse then runs in that profile and is told to keep storage.
// Needs a build (npm run build). Lighthouse is fetched by npx (large; only this needs it).
// Usage: npm run lighthouse [-- --runs 3] [--shot final.jpg]
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
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 1;
const chrome = chromiumLaunch.executablePath;
if (!chrome) throw new Error('npm run lighthouse needs a system Chromium (/usr/bin/chromium)');
const record = JSON.parse(readFileSync('tests/fixtures/e2e/mid-game.json', 'utf8'));
// The build, plus /__hold: an answer that takes two seconds, which keeps the prep page
// loading (and Chromium's --dump-dom waiting) until its IndexedDB write has finished.
const serveStatic = staticHandler(() => 'build');
const server = createServer((req, res) =>
	req.url === '/__hold' ? setTimeout(() => res.end(), 2000) : serveStatic(req, res)
);
const url = `${await listenOnFreePort(server)}/`;
const profile = mkdtempSync(join(tmpdir(), 'frontier-lh-'));
const prep = 'build/__lighthouse-prep.html';
// (Driving the browser over CDP with Playwright instead left workers waiting for a debugger,
// and Lighthouse timed out on Debugger.disable.)
writeFileSync(
	prep,
	`<!doctype html><title>prep</title><script>
	localStorage.setItem('frontier/prefs', JSON.stringify({ hints: false }));
	const req = indexedDB.open('keyval-store');
	req.onupgradeneeded = () => req.result.createObjectStore('keyval');
	req.onsuccess = () => {
		const tx = req.result.transaction('keyval', 'readwrite');
		tx.objectStore('keyval').put(${JSON.stringify({ ...record, savedAt: Date.now() })}, 'frontier/save');
		tx.oncomplete = () => (document.title = 'saved');
	};
	</script><img src="/__hold" alt="">`
);
try {
	const { stdout: dom } = await run(
		chrome,
		[
			'--headless=new',
			'--no-sandbox',
			'--disable-gpu',
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
		const { stdout: out } = await run(
			'npx',
			[
				'-y',
				'lighthouse@11.7.1',
				url,
				'--quiet',
				'--output=json',
				'--disable-storage-reset',
				'--only-categories=performance,accessibility,best-practices',
				`--chrome-flags=--headless=new --no-sandbox --disable-gpu --user-data-dir=${profile}`
			],
			{
				encoding: 'utf8',
				maxBuffer: 64 * 1024 * 1024,
				env: { ...process.env, CHROME_PATH: chrome }
			}
		);
		const lhr = JSON.parse(out);
		const c = lhr.categories;
		const a = lhr.audits;
		const row = {
			performance: Math.round(c.performance.score * 100),
			accessibility: Math.round(c.accessibility.score * 100),
			'best-practices': Math.round(c['best-practices'].score * 100),
			FCP: a['first-contentful-paint'].displayValue,
			LCP: a['largest-contentful-paint'].displayValue,
			TBT: a['total-blocking-time'].displayValue,
			CLS: a['cumulative-layout-shift'].displayValue
		};
		const failing = Object.values(a)
			.filter((x) => x.scoreDisplayMode === 'binary' && x.score === 0)
			.map((x) => x.id);
		console.log(
			`run ${i + 1}${i === 0 ? ' (cold)' : ' (service worker warm)'}: ${JSON.stringify(row)}`,
			failing.length ? `failing: ${failing.join(', ')}` : ''
		);
		// What Lighthouse saw, to check it is the mid-game lab: --shot FILE.jpg
		const shot = process.argv.indexOf('--shot');
		if (shot > 0 && i === 0) {
			const data = a['final-screenshot'].details.data.split(',')[1];
			writeFileSync(process.argv[shot + 1], Buffer.from(data, 'base64'));
		}
		scores.push(row);
	}
	const median = (k) =>
		scores.map((s) => s[k]).sort((x, y) => x - y)[Math.floor(scores.length / 2)];
	console.log(
		`lighthouse.mid-game.cold: performance ${scores[0].performance}, accessibility ${scores[0].accessibility}, best practices ${scores[0]['best-practices']}`
	);
	console.log(
		`lighthouse.mid-game: performance ${median('performance')}, accessibility ${median('accessibility')}, best practices ${median('best-practices')} (median of ${runs})`
	);
} finally {
	rmSync(prep, { force: true });
	rmSync(profile, { recursive: true, force: true });
	server.close();
}
