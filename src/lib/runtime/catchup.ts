// Catching up an absence without freezing the page: in a Web Worker, or (where workers
// fail) on the main thread in slices of at most ~16 ms.
import { cloneState, type ChartPoint, type GameState } from '../engine';
import { stateFromJson, stateToJson } from '../save/codec';
import { decodeChart, runChunks, type CatchUpMessage } from './catchup-protocol';
import CatchUpWorker from './catchup.worker?worker';

export const CHART_SAMPLES = 48;
const SLICE_MS = 12;

export interface CatchUpResult {
	state: GameState;
	chart: ChartPoint[];
}

export function catchUpInWorker(
	state: GameState,
	steps: number,
	onProgress: (done: number) => void
): Promise<CatchUpResult> {
	return new Promise((resolve, reject) => {
		const worker = new CatchUpWorker();
		worker.onmessage = (event: MessageEvent<CatchUpMessage>) => {
			const m = event.data;
			if (m.type === 'progress') onProgress(m.done);
			else {
				worker.terminate();
				if (m.type === 'done')
					resolve({ state: stateFromJson(m.state), chart: decodeChart(m.chart) });
				else reject(new Error(m.message));
			}
		};
		worker.onerror = (e) => {
			worker.terminate();
			reject(new Error(e.message || 'catch-up worker failed'));
		};
		worker.postMessage({ state: stateToJson(state), steps, samples: CHART_SAMPLES });
	});
}

/** Main-thread fallback: advance in slices, yielding to the page between them. */
export async function catchUpInSlices(
	state: GameState,
	steps: number,
	onProgress: (done: number) => void
): Promise<CatchUpResult> {
	const s = cloneState(state);
	const chart: ChartPoint[] = [{ tick: s.tick, cash: s.cash }];
	const perSample = Math.max(1, Math.ceil(steps / CHART_SAMPLES));
	let done = 0;
	while (done < steps) {
		const sliceEnd = performance.now() + SLICE_MS;
		while (done < steps && performance.now() < sliceEnd) {
			const n = Math.min(perSample, steps - done);
			runChunks(s, n, 1, () => {});
			done += n;
			chart.push({ tick: s.tick, cash: s.cash });
		}
		onProgress(done);
		await new Promise((r) => setTimeout(r, 0));
	}
	return { state: s, chart };
}

export async function catchUp(
	state: GameState,
	steps: number,
	onProgress: (done: number) => void
): Promise<CatchUpResult> {
	if (typeof Worker !== 'undefined') {
		try {
			return await catchUpInWorker(state, steps, onProgress);
		} catch {
			// fall through to the main thread, in slices
		}
	}
	return catchUpInSlices(state, steps, onProgress);
}
