// The part of an absence in which the lab trained nothing: its last run finished and no next one
// started. Playtest 44 came back to Orbit after 2 h and 5 h whose runs had finished 3 and 27
// minutes in; the report said "1 training run finished" and not that the fleet then only served.
import { hasAutomation } from './prestige';
import type { GameState, Headline } from './state';

/** Idle training shorter than this is not told (a run started a minute late is no news). */
export const IDLE_TOLD = 600;

/** The news a run's end is told with (models.ts finishRun). */
const RUN_ENDS = new Set(['run-finished', 'disappointing-run', 'distilled', 'set-aside']);

export interface AwayIdle {
	/** Seconds of the absence, at its end, with no run training. */
	seconds: number;
	/** Whether a run finished while away (else none was going when the player left). */
	finished: boolean;
	/** The Run scheduler is owned but switched off (on, it starts each run itself). */
	schedulerOff: boolean;
}

/** Null while a run trains on return, when the idle stretch is under IDLE_TOLD, when the Run
 * scheduler is on (what it waits for is the run card's to say), or when the news that told the
 * last run's end is no longer kept. */
export function awayIdle(
	before: GameState,
	after: GameState,
	fresh: readonly Headline[]
): AwayIdle | null {
	if (after.run) return null;
	const owned = hasAutomation(after, 'run');
	if (owned && after.meta.automation.run.on) return null;
	const finished = after.stats.runsFinished > before.stats.runsFinished;
	const since = finished
		? fresh.filter((n) => RUN_ENDS.has(n.kind)).at(-1)?.tick
		: before.run
			? undefined
			: before.tick;
	if (since === undefined) return null;
	const seconds = after.tick - since;
	return seconds >= IDLE_TOLD ? { seconds, finished, schedulerOff: owned } : null;
}
