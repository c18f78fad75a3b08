// Service-worker registration and the player-driven update flow.
// A waiting version never reloads the page by itself: the player taps "Reload",
// and the reload happens only after the game has flushed its save.
import { registerSW } from 'virtual:pwa-register';

export const swStatus = $state({ needRefresh: false, offlineReady: false, updating: false });

let updateSW: ((reload?: boolean) => Promise<void>) | undefined;
let beforeReload: () => Promise<void> = async () => {};

/** The save system registers its flush here so an update never loses progress. */
export function setBeforeReload(flush: () => Promise<void>): void {
	beforeReload = flush;
}

/** Registers the service worker (once: later calls do nothing). */
export function startServiceWorker(): void {
	if (updateSW || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
	updateSW = registerSW({
		immediate: true,
		onNeedRefresh() {
			swStatus.needRefresh = true;
		},
		onOfflineReady() {
			swStatus.offlineReady = true;
		},
		onRegisteredSW(_url, registration) {
			// Look for a new version hourly and whenever the player comes back.
			if (!registration) return;
			const check = () => {
				if (navigator.onLine) registration.update().catch(() => {});
			};
			setInterval(check, 60 * 60 * 1000);
			document.addEventListener('visibilitychange', () => {
				if (document.visibilityState === 'visible') check();
			});
		}
	});
}

export async function applyUpdate(): Promise<void> {
	if (!updateSW || swStatus.updating) return;
	swStatus.updating = true;
	try {
		await beforeReload();
	} finally {
		await updateSW(true);
	}
}
