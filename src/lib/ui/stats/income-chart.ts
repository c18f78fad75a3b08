// Income over the era as a line on a log scale (income grows by orders of magnitude).
// Pure: values beyond 1e308 are placed by their log10, and a loss sits on the floor.
import { Decimal } from '../../engine';
import type { SeriesPoint } from '../../engine';

export interface IncomeChart {
	path: string;
	/** Gridlines: y position and the income they mark. */
	ticks: { y: number; value: Decimal }[];
	span: number;
}

export function incomeChart(
	series: readonly SeriesPoint[],
	g: { width: number; height: number; pad: number }
): IncomeChart | null {
	if (series.length < 2) return null;
	const logs = series.map((p) => (p.cashPerSec.gt(0) ? p.cashPerSec.log10() : -Infinity));
	const finite = logs.filter((v) => Number.isFinite(v));
	if (finite.length === 0) return null;
	let hi = Math.ceil(Math.max(...finite));
	let lo = Math.floor(Math.min(...finite));
	if (hi === lo) hi = lo + 1;
	if (hi - lo > 2000) lo = hi - 2000; // keep the shape readable past absurd ranges
	const t0 = series[0].tick;
	const span = Math.max(1, series[series.length - 1].tick - t0);
	const x = (t: number) => g.pad + ((t - t0) / span) * (g.width - 2 * g.pad);
	const y = (v: number) =>
		g.height - g.pad - ((Math.max(lo, v) - lo) / (hi - lo)) * (g.height - 2 * g.pad);
	const path = series
		.map((p, i) => `${i ? 'L' : 'M'}${x(p.tick).toFixed(1)},${y(logs[i]).toFixed(1)}`)
		.join('');
	const ticks = [lo, Math.round((lo + hi) / 2), hi]
		.filter((v, i, a) => a.indexOf(v) === i)
		.map((v) => ({ y: y(v), value: Decimal.pow(10, v) }));
	return { path, ticks, span };
}
