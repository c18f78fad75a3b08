// Step lines for the leaderboard chart: capability only changes at releases. Pure.
import type { HistoryPoint } from '../../engine';
import { axis, roundTicks, type Plot, type Tick } from '../chart/axis';

/** Each lab's dash pattern (stroke-dasharray; yours solid): labs of one capability draw one line
 * on another (the playtest's Dyson: four labs near 190), and the dashes tell them apart where
 * the colours alone did not. */
export const LAB_DASHES: readonly string[] = ['none', '8 4', '2 3', '10 3 2 3'];

export const labDash = (lab: number): string => LAB_DASHES[lab % LAB_DASHES.length];

export interface Series {
	path: string;
	last: number;
}

export interface ChartGeometry {
	width: number;
	height: number;
	pad: number;
}

/**
 * SVG paths (one per lab) of capability over time, as horizontal-then-vertical steps, with
 * gridlines at round capabilities (from at or below the lowest) labelled in a gutter left of
 * the lines.
 */
export function stepPaths(
	history: readonly HistoryPoint[],
	nowTick: number,
	g: ChartGeometry,
	label: (capability: number) => string = String
): { series: Series[]; ticks: Tick[]; plot: Plot; span: number } {
	// The axis spans the labs' capabilities from a round value at or below the lowest: labs
	// near one another (the playtest's Dyson, four near 190 on a 0–200 axis) are drawn apart.
	let maxCap = 1;
	let minCap = Infinity;
	for (const p of history)
		for (const c of p.caps) {
			maxCap = Math.max(maxCap, c);
			minCap = Math.min(minCap, c);
		}
	const values = roundTicks(Math.max(0, Math.min(minCap, maxCap)), maxCap, 4);
	const { plot, ticks, y } = axis(values, values.map(label), g);
	if (history.length === 0) return { series: [], ticks, plot, span: 1 };
	const labs = history[0].caps.length;
	const t0 = history[0].tick;
	const span = Math.max(1, nowTick - t0);
	const x = (t: number) => plot.left + ((t - t0) / span) * (plot.right - plot.left);
	const series: Series[] = [];
	for (let lab = 0; lab < labs; lab++) {
		let d = `M${x(history[0].tick).toFixed(1)},${y(history[0].caps[lab]).toFixed(1)}`;
		for (let i = 1; i < history.length; i++) {
			const p = history[i];
			d += `H${x(p.tick).toFixed(1)}V${y(p.caps[lab]).toFixed(1)}`;
		}
		d += `H${x(nowTick).toFixed(1)}`;
		series.push({ path: d, last: history[history.length - 1].caps[lab] });
	}
	return { series, ticks, plot, span };
}
