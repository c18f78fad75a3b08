// Cash over an absence, with round gridlines labelled left of the line. Pure.
import type { ChartPoint } from '../../engine';
import { axis, roundDecades, roundTicks, type Plot, type Tick } from '../chart/axis';

export interface CashChart {
	path: string;
	area: string;
	ticks: Tick[];
	plot: Plot;
}

export function cashLine(
	points: readonly ChartPoint[],
	g: { width: number; height: number; pad: number },
	/** Writes a cash value: `value` itself, or 10^value when `log`. */
	label: (value: number, log: boolean) => string = String
): CashChart | null {
	if (points.length < 2) return null;
	// Plain numbers are enough for a picture; beyond 1e300 the log keeps the shape (gridlines
	// then at round powers of ten).
	const logs = points.map((p) => (p.cash.gt(0) ? p.cash.log10() : 0));
	const useLog = Math.max(...logs) > 300;
	const ys = useLog ? logs : points.map((p) => p.cash.toNumber());
	// From zero (whole orders of magnitude on a log axis), so gridlines stay apart and
	// their labels differ however little cash moved.
	const values = useLog
		? roundDecades(Math.min(...ys), Math.max(...ys))
		: roundTicks(Math.min(0, ...ys), Math.max(...ys), 3);
	const { plot, ticks, y } = axis(
		values,
		values.map((v) => label(v, useLog)),
		g
	);
	const t0 = points[0].tick;
	const span = Math.max(1, points[points.length - 1].tick - t0);
	const x = (t: number) => plot.left + ((t - t0) / span) * (plot.right - plot.left);
	const path = points
		.map((p, i) => `${i ? 'L' : 'M'}${x(p.tick).toFixed(1)},${y(ys[i]).toFixed(1)}`)
		.join('');
	const floor = plot.bottom.toFixed(1);
	return {
		path,
		area: `${path}L${plot.right.toFixed(1)},${floor}L${plot.left.toFixed(1)},${floor}Z`,
		ticks,
		plot
	};
}
