// What the player reads when the engine refuses an action, by the refusal's reason, and the
// running game's other notices.
import type { Refusal } from '../engine';

export const REFUSALS: Record<Refusal, string> = {
	'unknown-id': 'That is not something this era offers.',
	'not-enough-cash': 'Not enough cash yet.',
	'not-enough-insight': 'Not enough insight yet: hire researchers.',
	'not-enough-moat': 'Not enough Moat yet: reach the era goal and start a new era.',
	'invalid-amount': 'That amount is not valid.',
	'run-in-progress': 'A training run is already in progress.',
	'no-model-waiting': 'No model is waiting at the launch gate.',
	'no-event': 'Nothing is happening in the world that needs an answer.',
	'no-cargo': 'Nothing is waiting for a launch.',
	'no-run': 'No training run is under way.',
	'no-blocks': 'No device blocks to release.',
	'already-done': 'Already done.',
	locked: 'Research its prerequisites first.',
	'later-era': 'This opens in a later era.',
	'goal-not-reached': 'Reach the era goal first.',
	'last-era': 'This is the last era.'
};

export const NOTICES = {
	lockless:
		'This browser cannot keep two tabs of Frontier apart: play in one tab at a time. A tab stops rather than overwrite what another saved.',
	held: 'Catching up on the time you were away… your move is made once it is done.',
	restored: (r: { because: string; from: string }) =>
		`Your latest save could not be loaded (${r.because}) The ${r.from} was loaded instead.`,
	clockBehind: (behind: string) =>
		`Your device's clock reads ${behind} earlier than your last save. Nothing is lost: time away counts again once the clock passes the save's time.`,
	unreadable: (because: string) =>
		`Your save could not be read (${because}) It was kept aside, and a new game started.`,
	imported: 'Save imported. Your previous game is kept: Settings, Kept games, brings it back.',
	startedOver: 'A new lab. Your previous game is kept: Settings, Kept games, brings it back.',
	keptRestored:
		'The kept game is back. The game you were playing is kept in its place: swap again (Settings) to return to it.',
	keptUnreadable: 'That kept game can no longer be read. Your game is unchanged.',
	keptNotSwapped:
		'Your game could not be kept aside (is storage full?), so nothing was swapped. Your game is unchanged.'
};
