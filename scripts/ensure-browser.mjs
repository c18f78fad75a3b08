// Makes sure a Chromium for Playwright is present without downloading browser builds here.
// Debian: use (and if needed apt-get install) /usr/bin/chromium. Elsewhere: Playwright's own.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const isDebian = existsSync('/etc/debian_version');

if (existsSync(SYSTEM_CHROMIUM)) {
	console.log(`browser: ${SYSTEM_CHROMIUM}`);
} else if (isDebian) {
	const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
	console.log('browser: installing Debian chromium with apt-get …');
	execSync(`${sudo}apt-get update -qq && ${sudo}apt-get install -y -qq chromium`, {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
} else {
	console.log("browser: not Debian; using Playwright's own Chromium");
	execSync('npx playwright install chromium', { stdio: 'inherit' });
}
