// The game's content, frozen, with lookups by id.
import type {
	EraDef,
	HardwareDef,
	PerkDef,
	PowerContractDef,
	PriceTierDef,
	ResearchDef
} from './types';
import { LATER_ERAS } from './eras';
import { PERKS } from './perks';
import { RENTALS } from './cloud';
import { CAMPUSES, CAMPUS_SITE_IDS } from './hyperscale';
import { SWARMS, swarmOnline, type SwarmDef } from './edge';
import { ORBITS } from './orbit';
import { STARS } from './dyson';
import { FAR_SITES } from './moon-mars';
import { GARAGE } from './garage';
import { HEADLINES } from './news';
import { WORLD_EVENTS } from './events';

export * from './types';
export { ACHIEVEMENTS, ACHIEVEMENTS_BY_ID } from './achievements';
export type { AchievementDef, AchievementGroup, AchievementMeasure } from './achievements';
export { HEADLINES, PERKS, RENTALS, WORLD_EVENTS };
export { CAMPUSES, CAMPUS_SITE_IDS };
export type { CampusProgramDef, CampusSiteDef, SiliconDef } from './hyperscale';
export { SWARMS, swarmOnline, type SwarmDef };
export { ORBITS, STARS };
export { FAR_SITES };
export type { FarDef } from './moon-mars';
export type { OrbitDef } from './orbit';
export type { StarDef } from './dyson';
export type { WorldEventDef, EventOptionDef } from './events';

export const PRICE_TIERS: readonly PriceTierDef[] = [
	// Price also costs share against the rivals (engine/formulas.ts playerShare).
	{ id: 'cheap', name: 'Cheap', priceMult: 0.6, demandMult: 1.5 },
	{ id: 'standard', name: 'Standard', priceMult: 1, demandMult: 1 },
	{ id: 'premium', name: 'Premium', priceMult: 1.7, demandMult: 0.6 }
];

export const ERAS: readonly EraDef[] = [GARAGE, ...LATER_ERAS];

export const PERKS_BY_ID: ReadonlyMap<string, PerkDef> = new Map(PERKS.map((p) => [p.id, p]));

function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object' && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const v of Object.values(value)) deepFreeze(v);
	}
	return value;
}
// Frozen wherever a mutation can be caught (tests, the scripted players, the dev server); the
// production build skips the walk over every era's content (a blocking task at start-up, as
// `npm run bench -- ui` counts it), like the snapshot's freeze (runtime/snapshot.ts).
if (!import.meta.env?.PROD) {
	deepFreeze(ERAS);
	deepFreeze(PRICE_TIERS);
	deepFreeze(HEADLINES);
	deepFreeze(PERKS);
	deepFreeze(WORLD_EVENTS);
	deepFreeze(CAMPUSES);
}

/** Everything the engine needs from the content of one era, indexed. */
export interface EraContent {
	readonly era: EraDef;
	readonly hardware: ReadonlyMap<string, HardwareDef>;
	readonly power: ReadonlyMap<string, PowerContractDef>;
	readonly research: ReadonlyMap<string, ResearchDef>;
	readonly priceTiers: ReadonlyMap<string, PriceTierDef>;
}

const byId = <T extends { id: string }>(items: readonly T[]) =>
	new Map(items.map((item) => [item.id, item]));

const cache = new Map<string, EraContent>();

export function eraContent(eraId: string): EraContent {
	let content = cache.get(eraId);
	if (!content) {
		const era = ERAS.find((e) => e.id === eraId);
		if (!era) throw new Error(`unknown era: ${eraId}`);
		content = contentOf(era);
		cache.set(eraId, content);
	}
	return content;
}

/** An era's content, indexed: eraContent's for the game's eras, and for a variant of one (the
 * tests' dearer Garage). */
export function contentOf(era: EraDef): EraContent {
	return {
		era,
		hardware: byId(era.hardware),
		power: byId(era.power),
		research: byId(era.research),
		priceTiers: byId(PRICE_TIERS)
	};
}
