// The word that arms Erase. Playtest 29 typed "reset" and " RESET" and the button stayed off:
// any case, with spaces around it, is the same word.
export const RESET_WORD = 'RESET';

/** The typed word arms Erase: RESET in any case, spaces around it ignored. */
export function resetConfirmed(typed: string): boolean {
	return typed.trim().toUpperCase() === RESET_WORD;
}
