// How many modal dialogs are open (modal.ts keeps it): what would draw over a dimmed
// backdrop, such as an achievement toast, waits until none is.
export const modals = $state({ open: 0 });
