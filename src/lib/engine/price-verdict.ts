// One verdict on the price for the Lab's demand card. Playtest 24 read two conditional verdicts
// at once ("Cheap earns the most now, in the rush; once it fades, Standard earns 19 % more" and
// "Cheap would earn 52 % more now with no run; once a run trains at 64 %, Standard earns the
// most. But at Cheap you would sell out…") and could not tell whether to switch. The card now
// names one tier, the one that earns the most now, and at most one thing that would change it.
import type { PriceTierDef } from '../content';
import { D0, type Decimal } from './decimal';
import type { PriceAdvice } from './market-outlook';
import type { SettledPrice } from './settled-price';

/** What may change the verdict, the first that applies in this order:
 * `sells-out`: the switch itself costs customers (the waits drive them off), at once;
 * `rush-fades`: once hype settles (a launch rush fading, `rush`; or customers who left coming
 * back, `away`) and the orders on the way land (`cargo`) `tier` earns `gain` more than `than`, the
 * tier that earns the most now (what costs a player who leaves for long: playtest 23; playtest 44
 * read "Standard earns $94.2/s more" and asked more than what);
 * `run-split`: at the other train share (a run starting, or the one under way ending) `tier`
 * earns the most, which the card says again as soon as it happens. */
export type PriceCaveat =
	| { kind: 'sells-out' }
	| {
			kind: 'rush-fades';
			tier: PriceTierDef;
			gain: number;
			more: Decimal;
			than: PriceTierDef;
			rush: boolean;
			away: boolean;
			cargo: boolean;
	  }
	| { kind: 'run-split'; tier: PriceTierDef; training: number; otherTraining: number };

export interface PriceVerdict {
	/** The tier to be on now: another (`switch`, earning `gain` more: priceAdvice) or the one the
	 * lab is on, when only the rush's end calls for another. */
	tier: PriceTierDef;
	switch: boolean;
	gain: number;
	/** `gain` in cash per second (the card's figure; 0 when not a switch). */
	more: Decimal;
	caveat: PriceCaveat | null;
}

const fadeOf = ({ tier, gain, more, now, rush, away, cargo }: SettledPrice) => ({
	tier,
	gain,
	more,
	than: now,
	rush,
	away,
	cargo
});

/** Null when neither the price advice nor the settled price has anything to say. */
export function priceVerdict(
	advice: PriceAdvice | null,
	settled: SettledPrice | null
): PriceVerdict | null {
	if (!advice) {
		if (!settled) return null;
		return {
			tier: settled.now,
			switch: false,
			gain: 0,
			more: D0,
			caveat: { kind: 'rush-fades', ...fadeOf(settled) }
		};
	}
	const fades = settled && settled.tier.id !== advice.tier.id ? settled : null;
	const caveat: PriceCaveat | null = advice.sellsOut
		? { kind: 'sells-out' }
		: fades
			? { kind: 'rush-fades', ...fadeOf(fades) }
			: advice.otherwise
				? {
						kind: 'run-split',
						tier: advice.otherwise.tier,
						training: advice.training,
						otherTraining: advice.otherwise.training
					}
				: null;
	return { tier: advice.tier, switch: true, gain: advice.gain, more: advice.more, caveat };
}
