// The counters of a snapshot, formatted: what Counters.svelte shows and what the face keeps.
import { between, labCompute } from '$lib/engine';
import {
	formatMoney,
	formatNumber,
	formatPercent,
	formatRate,
	formatSI,
	lineNotation,
	type Notation
} from '$lib/format/number';
import type { Snapshot } from '$lib/runtime/snapshot';
import type { Face } from './face';

/** The figures that move between steps (`frac`: progress into the next step, the runtime's
 * `game.frac`); the rest of the face changes only with the snapshot. */
export function movingFigures(snap: Snapshot, frac: number): Pick<Face, 'cash' | 'tokens'> {
	const { s, f } = snap;
	const style = headerNotation(snap);
	return {
		tokens: formatNumber(between(s.tokens, f.tokensPerSec, frac), 3, style),
		cash: formatMoney(between(s.cash, f.cashPerSec, frac), style)
	};
}

/** The counters sit on one line: one notation for all their figures (the playtest read
 * "6.60e41 FLOP/s" beside "2Sp"): scientific as soon as one of them needs it. */
function headerNotation({ s, r, f, t }: Snapshot): Notation {
	return lineNotation(labCompute(r), s.tokens, s.cash, f.tokensPerSec, t.income);
}

export function faceOf(snap: Snapshot, frac = snap.frac): Face {
	const { r, f, t } = snap;
	const style = headerNotation(snap);
	const [compute, computeUnit = ''] = formatSI(labCompute(r), 'FLOP/s', style).split(/\s/);
	const throttled = r.throttle < 1;
	return {
		compute,
		computeUnit,
		computeNote: throttled
			? `throttled ${formatPercent(r.throttle)}`
			: `${Math.round(r.trainShare * 100)}% training`,
		computeWarn: throttled,
		tokenRate: formatRate(f.tokensPerSec, '/s', style),
		// Reinvested, the income still shows (the playtest could not tell whether a price switch
		// helped while it read "reinvested" alone): Counters marks it.
		cashRate: formatRate(t.income, '/s', style),
		cashFalls: t.income.lt(0),
		cashReinvested: t.reinvested,
		...movingFigures(snap, frac)
	};
}
