// What the Memory card says of the served model, decided once for all its lines (memoryStory),
// and the research that would shrink it. Apart from memory-buy.ts, which weighs buys against it.
import type { EraContent } from '../content';
import { swarmOf, swarmReach } from './edge';
import { memoryWith } from './memory-buy';
import { memoryView } from './purchases';
import type { Rates } from './rates';
import type { GameState } from './state';

/**
 * What the Memory card says of the served model, decided once for all its lines (playtest 5:
 * Orbit's card said "fits" above "No number of any one card makes it fit on this power", the
 * latter counting the orders on the way; the Edge's said the chips serve at 4 % while the swarm
 * card said the model fits):
 * - `fits`: it fits now and once the orders on the way land;
 * - `fits-until-orders`: it fits now, but the orders on the way run the fleet past its power
 *   (or add a bigger need), so once they land it serves at `landedFit`;
 * - `starter`: the era's starter model does not fit the chips (how a lab begins: said calmly);
 * - `short`: it does not fit.
 * `swarm` (the Edge): the model fits a device, so the swarm's blocks serve it on their own
 * memory ('serves'), or would once recruited ('could'); null where it cannot.
 * `shrink`: the name of a research project of the era, not yet done, that shrinks the model's
 * footprint (its prerequisites may still be ahead); null when none is left (playtest 7 read "Buy
 * memory, or quantize" with every quantizing project done and looked for a button).
 */
export interface MemoryStory {
	kind: 'fits' | 'fits-until-orders' | 'starter' | 'short';
	fit: number;
	landedFit: number;
	swarm: 'serves' | 'could' | null;
	shrink: string | null;
}

/** The era's next research project that shrinks the served model's bytes, not yet done, the
 * cheapest first; null when none is left. */
export function shrinkingResearch(s: GameState, c: EraContent): string | null {
	let best: { name: string; cost: number } | null = null;
	for (const def of c.research.values()) {
		if (!def.repeatable && s.research.includes(def.id)) continue;
		if (!def.effects.some((e) => e.target === 'footprint' && e.op === 'mul' && e.value < 1))
			continue;
		if (!best || def.cost < best.cost) best = { name: def.name, cost: def.cost };
	}
	return best?.name ?? null;
}

export function memoryStory(s: GameState, c: EraContent, r: Rates): MemoryStory {
	const kept = storyMemo.get(r);
	if (kept && kept.s === s) return kept.story;
	const v = memoryView(s, c, r);
	const landed = s.orders.length ? memoryWith(s, c, c.era.hardware[0].id, 0) : r.memory;
	const landedFit = landed.gte(r.footprint) ? 1 : landed.div(r.footprint).toNumber();
	const holds = swarmOf(c) !== null && r.footprint.lte(swarmReach(c, r.mult));
	const story: MemoryStory = {
		kind:
			v.fit >= 1
				? landedFit >= 1
					? 'fits'
					: 'fits-until-orders'
				: v.starter && !v.unpowered
					? 'starter'
					: 'short',
		fit: v.fit,
		landedFit,
		swarm: holds ? (s.edge.blocks > 0 ? 'serves' : 'could') : null,
		shrink: shrinkingResearch(s, c)
	};
	storyMemo.set(r, { s, story });
	return story;
}
const storyMemo = new WeakMap<Rates, { s: GameState; story: MemoryStory }>();
