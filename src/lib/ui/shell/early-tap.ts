// A tap before the app has started is not lost: app.html's inline script notes the control
// tapped (its data-testid) and marks <html data-early-tap>, which shows "Opening the lab…
// your tap goes through" at once; once the app runs, the tap is made again.

declare global {
	interface Window {
		/** The data-testid of the last control tapped before the app started. */
		__frontierEarlyTap?: string | null;
		__frontierStarted?: boolean;
	}
}

export function replayEarlyTap(): void {
	window.__frontierStarted = true;
	const id = window.__frontierEarlyTap;
	window.__frontierEarlyTap = null;
	delete document.documentElement.dataset.earlyTap;
	if (!id) return;
	document.querySelector<HTMLElement>(`[data-testid="${CSS.escape(id)}"]`)?.click();
}
