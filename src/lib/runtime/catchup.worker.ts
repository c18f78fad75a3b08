// The catch-up worker: long absences are simulated here, off the main thread.
import { stateFromJson, stateToJson } from '../save/codec';
import {
	encodeChart,
	runChunks,
	type CatchUpMessage,
	type CatchUpRequest
} from './catchup-protocol';

const post = (message: CatchUpMessage) => self.postMessage(message);

self.onmessage = (event: MessageEvent<CatchUpRequest>) => {
	try {
		const { state, steps, samples } = event.data;
		const s = stateFromJson(state);
		const chart = runChunks(s, steps, samples, (done) =>
			post({ type: 'progress', done, total: steps })
		);
		post({ type: 'done', state: stateToJson(s), chart: encodeChart(chart) });
	} catch (error) {
		post({ type: 'error', message: String(error) });
	}
};
