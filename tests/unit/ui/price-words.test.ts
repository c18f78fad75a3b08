// The price verdict's words (ui/market/price-words.ts). Playtest 44 read "Premium price earns the
// most now, in the rush; once it fades, Standard earns $94.2/s more" and asked more than what:
// every "more" on the line names what it is more than.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	apply,
	priceAdvice,
	priceVerdict,
	settledPrice,
	type PriceVerdict
} from '../../../src/lib/engine';
import { formatMoney } from '../../../src/lib/format/number';
import { priceCaveat, priceLead } from '../../../src/lib/ui/market/price-words';
import { fixtureState } from '../engine/helpers';

const c = eraContent('garage');
const name = (id: string) => c.priceTiers.get(id)!.name;

/** The Garage in a launch rush on `tier`, with nothing to disturb it. */
function rushOn(tier: string, hype = 3) {
	const s = fixtureState('garage');
	s.hype = hype;
	expect(apply(s, c, { type: 'price-tier', tier }).ok).toBe(true);
	const v = priceVerdict(priceAdvice(s, c), settledPrice(s, c));
	return { s, v };
}

/** The line as the card writes it. */
const line = (v: PriceVerdict, current: string, away = false, rivals = 0) =>
	`${priceLead(v, { current: name(current), away, rivals })}${priceCaveat(v, current)}.`;

describe('the price verdict in words', () => {
	it('says what the tier that earns more once the rush fades earns more than: the tier that earns the most now (playtest 44)', () => {
		// Found by the engine: a lab whose best tier now is not its best once the rush fades.
		let found = 0;
		for (const tier of ['cheap', 'standard', 'premium'])
			for (const hype of [1, 3, 10]) {
				const { v } = rushOn(tier, hype);
				if (v?.caveat?.kind !== 'rush-fades') continue;
				found++;
				const fade = v.caveat;
				// More than the tier the verdict names, the one that earns the most now.
				expect(fade.than.id).toBe(v.tier.id);
				const text = line(v, tier);
				expect(text).toContain(
					`${fade.tier.name} earns ${formatMoney(fade.more)}/s more than ${v.tier.name}:`
				);
				// No "more" without its "than".
				expect(text.match(/\/s more(?! than )/g)).toBeNull();
			}
		expect(found).toBeGreaterThan(0);
	});

	it('says a switch earns more than the price the lab is on, and the away report the same', () => {
		const { s, v } = rushOn('cheap');
		expect(v?.switch).toBe(true);
		const lead = priceLead(v!, { current: name(s.priceTier), away: false, rivals: 0 });
		expect(lead).toBe(
			`${v!.tier.name} price would earn ${formatMoney(v!.more)}/s more than ${name(s.priceTier)} now`
		);
		expect(priceLead(v!, { current: name(s.priceTier), away: true, rivals: 2 })).toBe(
			`You were away on ${name(s.priceTier)} price; rivals released 2 models since. ${lead}`
		);
	});

	it('says the sell-out caveat and the split as before', () => {
		const { v } = rushOn('cheap');
		const tier = v!.tier;
		const sells: PriceVerdict = { ...v!, caveat: { kind: 'sells-out' } };
		expect(priceCaveat(sells, 'cheap')).toBe(
			`, but at ${tier.name} you would sell out: waits then drive customers off`
		);
		const split: PriceVerdict = {
			...v!,
			caveat: {
				kind: 'run-split',
				tier: c.priceTiers.get('standard')!,
				training: 0.64,
				otherTraining: 0
			}
		};
		expect(priceCaveat(split, 'cheap')).toBe(
			' while training at 64%; between runs, Standard earns the most'
		);
	});
});
