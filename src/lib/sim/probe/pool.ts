// Option shares pooled over the seeds (the probe's figures are otherwise medians of seeds).
/** A share figure's count of sampled moments is kept beside it as `${POOLED}<name>`: such a
 * figure is pooled over the seeds (the share of all the seeds' moments), not their median. */
export const POOLED = 'n:';

/** Sets `<prefix>.<option>` for each option to its share (%) of `picks`, pooled over the seeds:
 * "each option is the better one at some sampled moment" (issue 17) is a claim about all the
 * sampled moments, and a median of per-seed shares reads 0 when two seeds of five have such
 * moments (Hyperscale's silicon read fund 100 % or 0 % as the draws moved). */
export function optionShares(
	f: Record<string, number>,
	prefix: string,
	options: readonly string[],
	picks: readonly string[]
): void {
	for (const option of options) {
		const name = `${prefix}.${option}`;
		f[name] = picks.length ? (100 * picks.filter((x) => x === option).length) / picks.length : NaN;
		f[`${POOLED}${name}`] = picks.length;
	}
}

/** The share over all seeds' moments: each seed's share weighed by its count of moments. */
export function pooled(values: { share: number; count: number }[]): number {
	const counted = values.filter((v) => v.count > 0 && !Number.isNaN(v.share));
	const total = counted.reduce((a, v) => a + v.count, 0);
	return total > 0 ? counted.reduce((a, v) => a + v.share * v.count, 0) / total : NaN;
}
