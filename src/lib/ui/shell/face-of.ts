// The counters of a snapshot, formatted: what Counters.svelte shows and what the face keeps.
import {
	between,
	labCompute,
	labTrainShare,
	powerCutShare,
	throttleSlight,
	type Decimal
} from '$lib/engine';
import {
	formatMoney,
	formatNumber,
	formatPercent,
	formatRate,
	formatSI,
	lineNotation
} from '$lib/format/number';
import type { Snapshot } from '$lib/runtime/snapshot';
import type { Face } from './face';

/** The figures that move between steps (`frac`: progress into the next step, the runtime's
 * `game.frac`); the rest of the face changes only with the snapshot. `tokens` and `cash`: the
 * figures to show (tokenHold's and cashHold's), else the snapshot's, moved on by `frac`. */
export function movingFigures(
	snap: Snapshot,
	frac: number,
	tokens = between(snap.s.tokens, snap.f.tokensPerSec, frac),
	cash = between(snap.s.cash, snap.f.cashPerSec, frac)
): Pick<Face, 'cash' | 'tokens'> {
	const { s, f, t } = snap;
	return {
		tokens: formatNumber(tokens, 3, lineNotation(s.tokens, f.tokensPerSec)),
		cash: formatMoney(cash, lineNotation(s.cash, t.income))
	};
}

export function faceOf(snap: Snapshot, frac = snap.frac): Face {
	const { s, r, f, t } = snap;
	// Each counter by its own size: the cash past the letters leaves the tokens in them
	// ("554B" beside "$8.04e58", playtest 8); a stock and its rate under it take one notation.
	// The figure and its unit stand a no-break space apart (a word's letters past Q stay with
	// the figure: "4.5\u202fDec", "QFLOP/s").
	const [compute, computeUnit = ''] = formatSI(labCompute(r), 'FLOP/s').split('\u00a0');
	const throttled = r.throttle < 1;
	// A slight throttle is said calmly (engine throttleSlight; the Fleet's power card explains).
	const slight = throttleSlight(r);
	// A broke lab's power cut first: the Lab's card says "the grid runs 14% of the chips"
	// (playtest 35 read that beside a header with nothing of it).
	const cut = powerCutShare(r);
	return {
		compute,
		computeUnit,
		computeNote:
			cut !== null
				? `${formatPercent(cut)} powered`
				: slight
					? `${formatPercent(r.throttle)} power`
					: throttled
						? `throttled ${formatPercent(r.throttle)}`
						: `${formatPercent(labTrainShare(r))} training`,
		computeWarn: cut !== null || (throttled && !slight),
		tokenRate: formatRate(f.tokensPerSec, '/s', lineNotation(s.tokens, f.tokensPerSec)),
		// Reinvested, the income still shows (the playtest could not tell whether a price switch
		// helped while it read "reinvested" alone): Counters marks it.
		cashRate: formatRate(t.income, '/s', lineNotation(s.cash, t.income)),
		cashFalls: t.income.lt(0),
		cashReinvested: t.reinvested,
		...movingFigures(snap, frac)
	};
}

/**
 * A counter that does not step back at a mere change of rate. Between steps it moves on at the
 * snapshot's rate; an action that lowers the rate mid-step (more training, a dearer price, Dyson's
 * beam, a release that serves fewer tokens) made it jump back by what the old rate had added
 * (playtest 13 saw the tokens do it, playtest 14 the cash at a release). The hold shows the
 * highest figure shown since the snapshot's stock last grew past it, and starts over when the
 * stock falls (a purchase, a bill, a new era, another save): a fall is then shown as it is.
 */
function riseHold(
	stock: (snap: Snapshot) => [value: Decimal, perSec: Decimal]
): (snap: Snapshot, frac: number) => Decimal {
	let shown: Decimal | null = null;
	let base: Decimal | null = null;
	return (snap, frac) => {
		const [value, perSec] = stock(snap);
		const now = between(value, perSec, frac);
		if (shown && base && value.gte(base) && now.lt(shown)) return shown;
		shown = now;
		base = value;
		return now;
	};
}

/** The tokens served never fall within an era, so neither does their counter (riseHold). */
export const tokenHold = () => riseHold((snap) => [snap.s.tokens, snap.f.tokensPerSec]);

/** The cash counter: it falls when the cash does, not when an action slows its rise (riseHold). */
export const cashHold = () => riseHold((snap) => [snap.s.cash, snap.f.cashPerSec]);
