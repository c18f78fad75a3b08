import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../src/lib/engine';
import { formatDuration } from '../../../src/lib/format/duration';
import { formatMoney, formatNumber, formatRate, formatSI } from '../../../src/lib/format/number';

describe('formatNumber', () => {
	it.each([
		[0, '0'],
		[7, '7'],
		[950, '950'],
		[12.345, '12.3'],
		[0.5, '0.5'],
		[1234, '1.23K'],
		[999_999, '1M'],
		[45_600_000, '45.6M'],
		[1e9, '1B'],
		[2.5e12, '2.5T'],
		[1e15, '1Qa'],
		[1e35, '100Dc'],
		[1e36, '1.00e36'],
		[-1500, '-1.5K']
	])('%s → %s', (value, text) => {
		expect(formatNumber(value)).toBe(text);
	});

	it('carries numbers far beyond 1e308', () => {
		expect(formatNumber(Decimal.pow(10, 5000).mul(3))).toBe('3.00e5000');
		expect(formatMoney(Decimal.pow(10, 400))).toBe('$1.00e400');
	});

	it('tiny numbers use scientific notation', () => {
		expect(formatNumber(0.00012)).toBe('1.20e-4');
	});

	it('never prints NaN, Infinity or undefined, and stays short', () => {
		fc.assert(
			fc.property(fc.double({ noNaN: false }), (x) => {
				const text = formatNumber(x);
				expect(text).not.toMatch(/NaN|Infinity|undefined/);
				expect(text.length).toBeLessThanOrEqual(12);
			})
		);
		expect(formatNumber(new Decimal(NaN))).toBe('—');
	});

	it('rates carry their sign', () => {
		expect(formatRate(1200)).toBe('+1.2K/s');
		expect(formatRate(-3)).toBe('-3/s');
		expect(formatRate(0)).toBe('0/s');
	});
});

describe('formatDuration', () => {
	it.each([
		[0, '0s'],
		[45, '45s'],
		[125, '2m 05s'],
		[3780, '1h 03m'],
		[273_600, '3d 4h'],
		[Infinity, '∞'],
		[-5, '0s']
	])('%s s → %s', (s, text) => {
		expect(formatDuration(s)).toBe(text);
	});
});

describe('formatSI', () => {
	it.each([
		[450, 'W', '450 W'],
		[2000, 'W', '2 kW'],
		[24e9, 'B', '24 GB'],
		[5e13, 'FLOP/s', '50 TFLOP/s'],
		[2.4e15, 'FLOP/s', '2.4 PFLOP/s'],
		[999_999, 'W', '1 MW'],
		[0, 'W', '0 W']
	])('%s %s → %s', (v, unit, text) => {
		expect(formatSI(v, unit)).toBe(text);
	});
	it('goes scientific past the last prefix', () => {
		expect(formatSI(Decimal.pow(10, 400), 'FLOP/s')).toBe('1.00e400 FLOP/s');
		expect(formatSI(2.4e33, 'FLOP/s')).toBe('2.40e33 FLOP/s');
	});
	it('shows tiny money as less than a cent', () => {
		expect(formatMoney(0.0025)).toBe('<$0.01');
	});
});
