// The charts' geometry: gridlines at round values, every label inside the chart, clear of
// the other labels and of every line drawn.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../src/lib/engine';
import { formatMoney, formatNumber, powerOfTen } from '../../../src/lib/format/number';
import {
	labelBox,
	roundTicks,
	type Box,
	type Plot,
	type Tick
} from '../../../src/lib/ui/chart/axis';
import { cashLine } from '../../../src/lib/ui/away/cash-chart';
import { stepPaths } from '../../../src/lib/ui/market/chart';
import { incomeChart, incomeTickLabel } from '../../../src/lib/ui/stats/income-chart';

type Point = [number, number];

/** The segments of an SVG path made of M, L, H, V and Z commands. */
function segments(d: string): [Point, Point][] {
	const out: [Point, Point][] = [];
	let at: Point = [0, 0];
	let start: Point = [0, 0];
	for (const m of d.matchAll(/([MLHVZ])([^MLHVZ]*)/g)) {
		const n = m[2].split(/[ ,]/).filter(Boolean).map(Number);
		let next: Point;
		if (m[1] === 'M') {
			at = start = [n[0], n[1]];
			continue;
		} else if (m[1] === 'L') next = [n[0], n[1]];
		else if (m[1] === 'H') next = [n[0], at[1]];
		else if (m[1] === 'V') next = [at[0], n[0]];
		else next = start;
		out.push([at, next]);
		at = next;
	}
	return out;
}

/** Whether a segment passes through a box (Liang–Barsky clipping). */
function crosses([a, b]: [Point, Point], box: Box): boolean {
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	let t0 = 0;
	let t1 = 1;
	const edges: [number, number][] = [
		[-dx, a[0] - box.x],
		[dx, box.x + box.width - a[0]],
		[-dy, a[1] - box.y],
		[dy, box.y + box.height - a[1]]
	];
	for (const [p, q] of edges) {
		if (p === 0) {
			if (q < 0) return false;
		} else {
			const t = q / p;
			if (p < 0) t0 = Math.max(t0, t);
			else t1 = Math.min(t1, t);
		}
	}
	return t0 <= t1;
}

const overlap = (p: Box, q: Box) =>
	p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;

/** The rules every chart keeps. */
function checkChart(
	ticks: Tick[],
	plot: Plot,
	paths: string[],
	frame: { width: number; height: number }
) {
	expect(ticks.length).toBeGreaterThanOrEqual(2);
	const boxes = ticks.map((t) => labelBox(t, plot));
	for (const [i, box] of boxes.entries()) {
		const what = `label ${ticks[i].label}`;
		expect(box.x, what).toBeGreaterThanOrEqual(0);
		expect(box.y, what).toBeGreaterThanOrEqual(0);
		expect(box.y + box.height, what).toBeLessThanOrEqual(frame.height);
		for (const other of boxes.slice(i + 1)) expect(overlap(box, other), what).toBe(false);
		for (const d of paths) {
			const hit = segments(d).find((s) => crosses(s, box));
			expect(hit, `${what} over ${d}`).toBeUndefined();
		}
	}
	for (const d of paths) expect(d).not.toMatch(/NaN|Infinity/);
}

/** 0, or 1, 2 or 5 × 10^n (up to float noise). */
function isRound(v: number): boolean {
	if (v === 0) return true;
	const m = Math.abs(v) / Math.pow(10, Math.floor(Math.log10(Math.abs(v)) + 1e-12));
	return [1, 2, 5, 10].some((r) => Math.abs(m - r) < 1e-6);
}

describe('round ticks', () => {
	it('the old chart read 18/35/53/70; it now reads 0/20/40/60/80', () => {
		expect(roundTicks(0, 70)).toEqual([0, 20, 40, 60, 80]);
		expect(roundTicks(0, 1)).toEqual([0, 0.5, 1]);
	});
	it('every tick is a whole multiple of a round step, covering the range', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -1e12, max: 1e12, noNaN: true }),
				fc.double({ min: 1e-6, max: 1e12 }),
				(lo, range) => {
					fc.pre(range >= Math.abs(lo) * 1e-6);
					const ticks = roundTicks(lo, lo + range);
					expect(ticks[0]).toBeLessThanOrEqual(lo + range * 1e-6);
					expect(ticks.at(-1)!).toBeGreaterThanOrEqual(lo + range - range * 1e-9);
					expect(ticks.length).toBeLessThanOrEqual(6);
					const step = ticks[1] - ticks[0];
					expect(isRound(step), `step ${step}`).toBe(true);
					for (const t of ticks)
						expect(Math.abs(t / step - Math.round(t / step))).toBeLessThan(1e-3);
				}
			)
		);
	});
});

