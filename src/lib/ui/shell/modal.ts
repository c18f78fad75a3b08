// Opens a native <dialog> as a modal while `open` holds and closes it when it stops:
// <dialog use:modal={open}>. The dialog gives focus trapping, Escape and the backdrop.
import { modals } from './modal-open.svelte';

export function modal(dialog: HTMLDialogElement, open: boolean) {
	let counted = false;
	const count = (on: boolean) => {
		if (on === counted) return;
		counted = on;
		modals.open += on ? 1 : -1;
	};
	// Escape closes it natively, before `open` follows (and a dialog closed to be shown modal
	// again, shell/arriving.ts, is open by the time its 'close' event comes).
	const closed = () => count(dialog.open);
	dialog.addEventListener('close', closed);
	const apply = (open: boolean) => {
		if (open && !dialog.open) dialog.showModal();
		if (!open && dialog.open) dialog.close();
		count(dialog.open);
	};
	apply(open);
	return {
		update: apply,
		destroy() {
			dialog.removeEventListener('close', closed);
			count(false);
		}
	};
}
