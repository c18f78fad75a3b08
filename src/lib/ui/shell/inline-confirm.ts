// An inline "are you sure" (Stop run…, Release…): it takes the focus on its safe button as it
// opens, Escape closes it, and the focus goes back to the button that opened it (playtest 30's
// keyboard was left on the page's body, and Escape did nothing).
import { tick } from 'svelte';

export interface InlineConfirm {
	/** Closes the question (as its safe button does). */
	close: () => void;
	/** The data-testid of the button that opened it, given the focus back once it closes. */
	opener: string;
}

export function inlineConfirm(node: HTMLElement, options: InlineConfirm) {
	let opts = options;
	node.querySelector<HTMLElement>('[data-safe]')?.focus();
	function onkeydown(e: KeyboardEvent) {
		if (e.key !== 'Escape') return;
		e.preventDefault();
		e.stopPropagation();
		opts.close();
	}
	node.addEventListener('keydown', onkeydown);
	return {
		update(next: InlineConfirm) {
			opts = next;
		},
		destroy() {
			node.removeEventListener('keydown', onkeydown);
			const had = node.contains(document.activeElement);
			// Once the screen has drawn the opener again (Stop run… takes the question's place).
			void tick().then(() => {
				if (!had && document.activeElement !== document.body) return;
				document.querySelector<HTMLElement>(`[data-testid="${opts.opener}"]`)?.focus();
			});
		}
	};
}
