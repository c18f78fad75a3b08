// A fresh game at the start of an era; `meta` carries Moat, perks and automation across eras.
import { eraContent, type EraContent } from '../content';
import { Decimal } from './decimal';
import { multipliers } from './effects';
import { recordHistory } from './history';
import { makeStarterModel } from './models';
import { money } from './money';
import { initialRivals, scheduleNext } from './rivals';
import { drawGap } from './world-events';
import { SCHEMA_VERSION, takeId, type GameState, type Meta } from './state';

export function eraOpening(era: EraContent['era']): string {
	return `The ${era.name} era begins. ${era.blurb}`;
}

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

/** `nextId`: identities keep counting across eras, so one never names two things in a game. */
export function newGame(
	seed: number,
	eraId = 'garage',
	meta: Meta = newMeta(),
	nextId = 1
): GameState {
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
		series: [],
		stats: { modelsReleased: 0, peakCapability: model.capability, runsFinished: 0 },
		meta,
		event: null,
		nextEventAt: 0,
		nextId
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
	// The era opens with a headline (no draw: the seeded sequence stays as it was), so the
	// news is never empty and never speaks of another era.
	state.news.push({ id: takeId(state), tick: 0, kind: 'era-start', text: eraOpening(era) });
	return state;
}
