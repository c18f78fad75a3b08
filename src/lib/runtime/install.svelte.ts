// The install state the UI reads: which path this device takes (install.ts), the browser's
// own prompt when it offers one (beforeinstallprompt: Android and desktop Chromium), and the
// Add to Home Screen guide for Safari on iOS, shown by itself once.
import {
	installPath,
	showGuideFirst,
	storageMayBeCleared,
	type BrowserFacts,
	type InstallPath
} from './install';

const GUIDE_SEEN = 'frontier/install-guide-seen';

interface InstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

function standalone(): boolean {
	return (
		matchMedia('(display-mode: standalone)').matches ||
		(navigator as Navigator & { standalone?: boolean }).standalone === true
	);
}

function remember(key: string, value?: string): string | null {
	try {
		if (value !== undefined) localStorage.setItem(key, value);
		return localStorage.getItem(key);
	} catch {
		return null; // storage refused (a private window): the guide may show again
	}
}

class Install {
	path: InstallPath = $state('menu');
	/** Safari may delete this site's data after 7 days unopened: say so, offer export. */
	storageNote = $state(false);
	guideOpen = $state(false);
	private offered: InstallPromptEvent | null = null;
	private started = false;

	start(): void {
		if (this.started) return;
		this.started = true;
		addEventListener('beforeinstallprompt', (event) => {
			// Offered from Settings when the player chooses, not as a banner over the game.
			event.preventDefault();
			this.offered = event as InstallPromptEvent;
			this.refresh();
		});
		addEventListener('appinstalled', () => {
			this.offered = null;
			this.refresh();
		});
		matchMedia('(display-mode: standalone)').addEventListener?.('change', () => this.refresh());
		this.refresh();
		if (showGuideFirst(this.path, remember(GUIDE_SEEN) === '1')) this.showGuide();
	}

	private refresh(): void {
		const facts: BrowserFacts = {
			userAgent: navigator.userAgent,
			maxTouchPoints: navigator.maxTouchPoints ?? 0,
			standalone: standalone(),
			canPrompt: this.offered !== null
		};
		this.path = installPath(facts);
		this.storageNote = storageMayBeCleared(facts);
	}

	showGuide(): void {
		this.guideOpen = true;
		remember(GUIDE_SEEN, '1');
	}

	closeGuide(): void {
		this.guideOpen = false;
	}

	/** Shows the browser's install prompt (only after the player asked for it). */
	async prompt(): Promise<void> {
		const offered = this.offered;
		if (!offered) return;
		this.offered = null; // a prompt can be shown once
		await offered.prompt();
		await offered.userChoice.catch(() => null);
		this.refresh();
	}
}

export const install = new Install();
