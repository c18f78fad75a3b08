// The counters of a snapshot, formatted: what Counters.svelte shows and what the face keeps.
import { between, labCompute, type Decimal } from '$lib/engine';
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
 * `game.frac`); the rest of the face changes only with the snapshot. `tokens`: the count to show
 * (tokenHold's), else the snapshot's, moved on by `frac`. */
export function movingFigures(
	snap: Snapshot,
	frac: number,
	tokens = between(snap.s.tokens, snap.f.tokensPerSec, frac)
): Pick<Face, 'cash' | 'tokens'> {
	const { s, f, t } = snap;
	return {
		tokens: formatNumber(tokens, 3, lineNotation(s.tokens, f.tokensPerSec)),
		cash: formatMoney(between(s.cash, f.cashPerSec, frac), lineNotation(s.cash, t.income))
	};
}

export function faceOf(snap: Snapshot, frac = snap.frac): Face {
	const { s, r, f, t } = snap;
	// Each counter by its own size: the cash past the letters leaves the tokens in them
	// ("554B" beside "$8.04e58", playtest 8); a stock and its rate under it take one notation.
	const [compute, computeUnit = ''] = formatSI(labCompute(r), 'FLOP/s').split(/\s/);
	const throttled = r.throttle < 1;
	return {
		compute,
		computeUnit,
		computeNote: throttled
			? `throttled ${formatPercent(r.throttle)}`
			: `${Math.round(r.trainShare * 100)}% training`,
		computeWarn: throttled,
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
 * The tokens served never fall within an era, so neither does their counter. Between steps it
 * moves on at the snapshot's rate; an action that lowers the rate mid-step (more training, a
 * dearer price, Dyson's beam) made it jump back by what the old rate had added (playtest 13).
 * The hold shows the highest count shown since the snapshot's tokens last grew past it, and starts
 * over when they fall (a new era, another save).
 */
export function tokenHold(): (snap: Snapshot, frac: number) => Decimal {
	let shown: Decimal | null = null;
	let base: Decimal | null = null;
	return (snap, frac) => {
		const now = between(snap.s.tokens, snap.f.tokensPerSec, frac);
		if (shown && base && snap.s.tokens.gte(base) && now.lt(shown)) return shown;
		shown = now;
		base = snap.s.tokens;
		return now;
	};
}