describe('the leaderboard chart', () => {
	const G = { width: 340, height: 190, pad: 14 };
	const history = fc.array(
		fc.record({
			tick: fc.nat(1000),
			caps: fc.array(fc.double({ min: 0, max: 2000, noNaN: true }), { minLength: 4, maxLength: 4 })
		}),
		{ minLength: 1, maxLength: 12 }
	);
	it('draws labs close in capability apart (the playtest: four Dyson labs near 190 on a 0–200 axis)', () => {
		const h = [
			{ tick: 0, caps: [186, 192, 189, 187] },
			{ tick: 60, caps: [186, 192, 189, 187] }
		];
		const chart = stepPaths(h, 120, G, (c) => formatNumber(c));
		const ends = chart.series.map((s) => segments(s.path).at(-1)![1][1]).sort((a, b) => a - b);
		// One capability point apart is several pixels apart, the axis from a round value below them.
		for (let i = 1; i < ends.length; i++) expect(ends[i] - ends[i - 1]).toBeGreaterThan(10);
		expect(Number(chart.ticks[0].label)).toBeGreaterThan(150);
		expect(Number(chart.ticks[0].label)).toBeLessThanOrEqual(186);
	});
	it('labels round capabilities clear of every line', () => {
		fc.assert(
			fc.property(history, (h) => {
				const sorted = [...h].sort((a, b) => a.tick - b.tick);
				const chart = stepPaths(sorted, sorted.at(-1)!.tick + 10, G, (c) => formatNumber(c));
				const values = chart.ticks.map((t) => Number(t.label.replace(/K$/, 'e3')));
				const step = values[1] - values[0];
				expect(isRound(step), `step ${step}`).toBe(true);
				for (const v of values) expect(v % step, `${v}`).toBeCloseTo(0, 6);
				checkChart(
					chart.ticks,
					chart.plot,
					chart.series.map((s) => s.path),
					G
				);
			}),
			{ numRuns: 60 }
		);
	});
});

describe('the income chart', () => {
	const G = { width: 340, height: 160, pad: 14 };
	it('labels every tick of an axis in one notation (#19: "$100Dec/s" beside "$1.00e40/s")', () => {
		const series = [
			{ tick: 0, cashPerSec: new Decimal(1e30) },
			{ tick: 60, cashPerSec: new Decimal(1e41) }
		];
		const labels = incomeChart(series, G, incomeTickLabel)!.ticks.map((t) => t.label);
		expect(labels.length).toBeGreaterThan(1);
		// Past the letters' last name, every tick is scientific, small ones too.
		for (const l of labels) expect(l, labels.join(' | ')).toMatch(/^\$[\d.]+e\d+\/s$/);
		// An axis the letters name all through stays in letters.
		const low = [
			{ tick: 0, cashPerSec: new Decimal(1e3) },
			{ tick: 60, cashPerSec: new Decimal(1e20) }
		];
		for (const t of incomeChart(low, G, incomeTickLabel)!.ticks) expect(t.label).not.toMatch(/e\d/);
	});
	const label = (e: number) => `${formatMoney(powerOfTen(e))}/s`;
	it('draws growth by orders of magnitude, beyond 1e308, with a loss on the floor', () => {
		const series = [
			{ tick: 0, cashPerSec: new Decimal(-5) },
			{ tick: 60, cashPerSec: new Decimal(1e3) },
			{ tick: 120, cashPerSec: Decimal.pow(10, 400) }
		];
		const chart = incomeChart(series, G, label)!;
		const ys = [...chart.path.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
		expect(ys[0]).toBe(chart.plot.bottom); // the loss
		expect(ys[2]).toBeLessThanOrEqual(ys[1]);
		expect(chart.span).toBe(120);
		checkChart(chart.ticks, chart.plot, [chart.path], G);
	});
	it('gridlines at round powers of ten, labels clear of the line', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.tuple(
						fc.double({ min: 0.5, max: 9.5, noNaN: true }),
						fc.integer({ min: -2, max: 400 })
					),
					{ minLength: 2, maxLength: 30 }
				),
				(points) => {
					const series = points.map(([m, e], i) => ({
						tick: i * 60,
						cashPerSec: Decimal.pow(10, e).mul(m)
					}));
					const chart = incomeChart(series, G, label)!;
					for (const t of chart.ticks) expect(t.label).toMatch(/^\$(0\.01|0\.1|1|10|100)(\D|$)/);
					checkChart(chart.ticks, chart.plot, [chart.path], G);
				}
			),
			{ numRuns: 60 }
		);
	});
	it('has nothing to draw from fewer than two points', () => {
		expect(incomeChart([], G)).toBeNull();
		expect(incomeChart([{ tick: 0, cashPerSec: new Decimal(1) }], G)).toBeNull();
	});
});

describe('the away report chart', () => {
	const G = { width: 300, height: 100, pad: 8 };
	const label = (v: number, log: boolean) => formatMoney(log ? powerOfTen(v) : v);
	it('has an axis of round cash values clear of the line and its area', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: 0, max: 1e15, noNaN: true }), { minLength: 2, maxLength: 40 }),
				(cash) => {
					const chart = cashLine(
						cash.map((c, i) => ({ tick: i * 600, cash: new Decimal(c) })),
						G,
						label
					)!;
					checkChart(chart.ticks, chart.plot, [chart.path, chart.area], G);
				}
			),
			{ numRuns: 60 }
		);
		const late = cashLine(
			[0, 1, 2].map((i) => ({ tick: i, cash: Decimal.pow(10, 320 + i * 5) })),
			G,
			label
		)!;
		checkChart(late.ticks, late.plot, [late.path], G);
		// A denormal cash value (fast-check found 5e-324) reads as a flat line at zero.
		const tiny = cashLine(
			[0, 5e-324].map((c, i) => ({ tick: i * 600, cash: new Decimal(c) })),
			G,
			label
		)!;
		checkChart(tiny.ticks, tiny.plot, [tiny.path, tiny.area], G);
	});
});
