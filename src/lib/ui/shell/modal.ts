// Opens a native <dialog> as a modal while `open` holds and closes it when it stops:
// <dialog use:modal={open}>. The dialog gives focus trapping, Escape and the backdrop.
export function modal(dialog: HTMLDialogElement, open: boolean) {
	const apply = (open: boolean) => {
		if (open && !dialog.open) dialog.showModal();
		if (!open && dialog.open) dialog.close();
	};
	apply(open);
	return { update: apply };
}
