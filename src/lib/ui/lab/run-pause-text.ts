// Why a run makes no progress, in words (the Run card and the away report): a paused run says
// what it waits for and when that comes (playtest 4 came back to a run frozen at 99.9 % "until
// you hold $2.61K", 18 minutes away, and nothing said so).
import type { RunPause } from '$lib/engine';
import { formatDuration } from '$lib/format/duration';
import { formatMoney } from '$lib/format/number';

export function runPauseText(pause: RunPause): string {
	if (pause.reason === 'serving-only') return 'the slider sends it nothing (Serve 100%)';
	if (pause.reason === 'no-compute') return 'no compute reaches it';
	const cut = `${pause.saving ? 'the cash ran out' : 'out of cash'}, so the power to training is cut until you hold ${formatMoney(pause.needs)}`;
	return Number.isFinite(pause.liftsIn)
		? `${cut}: about ${formatDuration(pause.liftsIn)} away at this income`
		: `${cut}, and this income does not get there`;
}
