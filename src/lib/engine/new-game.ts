// A fresh game at the start of an era; `meta` carries Moat, perks and automation across eras.
// Every field starts at its declared default (state.ts) but those the era's content sets.
import { eraContent, type EraContent } from '../content';
import { eraSeed } from './era-seed';
import { multipliers } from './effects';
import { recordHistory } from './history';
import { makeStarterModel } from './models';
import { money } from './money';
import { openingTier, tierOutlook } from './tier-outlook';
import { initialRivals, scheduleNext } from './rivals';
import { drawFirstGap } from './world-events';
import { GAME_STATE, META, takeId, type GameState, type Meta } from './state';

export { eraSeed };

export function eraOpening(era: EraContent['era']): string {
	return `The ${era.name} era begins. ${era.blurb}`;
}

export function newMeta(): Meta {
	return META.initial();
}

/** A price the era opens on other than the default, said (" Prices open at Premium, …"; empty on
 * Standard): playtest 32 came back to "You were away on Premium price" and had not seen the era
 * open on it. The news's opening line and the welcome notice say it. */
export function openingPrice(state: GameState, content: EraContent): string {
	const tier = state.priceTier;
	if (tier === 'standard') return '';
	return ` Prices open at ${content.priceTiers.get(tier)?.name ?? tier}, which earns the most now.`;
}

/** The notice a new era opens with, its price named when not the default (openingPrice). */
export function eraWelcome(state: GameState, content: EraContent): string {
	return `Welcome to the ${content.era.name} era.${openingPrice(state, content)}`;
}

/** `seed`: the game's seed (kept in `meta.seed`; each era mixes it with its place, `eraSeed`).
 * `nextId`: identities keep counting across eras, so one never names two things in a game. */
export function newGame(
	gameSeed: number,
	eraId = 'garage',
	meta: Meta = newMeta(),
	nextId = 1
): GameState {
	const content: EraContent = eraContent(eraId);
	const { era } = content;
	const seed = eraSeed(gameSeed, eraId);
	const model = makeStarterModel(content);
	const mult = multipliers([], content, meta.perks);
	const state: GameState = {
		...GAME_STATE.initial(),
		eraId,
		rng: seed >>> 0,
		// The other streams start from the seed too, each mixed its own way.
		eventRng: (seed ^ 0x9e3779b9) >>> 0,
		newsRng: (seed ^ 0x632be5ab) >>> 0,
		hyperscale: { ...GAME_STATE.fields.hyperscale.initial(), rng: (seed ^ 0x85ebca6b) >>> 0 },
		cash: money(content, era.startCash * mult.startCash),
		hardware: { ...era.startHardware },
		// -1: online from the start, with no "now online" headline.
		power: Object.fromEntries(era.startPower.map((id) => [id, -1])),
		model,
		// What earlier eras taught is known from the start (no headline: nothing new happened).
		research: [...era.knownResearch],
		stats: { modelsReleased: 0, peakCapability: model.capability, runsFinished: 0 },
		meta: { ...meta, seed: gameSeed >>> 0 },
		nextId
	};
	state.rivals = initialRivals(content);
	for (const rival of state.rivals)
		scheduleNext(
			state,
			rival,
			era.rivals.find((d) => d.id === rival.id)!
		);
	// The era opens on the price that earns the most, unless it would sell out (tier-outlook.ts).
	state.priceTier = openingTier(tierOutlook(state, content), state.priceTier).id;
	state.nextEventAt = drawFirstGap(state);
	recordHistory(state);
	// The era opens with a headline (no draw: the seeded sequence stays as it was), so the
	// news is never empty and never speaks of another era.
	state.news.push({
		id: takeId(state),
		tick: 0,
		kind: 'era-start',
		text: `${eraOpening(era)}${openingPrice(state, content)}`
	});
	return state;
}
