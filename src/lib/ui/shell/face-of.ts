// The counters of a snapshot, formatted: what Counters.svelte shows and what the face keeps.
import { between } from '$lib/engine';
import { formatMoney, formatNumber, formatRate, formatSI } from '$lib/format/number';
import type { Snapshot } from '$lib/runtime/snapshot';
import type { Face } from './face';

export function faceOf(snap: Snapshot): Face {
	const { s, r, f, frac } = snap;
	const [compute, computeUnit = ''] = formatSI(r.compute, 'FLOP/s').split(/\s/);
	const throttled = r.throttle < 1;
	return {
		compute,
		computeUnit,
		computeNote: throttled
			? `throttled ${Math.round(r.throttle * 100)}%`
			: `${Math.round(r.trainShare * 100)}% training`,
		computeWarn: throttled,
		tokens: formatNumber(between(s.tokens, f.tokensPerSec, frac)),
		tokenRate: formatRate(f.tokensPerSec),
		cash: formatMoney(between(s.cash, f.cashPerSec, frac)),
		cashRate: formatRate(f.cashPerSec),
		cashFalls: f.cashPerSec.lt(0)
	};
}
