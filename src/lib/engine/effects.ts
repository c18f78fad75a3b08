// Aggregates the effect descriptors of finished research and owned perks into one
// multiplier per target.
import { PERKS_BY_ID, type EffectTarget, type EraContent } from '../content';

export type Multipliers = Record<EffectTarget, number>;

const NEUTRAL: Multipliers = {
	flopPerToken: 1,
	footprint: 1,
	algoEfficiency: 1,
	trainThroughput: 1,
	watts: 1,
	marketSize: 1,
	insightRate: 1,
	hypeSpike: 1,
	compute: 1,
	startCash: 1,
	offlineCap: 1,
	radiation: 1
};

// Rates are derived at every event: remember the result per research list. Within a state
// research is only ever appended and perk levels only rise, so (length, total level) tells
// whether the remembered value still holds.
interface Remembered {
	era: string;
	length: number;
	levels: number;
	perks: Readonly<Record<string, number>>;
	value: Multipliers;
}
const cache = new WeakMap<readonly string[], Remembered>();

function totalLevels(perks: Readonly<Record<string, number>>): number {
	let n = 0;
	for (const id in perks) n += perks[id];
	return n;
}

export function multipliers(
	research: readonly string[],
	content: EraContent,
	perks: Readonly<Record<string, number>> = {}
): Multipliers {
	const levels = totalLevels(perks);
	const known = cache.get(research);
	if (
		known &&
		known.era === content.era.id &&
		known.length === research.length &&
		known.levels === levels &&
		known.perks === perks
	) {
		return known.value;
	}
	const m = { ...NEUTRAL };
	for (const id of research) {
		const def = content.research.get(id);
		if (!def) continue;
		for (const e of def.effects) m[e.target] *= e.value;
	}
	for (const [id, level] of Object.entries(perks)) {
		const def = PERKS_BY_ID.get(id);
		if (!def || level <= 0) continue;
		for (const e of def.effects) m[e.target] *= e.value ** level;
	}
	cache.set(research, {
		era: content.era.id,
		length: research.length,
		levels,
		perks,
		value: Object.freeze(m)
	});
	return m;
}
