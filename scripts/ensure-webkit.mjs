// Makes sure WebKit can be driven here, as scripts/ensure-browser.mjs does for Chromium:
// Debian's WebKitGTK MiniBrowser, its WebDriver (WebKitWebDriver) and a virtual X display
// (Xvfb). On Debian, missing pieces are installed with apt-get (as root or with sudo).
// Elsewhere nothing is installed and the WebKit suite is skipped.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** @type {Record<string, string>} */
const TRIPLETS = { x64: 'x86_64-linux-gnu', arm64: 'aarch64-linux-gnu' };
const ARCH = TRIPLETS[process.arch] ?? '';
export const MINIBROWSER = `/usr/lib/${ARCH}/webkit2gtk-4.1/MiniBrowser`;
export const WEBDRIVER = '/usr/bin/WebKitWebDriver';
export const XVFB = '/usr/bin/Xvfb';

const present = () => [MINIBROWSER, WEBDRIVER, XVFB].every((f) => existsSync(f));

/**
 * Installs what is missing where it can. Returns null when WebKit can run, else the reason
 * it cannot (one line).
 * @returns {string | null}
 */
export function ensureWebKit() {
	if (present()) return null;
	if (!existsSync('/etc/debian_version') || !ARCH)
		return 'not a Debian machine (WebKitGTK comes from Debian packages)';
	const root = process.getuid?.() === 0;
	if (!root) {
		try {
			execSync('sudo -n true', { stdio: 'ignore' });
		} catch {
			return 'webkit2gtk-driver and xvfb are missing, and apt-get needs root or sudo';
		}
	}
	const sudo = root ? '' : 'sudo ';
	console.log('webkit: installing Debian webkit2gtk-driver and xvfb with apt-get …');
	execSync(`${sudo}apt-get update -qq && ${sudo}apt-get install -y -qq webkit2gtk-driver xvfb`, {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
	return present() ? null : `apt-get ran, but ${MINIBROWSER} or ${WEBDRIVER} is still missing`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const why = ensureWebKit();
	console.log(why ? `webkit: not available (${why})` : `webkit: ${MINIBROWSER}`);
}
