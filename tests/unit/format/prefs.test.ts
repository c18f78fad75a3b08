import { describe, expect, it } from 'vitest';
import {
	DEFAULT_PREFS,
	parsePrefs,
	resolveMotion,
	resolveTheme
} from '../../../src/lib/prefs/prefs';
import { incomeChart } from '../../../src/lib/ui/stats/income-chart';
import { Decimal } from '../../../src/lib/engine';

describe('preferences', () => {
	it('a missing or damaged entry gives the defaults, never an error', () => {
		for (const text of [null, '', '{', 'null', '[1,2]', '"dark"', '42'])
			expect(parsePrefs(text)).toEqual(DEFAULT_PREFS);
	});

	it('keeps every valid field and replaces only the invalid ones', () => {
		const p = parsePrefs(
			JSON.stringify({
				notation: 'engineering',
				theme: 'purple',
				motion: 'reduced',
				haptics: 'yes',
				autosaveSeconds: 30,
				confirmations: false,
				hintsDone: ['train', 7, 'gate']
			})
		);
		expect(p).toEqual({
			...DEFAULT_PREFS,
			notation: 'engineering',
			motion: 'reduced',
			autosaveSeconds: 30,
			confirmations: false,
			hintsDone: ['train', 'gate']
		});
		expect(parsePrefs(JSON.stringify({ autosaveSeconds: 0.001 })).autosaveSeconds).toBe(10);
	});

	it('"system" follows the device; a choice overrides it', () => {
		expect(resolveTheme('system', true)).toBe('light');
		expect(resolveTheme('system', false)).toBe('dark');
		expect(resolveTheme('dark', true)).toBe('dark');
		expect(resolveMotion('system', true)).toBe(true);
		expect(resolveMotion('full', true)).toBe(false);
		expect(resolveMotion('reduced', false)).toBe(true);
	});
});

describe('income chart', () => {
	const G = { width: 340, height: 160, pad: 14 };
	it('draws growth by orders of magnitude, beyond 1e308, with a loss on the floor', () => {
		const series = [
			{ tick: 0, cashPerSec: new Decimal(-5) },
			{ tick: 60, cashPerSec: new Decimal(1e3) },
			{ tick: 120, cashPerSec: Decimal.pow(10, 400) }
		];
		const chart = incomeChart(series, G)!;
		expect(chart.path).not.toMatch(/NaN|Infinity/);
		const ys = [...chart.path.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
		expect(ys[0]).toBe(G.height - G.pad); // the loss
		expect(ys[2]).toBe(G.pad); // the top
		expect(ys[1]).toBeGreaterThan(ys[2]);
		expect(chart.ticks.at(-1)!.value.log10()).toBe(400);
		expect(chart.span).toBe(120);
	});
	it('has nothing to draw from fewer than two points', () => {
		expect(incomeChart([], G)).toBeNull();
		expect(incomeChart([{ tick: 0, cashPerSec: new Decimal(1) }], G)).toBeNull();
	});
});
