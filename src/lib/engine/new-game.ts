// A fresh game at the start of an era; `meta` carries Moat, perks and automation across eras.
import { eraContent, type EraContent } from '../content';
import { Decimal } from './decimal';
import { multipliers } from './effects';
import { recordHistory } from './history';
import { makeStarterModel } from './models';
import { money } from './money';
import { initialRivals, scheduleNext } from './rivals';
import { drawGap } from './world-events';
import { SCHEMA_VERSION, type GameState, type Meta } from './state';

/** The share of compute that trains in a new game (the slider's starting point). */
export const DEFAULT_TRAIN_SHARE = 0.5;

export function newMeta(): Meta {
	return {
		moat: new Decimal(0),
		moatEarned: new Decimal(0),
		perks: {},
		eraTicks: [],
		lifetimeTokens: new Decimal(0),
		finished: false,
		automation: {
			release: { on: true, minGain: 0.1 },
			run: { on: true },
			buy: { on: true, reserve: 0.1 },
			sign: { on: true, threshold: 0.85 }
		},
		achievements: {},
		totals: { modelsReleased: 0, runsFinished: 0, peakCapability: 0 }
	};
}

export function newGame(seed: number, eraId = 'garage', meta: Meta = newMeta()): GameState {
	const content: EraContent = eraContent(eraId);
	const { era } = content;
	const model = makeStarterModel(content);
	const mult = multipliers([], content, meta.perks);
	const state: GameState = {
		schema: SCHEMA_VERSION,
		eraId,
		tick: 0,
		rng: seed >>> 0,
		cash: money(content, era.startCash * mult.startCash),
		tokens: new Decimal(0),
		insight: new Decimal(0),
		hardware: { ...era.startHardware },
		orders: [],
		// -1: online from the start, with no "now online" headline.
		power: Object.fromEntries(era.startPower.map((id) => [id, -1])),
		trainShare: DEFAULT_TRAIN_SHARE,
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
		series: [],
		stats: { modelsReleased: 0, peakCapability: model.capability, runsFinished: 0 },
		meta,
		event: null,
		nextEventAt: 0
	};
	state.rivals = initialRivals(content);
	for (const rival of state.rivals)
		scheduleNext(
			state,
			rival,
			era.rivals.find((d) => d.id === rival.id)!
		);
	state.nextEventAt = drawGap(state);
	recordHistory(state);
	return state;
}
