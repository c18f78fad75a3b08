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
	offlineCap: 1
};

// Research changes rarely and rates are derived at every event: remember each combination.
const cache = new Map<string, Multipliers>();

export function multipliers(
	research: readonly string[],
	content: EraContent,
	perks: Readonly<Record<string, number>> = {}
): Multipliers {
	const key = `${content.era.id}|${research.join(',')}|${Object.entries(perks).join(';')}`;
	const known = cache.get(key);
	if (known) return known;
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
	if (cache.size > 500) cache.clear();
	cache.set(key, Object.freeze(m));
	return m;
}
