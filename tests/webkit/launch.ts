// Starts what a WebKit test needs, each on a free port or display so parallel runs never
// collide: the production build on a local server (with a switch that cuts it off, as a
// phone going offline), a virtual X display (Xvfb) at phone size, WebKitWebDriver, and one
// MiniBrowser session driven by webdriverio.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { Readable } from 'node:stream';
import { remote } from 'webdriverio';
import { MINIBROWSER, WEBDRIVER, XVFB } from '../../scripts/ensure-webkit.mjs';
import { listenOnFreePort, staticHandler } from '../../scripts/serve.mjs';

export const PHONE = { width: 390, height: 844 };
/** Safari on an iPhone (iOS 18): the game's iOS paths key on this. */
export const IPHONE_UA =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

export interface WebKit {
	browser: WebdriverIO.Browser;
	/** Where the build is served, e.g. http://localhost:40123 */
	origin: string;
	/** Cuts the server off (every request fails at the socket), or brings it back. */
	setOffline(offline: boolean): void;
	close(): Promise<void>;
}

async function freePort(): Promise<number> {
	const probe = createServer();
	const url = await listenOnFreePort(probe);
	await new Promise((r) => probe.close(r));
	return Number(new URL(url).port);
}

/** Starts Xvfb on the first free display and gives its name (":99"). */
function startXvfb(): Promise<{ proc: ChildProcess; display: string }> {
	const proc = spawn(
		XVFB,
		['-displayfd', '3', '-screen', '0', `${PHONE.width}x${PHONE.height}x24`, '-nolisten', 'tcp'],
		{ stdio: ['ignore', 'ignore', 'pipe', 'pipe'] }
	);
	return new Promise((resolve, reject) => {
		let out = '';
		(proc.stdio[3] as Readable).on('data', (d: Buffer) => {
			out += d.toString();
			if (out.includes('\n')) resolve({ proc, display: `:${out.trim()}` });
		});
		proc.on('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
	});
}

async function waitForDriver(port: number, proc: ChildProcess): Promise<void> {
	for (let i = 0; i < 200; i++) {
		if (proc.exitCode !== null) throw new Error(`WebKitWebDriver exited (${proc.exitCode})`);
		const ok = await fetch(`http://127.0.0.1:${port}/status`).then(
			(r) => r.ok,
			() => false
		);
		if (ok) return;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error('WebKitWebDriver did not start');
}

export async function launchWebKit(dir = 'build'): Promise<WebKit> {
	let offline = false;
	const serve = staticHandler(() => dir);
	const server: Server = createServer((req, res) => {
		if (offline) req.socket.destroy();
		else void serve(req, res);
	});
	const origin = await listenOnFreePort(server);

	const xvfb = await startXvfb();
	const port = await freePort();
	const driver = spawn(WEBDRIVER, [`--port=${port}`], {
		env: { ...process.env, DISPLAY: xvfb.display },
		stdio: 'ignore'
	});
	// Never leave a display or a driver behind, even when the run is cut short.
	const killAll = () => {
		driver.kill();
		xvfb.proc.kill();
	};
	process.once('exit', killAll);
	const stop = async () => {
		killAll();
		server.closeAllConnections();
		await new Promise((r) => server.close(r));
	};
	try {
		await waitForDriver(port, driver);
		const browser = await remote({
			hostname: '127.0.0.1',
			port,
			path: '/',
			logLevel: 'silent', // webdriverio retries a click that lands during an animation; a real failure still throws
			connectionRetryTimeout: 120_000,
			capabilities: {
				// WebKitGTK speaks classic WebDriver (no BiDi).
				'wdio:enforceWebDriverClassic': true,
				'webkitgtk:browserOptions': {
					binary: MINIBROWSER,
					// Full screen on a phone-sized display: the page gets exactly 390×844.
					args: ['--automation', '--full-screen', `--user-agent=${IPHONE_UA}`]
				}
			} as WebdriverIO.Capabilities
		});
		// The window opens at 1024×768; full screen (no toolbar) it fits the display exactly.
		await browser.setWindowSize(PHONE.width, PHONE.height);
		await browser.waitUntil(
			() => browser.execute(() => innerWidth === 390 && innerHeight === 844),
			{
				timeout: 30_000,
				interval: 100,
				timeoutMsg: 'the window never filled the phone-sized screen'
			}
		);
		return {
			browser,
			origin,
			setOffline: (value) => {
				offline = value;
				if (value) server.closeAllConnections();
			},
			close: async () => {
				await browser.deleteSession().catch(() => {});
				await stop();
			}
		};
	} catch (e) {
		await stop();
		throw e;
	}
}
