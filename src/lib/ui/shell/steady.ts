// A card whose text a tap changes keeps its height for a moment: <section use:steady>. When the
// content shrinks (a purchase makes the model fit, a warning goes), the box holds its last height
// for HOLD_MS, then lets go. The cards under it stay put under a second tap (playtest 10
// double-tapped a Buy button; the Memory card above lost two lines and the second tap landed on
// another card's text). Growing is never held back: nothing under a tap moves up. Around a card
// that goes at a tap (the launch gate after Release, an event after its choice), a wrapper keeps
// the card's place empty for that moment.

/** How long a shrunk box keeps its height: a double tap's second tap comes well within it. */
export const HOLD_MS = 1000;

export function steady(node: HTMLElement) {
	let height = node.getBoundingClientRect().height;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const release = () => {
		timer = undefined;
		node.style.minHeight = '';
		height = node.getBoundingClientRect().height;
	};
	// Measured from layout, not from the observer's content box: the card's padding and border
	// count, and min-height (box-sizing: border-box or not) is set from the same measure.
	const observer = new ResizeObserver(() => {
		const now = node.getBoundingClientRect().height;
		if (now < height - 0.5) {
			const border = getComputedStyle(node).boxSizing === 'border-box';
			const style = getComputedStyle(node);
			const extra = border
				? 0
				: parseFloat(style.paddingTop) +
					parseFloat(style.paddingBottom) +
					parseFloat(style.borderTopWidth) +
					parseFloat(style.borderBottomWidth);
			node.style.minHeight = `${height - extra}px`;
			clearTimeout(timer);
			timer = setTimeout(release, HOLD_MS);
		} else if (!timer) height = now;
		else if (now > height) height = now;
	});
	observer.observe(node);
	return {
		destroy() {
			observer.disconnect();
			clearTimeout(timer);
		}
	};
}
