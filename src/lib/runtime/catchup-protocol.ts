// Messages between the game and the catch-up worker. States cross as JSON (Decimals as
// exact strings): structured clone would drop the Decimal class.
import { advance, flow, rates, recordSeries, type ChartPoint, type GameState } from '../engine';
import { eraContent } from '../content';
import { decodeDecimal, encodeDecimal } from '../engine/decimal-codec';

export type Json = ReturnType<typeof JSON.parse>;

export interface CatchUpRequest {
	state: Json;
	steps: number;
	/** Points of the cash chart across the absence. */
	samples: number;
}

export type CatchUpMessage =
	| { type: 'progress'; done: number; total: number }
	| { type: 'done'; state: Json; chart: { tick: number; cash: string }[] }
	| { type: 'error'; message: string };

/**
 * Runs a catch-up in chunks, reporting after each. Chunks change nothing: advance over any
 * split of n equals advance over n (tests/unit/engine/advance.test.ts).
 */
export function runChunks(
	s: GameState,
	steps: number,
	samples: number,
	onChunk: (done: number, point: ChartPoint) => void
): ChartPoint[] {
	const content = eraContent(s.eraId);
	const chart: ChartPoint[] = [{ tick: s.tick, cash: s.cash }];
	const chunk = Math.max(1, Math.ceil(steps / samples));
	let done = 0;
	while (done < steps) {
		const n = Math.min(chunk, steps - done);
		advance(s, content, n);
		done += n;
		// The statistics chart gets a point per chunk (it is a log for the player, not state
		// the rules read).
		recordSeries(s, flow(s, rates(s, content)).cashPerSec);
		const point = { tick: s.tick, cash: s.cash };
		chart.push(point);
		onChunk(done, point);
	}
	return chart;
}

export const encodeChart = (chart: ChartPoint[]) =>
	chart.map((p) => ({ tick: p.tick, cash: encodeDecimal(p.cash) }));
export const decodeChart = (chart: { tick: number; cash: string }[]): ChartPoint[] =>
	chart.map((p) => ({ tick: p.tick, cash: decodeDecimal(p.cash)! }));
