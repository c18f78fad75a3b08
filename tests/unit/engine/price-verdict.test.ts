// One verdict on the price (engine/price-verdict.ts). Playtest 24 read two conditional verdicts
// on one card, "Cheap earns the most now, in the rush; once it fades, Standard earns 19 % more"
// and "Cheap would earn 52 % more now with no run; once a run trains at 64 %, Standard earns the
// most. But at Cheap you would sell out…", and could not tell whether to switch.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	apply,
	Decimal,
	priceAdvice,
	priceVerdict,
	settledPrice,
	type PriceAdvice,
	type SettledPrice
} from '../../../src/lib/engine';
import { fixtureState } from './helpers';

const c = eraContent('garage');
const tier = (id: string) => c.priceTiers.get(id)!;

/** Advice to switch to Cheap, at `training` (0: no run), Standard best at the other split when
 * `split`; selling out when `sellsOut`. */
function advice(training: number, split: boolean, sellsOut = false): PriceAdvice {
	return {
		tier: tier('cheap'),
		gain: 0.52,
		more: new Decimal(5.2),
		training,
		otherwise: split ? { tier: tier('standard'), training: training > 0 ? 0 : 0.64 } : null,
		sellsOut
	};
}
/** In a rush: Cheap earns the most now, Standard 19 % more once it fades. */
const rush: SettledPrice = {
	now: tier('cheap'),
	tier: tier('standard'),
	gain: 0.19,
	more: new Decimal(1.9),
	rush: true,
	away: false,
	cargo: false
};

describe('one verdict on the price', () => {
	it('in a rush, run or none: switch to the best tier now, and say the rush fades (not the split)', () => {
		for (const training of [0, 0.64]) {
			const v = priceVerdict(advice(training, true), rush)!;
			expect(v.tier.id).toBe('cheap');
			expect(v.switch).toBe(true);
			expect(v.gain).toBe(0.52);
			expect(v.caveat).toEqual({
				kind: 'rush-fades',
				tier: tier('standard'),
				gain: 0.19,
				more: new Decimal(1.9),
				than: tier('cheap'),
				rush: true,
				away: false,
				cargo: false
			});
		}
	});

	it('settled, run or none: switch, and say the tier at the other split', () => {
		const none = priceVerdict(advice(0, true), null)!;
		expect(none.caveat).toEqual({
			kind: 'run-split',
			tier: tier('standard'),
			training: 0,
			otherTraining: 0.64
		});
		const run = priceVerdict(advice(0.64, true), null)!;
		expect(run.caveat).toEqual({
			kind: 'run-split',
			tier: tier('standard'),
			training: 0.64,
			otherTraining: 0
		});
		expect(priceVerdict(advice(0.64, false), null)).toEqual({
			tier: tier('cheap'),
			switch: true,
			gain: 0.52,
			more: new Decimal(5.2),
			caveat: null
		});
	});

	it('selling out is the one caveat: the switch itself costs customers', () => {
		for (const settled of [rush, null])
			for (const training of [0, 0.64])
				expect(priceVerdict(advice(training, true, true), settled)!.caveat).toEqual({
					kind: 'sells-out'
				});
	});

	it('in a rush with no better tier now: stay on it, switch once the rush fades', () => {
		expect(priceVerdict(null, rush)).toEqual({
			tier: tier('cheap'),
			switch: false,
			gain: 0,
			more: new Decimal(0),
			caveat: {
				kind: 'rush-fades',
				tier: tier('standard'),
				gain: 0.19,
				more: new Decimal(1.9),
				than: tier('cheap'),
				rush: true,
				away: false,
				cargo: false
			}
		});
		// The rush's best, once faded, the advised tier itself: nothing to qualify.
		const same: SettledPrice = {
			now: tier('standard'),
			tier: tier('cheap'),
			gain: 0.3,
			more: new Decimal(3),
			rush: true,
			away: false,
			cargo: false
		};
		expect(priceVerdict(advice(0, false), same)!.caveat).toBeNull();
		expect(priceVerdict(null, null)).toBeNull();
	});

	it('the Garage in a rush on Cheap, training: one verdict where the card said two', () => {
		const s = fixtureState('garage');
		s.hype = 3;
		expect(apply(s, c, { type: 'price-tier', tier: 'cheap' }).ok).toBe(true);
		expect(s.run).not.toBeNull();
		const a = priceAdvice(s, c)!;
		const settled = settledPrice(s, c)!;
		// Both conditional lines had something to say: the split, and the rush.
		expect(a.otherwise).not.toBeNull();
		expect(settled).not.toBeNull();
		const v = priceVerdict(a, settled)!;
		expect(v.tier.id).toBe(a.tier.id);
		expect(v.caveat).toEqual({
			kind: 'rush-fades',
			tier: settled.tier,
			gain: settled.gain,
			more: settled.more,
			// More than the tier that earns the most now: the verdict's (playtest 44 asked "more than what?").
			than: v.tier,
			rush: true,
			away: false,
			cargo: false
		});
	});
});
