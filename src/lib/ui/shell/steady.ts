// A card whose text a tap changes keeps its height for a moment: <section use:steady>. At each
// press (a pointer going down, or Enter or Space), every steady box holds the height it has then
// as its least height, until HOLD_MS after that first press (later presses within it neither
// measure again nor stretch it: playtest 11, tapping on, saw the launch gate's empty place held
// for five seconds). So when the tap's action shrinks it
// (a purchase makes the model fit, a warning goes), the cards under it stay put under a second
// tap (playtest 10 double-tapped a Buy button; the Memory card above lost two lines and the
// second tap landed on another card's text). Growing is never held back. Around a card that goes
// at a tap (the launch gate after Release, an event after its choice), a wrapper keeps the
// card's place empty for that moment.
// Held at the press, not measured after the change: a ResizeObserver that set the height back
// in its callback made the browser report a ResizeObserver loop (the restless-thumb test caught
// it as a page error).

/** How long a box keeps its height after the press that held it: a double tap's second tap
 * comes well within it (a third of a second apart, or less). 1000 before playtest 17, which saw
 * the released gate's card stand at its old height a whole second, then everything below jump. */
export const HOLD_MS = 600;

/** The steady boxes on screen. */
const boxes: HTMLElement[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;

/** The hold lets go to a least height of 0px, not '' (auto): a box whose CSS eases min-height
 * (LabScreen's places) then closes up in a glide instead of a jump (playtest 17). */
function release(): void {
	timer = undefined;
	for (const node of boxes) node.style.minHeight = '0px';
}

function hold(): void {
	if (timer !== undefined) return; // held since an earlier press of this moment
	for (const node of boxes) {
		const height = node.getBoundingClientRect().height;
		const style = getComputedStyle(node);
		const inside =
			style.boxSizing === 'border-box'
				? 0
				: parseFloat(style.paddingTop) +
					parseFloat(style.paddingBottom) +
					parseFloat(style.borderTopWidth) +
					parseFloat(style.borderBottomWidth);
		node.style.minHeight = `${Math.max(0, height - inside)}px`;
	}
	timer = setTimeout(release, HOLD_MS);
}

const pressed = (e: KeyboardEvent) => {
	if (e.key === 'Enter' || e.key === ' ') hold();
};

export function steady(node: HTMLElement) {
	if (boxes.length === 0) {
		window.addEventListener('pointerdown', hold, true);
		window.addEventListener('keydown', pressed, true);
	}
	boxes.push(node);
	return {
		destroy() {
			boxes.splice(boxes.indexOf(node), 1);
			node.style.minHeight = '';
			if (boxes.length === 0) {
				window.removeEventListener('pointerdown', hold, true);
				window.removeEventListener('keydown', pressed, true);
				clearTimeout(timer);
				timer = undefined;
			}
		}
	};
}
