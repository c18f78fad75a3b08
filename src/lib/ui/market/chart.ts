// Step lines for the leaderboard chart: capability only changes at releases. Pure.
import type { HistoryPoint } from '../../engine';

export interface Series {
	path: string;
	last: number;
}

export interface ChartGeometry {
	width: number;
	height: number;
	pad: number;
}

/** SVG paths (one per lab) of capability over time, as horizontal-then-vertical steps. */
export function stepPaths(
	history: readonly HistoryPoint[],
	nowTick: number,
	g: ChartGeometry
): { series: Series[]; maxCap: number; span: number } {
	if (history.length === 0) return { series: [], maxCap: 1, span: 1 };
	const labs = history[0].caps.length;
	const t0 = history[0].tick;
	const span = Math.max(1, nowTick - t0);
	let maxCap = 1;
	for (const p of history) for (const c of p.caps) maxCap = Math.max(maxCap, c);
	maxCap = Math.ceil(maxCap / 10) * 10;
	const x = (t: number) => g.pad + ((t - t0) / span) * (g.width - 2 * g.pad);
	const y = (c: number) => g.height - g.pad - (c / maxCap) * (g.height - 2 * g.pad);
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
	return { series, maxCap, span };
}
