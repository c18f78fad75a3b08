// The probe's yardstick: what a state is worth after a horizon, in training FLOP. FLOP the
// lab trained since the moment counts as it is; cash counts as the FLOP the hardware it would
// buy trains over the rest of the era, at the share the scripted players train with. One
// unit for every choice, so "serve more now" and "train more now" compare directly.
import type { EraContent } from '../../content';
import { Decimal, quoteHardware, rates, type GameState } from '../../engine';

/** The share of a new card's FLOP the scripted players put into training, on average. */
const TRAINED_SHARE = 0.5;

export interface Yardstick {
	from: GameState;
	/** Training FLOP a unit of cash is worth over the rest of the era. */
	flopPerCash: Decimal;
}

export function yardstick(from: GameState, c: EraContent, secondsLeft: number): Yardstick {
	const r = rates(from, c);
	let best = new Decimal(0);
	for (const hw of c.era.hardware) {
		const cost = quoteHardware(from, c, hw.id, 1)!.cost;
		const perCash = new Decimal(hw.flops * r.mult.compute * c.era.reliability).div(cost);
		if (perCash.gt(best)) best = perCash;
	}
	return { from, flopPerCash: best.mul(Math.max(600, secondsLeft) * TRAINED_SHARE) };
}

/** Training FLOP added between the yardstick's moment and `to` (runs started meanwhile count). */
export function trainedSince(from: GameState, to: GameState): Decimal {
	const before = from.run;
	const now = to.run ? to.run.progress : new Decimal(0);
	if (!before) return now;
	if (to.stats.runsFinished > from.stats.runsFinished)
		return before.target.sub(before.progress).add(now);
	return now.sub(before.progress);
}

export function worth(y: Yardstick, to: GameState): Decimal {
	return trainedSince(y.from, to).add(to.cash.mul(y.flopPerCash));
}
