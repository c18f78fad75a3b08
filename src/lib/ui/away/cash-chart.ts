// A small line of cash over an absence, scaled to its own range. Pure.
import type { ChartPoint } from '../../engine';

export function cashLine(
	points: readonly ChartPoint[],
	width: number,
	height: number
): { path: string; area: string } | null {
	if (points.length < 2) return null;
	// Plain numbers are enough for a picture; beyond 1e308 the log keeps the shape.
	const values = points.map((p) => p.cash.log10());
	const finite = values.map((v) => (Number.isFinite(v) ? v : 0));
	const useLog = Math.max(...finite) > 300;
	const ys = useLog ? finite : points.map((p) => p.cash.toNumber());
	const lo = Math.min(...ys);
	const hi = Math.max(...ys);
	const t0 = points[0].tick;
	const span = Math.max(1, points[points.length - 1].tick - t0);
	const x = (t: number) => ((t - t0) / span) * width;
	const y = (v: number) =>
		hi === lo ? height / 2 : height - 4 - ((v - lo) / (hi - lo)) * (height - 8);
	const path = points
		.map((p, i) => `${i ? 'L' : 'M'}${x(p.tick).toFixed(1)},${y(ys[i]).toFixed(1)}`)
		.join('');
	return { path, area: `${path}L${width},${height}L0,${height}Z` };
}
