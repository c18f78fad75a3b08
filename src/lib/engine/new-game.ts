// A fresh game at the start of the Garage era.
import { eraContent, type EraContent } from '../content';
import { Decimal } from './decimal';
import { recordHistory } from './history';
import { makeStarterModel } from './models';
import { initialRivals, scheduleNext } from './rivals';
import { SCHEMA_VERSION, type GameState } from './state';

export function newGame(seed: number, eraId = 'garage'): GameState {
	const content: EraContent = eraContent(eraId);
	const { era } = content;
	const model = makeStarterModel(content);
	const state: GameState = {
		schema: SCHEMA_VERSION,
		eraId,
		tick: 0,
		rng: seed >>> 0,
		cash: new Decimal(era.startCash),
		tokens: new Decimal(0),
		insight: new Decimal(0),
		hardware: { ...era.startHardware },
		orders: [],
		// -1: online from the start, with no "now online" headline.
		power: Object.fromEntries(era.startPower.map((id) => [id, -1])),
		trainShare: 0.5,
		priceTier: 'standard',
		run: null,
		gate: null,
		model,
		hype: 0,
		researchers: 0,
		idle: false,
		research: [],
		rivals: [],
		history: [],
		news: [],
		goalReached: false,
		stats: { modelsReleased: 0, peakCapability: model.capability, runsFinished: 0 }
	};
	state.rivals = initialRivals(state, content);
	for (const rival of state.rivals)
		scheduleNext(
			state,
			rival,
			era.rivals.find((d) => d.id === rival.id)!
		);
	recordHistory(state);
	return state;
}
