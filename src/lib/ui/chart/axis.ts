// Axes of the small SVG charts: gridlines at round values (1, 2 or 5 × 10^n) and a gutter on
// the left for their labels, so a label never sits over a line. Pure.

/** A box in the chart's viewBox units. */
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** The area the data is drawn in. */
export interface Plot {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

export interface Tick {
	/** Where the gridline is. */
	y: number;
	/** What it marks, written for the player. */
	label: string;
	/** The label's baseline (the text is right-aligned at `plot.left - GAP`). */
	labelY: number;
}

/** Font size of tick labels (blocks.css `.chart .tick`), and a generous width per character. */
const TICK_FONT = 12;
const CHAR_WIDTH = 7.2;
const GAP = 4;

/** The smallest round step (1, 2 or 5 × 10^n) that covers `range` in at most `maxTicks` steps. */
export function roundStep(range: number, maxTicks: number): number {
	const raw = Math.max(range, Number.MIN_VALUE) / Math.max(1, maxTicks);
	const magnitude = 10 ** Math.floor(Math.log10(raw));
	for (const m of [1, 2, 5]) if (m * magnitude >= raw * (1 - 1e-9)) return m * magnitude;
	return 10 * magnitude;
}

/** Round values from at or below `lo` to at or above `hi`, `maxTicks` steps at most. */
export function roundTicks(lo: number, hi: number, maxTicks = 4): number[] {
	// A span too small for round steps to exist (flat, or denormal: 5e-324) reads as flat.
	if (!(hi - lo > 1e-300)) hi = lo + (lo === 0 ? 1 : Math.abs(lo));
	const step = roundStep(hi - lo, maxTicks);
	// (A hair of tolerance: float noise must not add a tick beyond the range.)
	const first = Math.floor(lo / step + 1e-9);
	const last = Math.ceil(hi / step - 1e-9);
	const ticks: number[] = [];
	for (let k = first; k <= last; k++) ticks.push(Number((k * step).toPrecision(12)));
	return ticks;
}

/**
 * Exponents of whole powers of ten a round number of decades apart (1, 2, 5, 10…), from at
 * or below `lo` (but not below `floor`) to at or above `hi`: the gridlines of a log axis.
 */
export function roundDecades(lo: number, hi: number, floor = -Infinity): number[] {
	const bottom = Math.floor(lo);
	const top = Math.max(Math.ceil(hi), bottom + 1);
	const step = Math.max(1, roundStep(top - bottom, 3));
	const out: number[] = [];
	for (
		let k = Math.max(Math.floor(bottom / step), Math.ceil(floor / step));
		k * step < top + step;
		k++
	)
		out.push(k * step);
	return out;
}

/**
 * The plot area and labelled ticks of a chart whose values run from ticks[0] to ticks.at(-1):
 * the labels take a gutter on the left as wide as the longest of them.
 */
export function axis(
	values: readonly number[],
	labels: readonly string[],
	frame: { width: number; height: number; pad: number }
): { plot: Plot; ticks: Tick[]; y: (v: number) => number } {
	const gutter = Math.max(...labels.map((l) => l.length), 1) * CHAR_WIDTH + 2 * GAP;
	const plot: Plot = {
		left: gutter,
		right: frame.width - frame.pad,
		// Room above the top gridline for half a label.
		top: Math.max(frame.pad, TICK_FONT),
		bottom: frame.height - Math.max(frame.pad, TICK_FONT / 2)
	};
	const lo = values[0];
	const hi = values[values.length - 1];
	const y = (v: number) =>
		hi === lo
			? (plot.top + plot.bottom) / 2
			: plot.bottom - ((Math.min(hi, Math.max(lo, v)) - lo) / (hi - lo)) * (plot.bottom - plot.top);
	const ticks = values.map((v, i) => ({
		y: y(v),
		label: labels[i],
		labelY: y(v) + TICK_FONT * 0.35
	}));
	return { plot, ticks, y };
}

/** The box a tick label takes (for tests of the geometry). */
export function labelBox(tick: Tick, plot: Plot): Box {
	const width = tick.label.length * CHAR_WIDTH;
	return {
		x: plot.left - GAP - width,
		y: tick.labelY - TICK_FONT * 0.85,
		width,
		height: TICK_FONT
	};
}
