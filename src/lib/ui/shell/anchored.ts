// A box that arrives, grows or goes above what the player views does not move it:
// <div use:anchored={onOutOfSight}>. Playtest 44 scrolled down the Lab and a world event's card
// arrived at its top, pushing the cards under the thumb down by its height. Chromium anchors the
// scroll itself (CSS scroll anchoring, `overflow-anchor: auto`); Safari has none, so where the
// page is not anchored the box's change in height is scrolled away here, before it is painted
// (a ResizeObserver runs after layout, before paint). `onOutOfSight` hears whether the box lies
// wholly above what the player sees (hidden under the sticky header or scrolled off), so the
// screen can say it is there (the Lab marks its tab: a tap on it goes back to the top).

/** The top of what the player sees: the sticky header's bottom edge (0 without one). */
function sightTop(): number {
	return Math.max(0, document.querySelector('header')?.getBoundingClientRect().bottom ?? 0);
}

/** The browser keeps the view in place itself (CSS scroll anchoring, on for the page). */
function browserAnchors(): boolean {
	const on = (el: Element | null) => !el || getComputedStyle(el).overflowAnchor === 'auto';
	return on(document.documentElement) && on(document.body);
}

export function anchored(node: HTMLElement, onOutOfSight?: (out: boolean) => void) {
	let report = onOutOfSight;
	let height = node.getBoundingClientRect().height;
	let out: boolean | null = null;
	const tell = () => {
		const box = node.getBoundingClientRect();
		const now = box.height > 0 && box.bottom <= sightTop() + 1;
		if (now !== out) report?.((out = now));
	};
	const resized = new ResizeObserver(() => {
		const box = node.getBoundingClientRect();
		const grew = box.height - height;
		height = box.height;
		// Only a box whose top lies above the view moves what is in it; one in view is seen to change.
		if (grew !== 0 && box.top < sightTop() && !browserAnchors())
			window.scrollBy({ top: grew, behavior: 'instant' });
		tell();
	});
	resized.observe(node);
	window.addEventListener('scroll', tell, { passive: true });
	tell();
	return {
		update(next?: (out: boolean) => void) {
			report = next;
		},
		destroy() {
			resized.disconnect();
			window.removeEventListener('scroll', tell);
			if (out) report?.(false);
		}
	};
}
