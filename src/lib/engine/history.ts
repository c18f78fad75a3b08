// Histories for the charts: the leaderboard (one point per release) and income (a sample
// about once a minute). Both are bounded by thinning the older half when full.
import type { Decimal } from './decimal';
import type { GameState } from './state';

/** Most points kept; when full, every other point of the older half is dropped. */
export const HISTORY_MAX = 240;
/** Steps between income samples. */
export const SERIES_EVERY = 60;

/** Drops every other point of the older half once `points` is over the limit. */
function thin<T>(points: T[]): T[] {
	if (points.length <= HISTORY_MAX) return points;
	const half = Math.floor(points.length / 2);
	return [...points.slice(0, half).filter((_, i) => i % 2 === 0), ...points.slice(half)];
}

/** Samples income for the statistics chart, at most once every SERIES_EVERY steps. */
export function recordSeries(state: GameState, cashPerSec: Decimal): void {
	const last = state.series[state.series.length - 1];
	if (last && state.tick - last.tick < SERIES_EVERY) return;
	state.series.push({ tick: state.tick, cashPerSec });
	state.series = thin(state.series);
}

export function recordHistory(state: GameState): void {
	const caps = [state.model.capability, ...state.rivals.map((r) => r.capability)];
	const last = state.history[state.history.length - 1];
	if (last && last.tick === state.tick) last.caps = caps;
	else state.history.push({ tick: state.tick, caps });
	state.history = thin(state.history);
}
