// The counters of a snapshot, formatted: what Counters.svelte shows and what the face keeps.
import { between } from '$lib/engine';
import { formatMoney, formatNumber, formatRate, formatSI } from '$lib/format/number';
import type { Snapshot } from '$lib/runtime/snapshot';
import type { Face } from './face';

/** The figures that move between steps (`frac`: progress into the next step, the runtime's
 * `game.frac`); the rest of the face changes only with the snapshot. */
export function movingFigures({ s, f }: Snapshot, frac: number): Pick<Face, 'cash' | 'tokens'> {
	return {
		tokens: formatNumber(between(s.tokens, f.tokensPerSec, frac)),
		cash: formatMoney(between(s.cash, f.cashPerSec, frac))
	};
}

export function faceOf(snap: Snapshot, frac = snap.frac): Face {
	const { r, f, t } = snap;
	const [compute, computeUnit = ''] = formatSI(r.compute, 'FLOP/s').split(/\s/);
	const throttled = r.throttle < 1;
	return {
		compute,
		computeUnit,
		computeNote: throttled
			? `throttled ${Math.round(r.throttle * 100)}%`
			: `${Math.round(r.trainShare * 100)}% training`,
		computeWarn: throttled,
		tokenRate: formatRate(f.tokensPerSec),
		cashRate: t.reinvested ? 'reinvested' : formatRate(t.perSec),
		cashFalls: t.perSec.lt(0),
		...movingFigures(snap, frac)
	};
}
