// Opens a native <dialog> as a modal while `open` holds and closes it when it stops:
// <dialog use:modal={open}>. The dialog gives focus trapping, Escape and the backdrop.
// An open dialog holds one entry of the browser's history (SvelteKit's shallow pushState), so
// the phone's Back closes it rather than leaving the game (playtest 12: Back with Statistics
// open went to about:blank); closed any other way, the entry is taken back.
import { pushState } from '$app/navigation';
import { modals } from './modal-open.svelte';

export function modal(dialog: HTMLDialogElement, open: boolean) {
	let counted = false;
	/** This dialog's history entry is the current one. */
	let held = false;
	const count = (on: boolean) => {
		if (on === counted) return;
		counted = on;
		modals.open += on ? 1 : -1;
	};
	const hold = () => {
		if (held) return;
		try {
			pushState('', { modal: dialog.id || true });
			held = true;
		} catch {
			// Before the router has started (or outside it): Back leaves as it did.
		}
	};
	const release = () => {
		if (!held) return;
		held = false;
		history.back();
	};
	// Back: the entry is gone; the dialog closes (its 'close' event tells its owner).
	const back = () => {
		if (!held) return;
		held = false;
		if (dialog.open) dialog.close();
	};
	// Escape closes it natively, before `open` follows (and a dialog closed to be shown modal
	// again, shell/arriving.ts, is open by the time its 'close' event comes).
	const closed = () => {
		count(dialog.open);
		if (!dialog.open) release();
	};
	dialog.addEventListener('close', closed);
	window.addEventListener('popstate', back);
	const apply = (open: boolean) => {
		if (open && !dialog.open) {
			dialog.showModal();
			hold();
		}
		if (!open && dialog.open) dialog.close();
		count(dialog.open);
	};
	apply(open);
	return {
		update: apply,
		destroy() {
			dialog.removeEventListener('close', closed);
			window.removeEventListener('popstate', back);
			count(false);
			release();
		}
	};
}
