// Income over the era as a line on a log scale (income grows by orders of magnitude).
// Pure: values beyond 1e308 are placed by their log10, and a loss sits on the floor.
// Gridlines at round powers of ten, labelled in a gutter left of the line.
import type { SeriesPoint } from '../../engine';
import { formatMoney, lineNotation, powerOfTen } from '../../format/number';
import { axis, roundDecades, type Plot, type Tick } from '../chart/axis';

export interface IncomeChart {
	path: string;
	ticks: Tick[];
	plot: Plot;
	span: number;
}

export function incomeChart(
	series: readonly SeriesPoint[],
	g: { width: number; height: number; pad: number },
	/** Writes the income 10^exponent per second (`decades`: every tick's exponent). */
	label: (exponent: number, decades: readonly number[]) => string = (e) => `1e${e}`
): IncomeChart | null {
	if (series.length < 2) return null;
	const logs = series.map((p) => (p.cashPerSec.gt(0) ? p.cashPerSec.log10() : -Infinity));
	const finite = logs.filter((v) => Number.isFinite(v));
	if (finite.length === 0) return null;
	const top = Math.max(...finite);
	// From a cent per second (less sits on the floor), at most 2000 decades (readable past
	// absurd ranges).
	const decades = roundDecades(Math.max(Math.min(...finite), top - 2000), top, -2);
	const { plot, ticks, y } = axis(
		decades,
		decades.map((e) => label(e, decades)),
		g
	);
	const t0 = series[0].tick;
	const span = Math.max(1, series[series.length - 1].tick - t0);
	const x = (t: number) => plot.left + ((t - t0) / span) * (plot.right - plot.left);
	const path = series
		.map((p, i) => `${i ? 'L' : 'M'}${x(p.tick).toFixed(1)},${y(logs[i]).toFixed(1)}`)
		.join('');
	return { path, ticks, plot, span };
}

/** A tick's label: cash per second, every tick of the axis in one notation (#19: letters mode
 * read "$100Dec/s" beside "$1.00e40/s" on one axis). */
export function incomeTickLabel(exponent: number, decades: readonly number[]): string {
	const style = lineNotation(...decades.map(powerOfTen));
	return `${formatMoney(powerOfTen(exponent), style)}/s`;
}
