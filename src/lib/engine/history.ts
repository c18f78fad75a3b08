// The leaderboard history for the chart: one point per release, bounded by downsampling.
import type { GameState } from './state';

/** Most points kept; when full, every other point of the older half is dropped. */
export const HISTORY_MAX = 240;

export function recordHistory(state: GameState): void {
	const caps = [state.model.capability, ...state.rivals.map((r) => r.capability)];
	const last = state.history[state.history.length - 1];
	if (last && last.tick === state.tick) last.caps = caps;
	else state.history.push({ tick: state.tick, caps });
	if (state.history.length > HISTORY_MAX) {
		const half = Math.floor(state.history.length / 2);
		const older = state.history.slice(0, half).filter((_, i) => i % 2 === 0);
		state.history = [...older, ...state.history.slice(half)];
	}
}
