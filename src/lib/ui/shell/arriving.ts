// A modal <dialog> that arrives on its own, not from a tap (the away report, after the
// catch-up): <dialog use:arriving={open}>. A tap already on its way when it appears must not be
// eaten by it nor land on its buttons (the playtest's first tap, going for Release, did). For its
// first half second it shows but takes no taps (they reach what lies under it); then it becomes
// modal, and a press that began before that activates nothing in it.
import { modal } from './modal';

export const SETTLE_MS = 500;

export function arriving(dialog: HTMLDialogElement, open: boolean) {
	const inner = modal(dialog, false);
	let timer: ReturnType<typeof setTimeout> | undefined;
	let settledAt = Infinity;
	let pressedAt = -Infinity;
	const pressed = () => (pressedAt = performance.now());
	// A click from a pointer (detail > 0) whose press began before the dialog settled.
	const early = (e: MouseEvent) => {
		if (e.detail > 0 && pressedAt < settledAt) {
			e.preventDefault();
			e.stopImmediatePropagation();
		}
	};
	window.addEventListener('pointerdown', pressed, true);
	dialog.addEventListener('click', early, true);
	const settle = () => {
		timer = undefined;
		dialog.close(); // a 'close' event follows, with the dialog open again: not a dismissal
		dialog.classList.remove('arriving');
		settledAt = performance.now();
		inner.update(true);
	};
	const apply = (open: boolean) => {
		if (open && !dialog.open) {
			dialog.classList.toggle('arriving', true);
			dialog.show();
			timer = setTimeout(settle, SETTLE_MS);
		} else if (!open) {
			clearTimeout(timer);
			timer = undefined;
			settledAt = Infinity;
			dialog.classList.remove('arriving');
			if (dialog.open) dialog.close();
			inner.update(false);
		}
	};
	apply(open);
	return {
		update: apply,
		destroy() {
			clearTimeout(timer);
			window.removeEventListener('pointerdown', pressed, true);
			dialog.removeEventListener('click', early, true);
			inner.destroy();
		}
	};
}
