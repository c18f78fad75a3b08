import { formatPercentBelow } from '../../../src/lib/format/percent-below';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../src/lib/engine';
import { formatAbout, formatDuration } from '../../../src/lib/format/duration';
import {
	formatChange,
	formatCount,
	formatMoney,
	formatHype,
	formatPercent,
	formatNumber,
	formatRate,
	formatSI,
	unitNotation,
	formatTimes,
	formatTimesInWords,
	lineNotation,
	useNotation
} from '../../../src/lib/format/number';

describe('formatNumber', () => {
	it('never throws, whatever digits a caller asks for, in every notation (0 digits killed the Fleet screen in scientific)', () => {
		for (const style of ['suffix', 'scientific', 'engineering'] as const)
			for (const digits of [-2, 0, 0.5, 1, 3, 25, Number.NaN])
				for (const value of [0, 3, 0.004, 1234, 1e40, new Decimal('1e400')]) {
					const text = formatNumber(value, digits, style);
					expect(text).toMatch(/\d/);
				}
		expect(formatNumber(1e40, 0, 'scientific')).toBe('1e40');
	});
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
		[1e15, '1\u202fQuad'],
		[1e35, '100\u202fDec'],
		[9.995e35, '1.00e36'],
		[1e36, '1.00e36'],
		[3.86e22, '38.6\u202fSext'],
		[1.3e43, '1.30e43'],
		[-1500, '\u22121.5K']
	])('%s → %s', (value, text) => {
		expect(formatNumber(value)).toBe(text);
	});

	it('letters stop at the last one-part name (999Dec); past it, scientific (the playtest read "$162QaTg")', () => {
		expect(formatNumber(Decimal.pow(10, 5000).mul(3))).toBe('3.00e5000');
		expect(formatMoney(Decimal.pow(10, 107).mul(1.62))).toBe('$1.62e107');
		expect(formatMoney(Decimal.pow(10, 400))).toBe('$1.00e400');
		expect(formatNumber(Decimal.pow(10, 316).mul(4.2))).toBe('4.20e316');
		expect(formatNumber(Decimal.pow(10, 35).mul(9.99))).toBe('999\u202fDec');
		expect(formatNumber(Decimal.pow(10, 35).mul(-9.99))).toBe('\u2212999\u202fDec');
		expect(formatNumber(Decimal.pow(10, 36).mul(-1.5))).toBe('\u22121.50e36');
		// Every figure in letters has a one-part letter: no compound like UDc or QaTg.
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 4000 }),
				fc.double({ min: 1, max: 9.999, noNaN: true }),
				(e, m) => {
					const text = formatNumber(Decimal.pow(10, e).mul(m));
					expect(text).toMatch(
						/^\d[\d.]*(K|M|B|T|\u202f(Quad|Quint|Sext|Sept|Oct|Non|Dec)|e\d+)?$/
					);
				}
			)
		);
	});

	it('tiny figures in letters read "<0.01", never exponents or long decimals (the playtest read "0.00077 tok/s unmet")', () => {
		expect(formatNumber(0.00077)).toBe('<0.01');
		expect(formatNumber(0.0123)).toBe('0.01');
		expect(formatNumber(0.01)).toBe('0.01');
		expect(formatRate(0.00961)).toBe('<0.01/s');
		expect(formatRate(-0.00961)).toBe('>\u22120.01/s');
		expect(formatNumber(0.000099)).toBe('<0.01');
		expect(formatRate(-2e-9)).toBe('>\u22120.01/s');
		expect(formatNumber(0.00077, 3, 'scientific')).toBe('7.70e-4');
		fc.assert(
			fc.property(fc.double({ min: 1e-300, max: 0.01, noNaN: true }), (x) => {
				expect(formatNumber(x)).not.toMatch(/e/);
			})
		);
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
		expect(formatRate(-3)).toBe('\u22123/s');
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
		[400 * 86_400, '1y 35d'],
		[1200 * 365 * 86_400, '1,200 years'],
		// A run far too big for the lab: never a raw float ("1.409324088167315e+21y").
		[1.41e21 * 365 * 86_400, '1.41\u202fSext years'],
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
	])('%s %s → %s (the space before the unit never breaks)', (v, unit, text) => {
		expect(formatSI(v, unit)).toBe(text.replace(' ', '\u00a0'));
	});
	it("past the last prefix, counts Q in the player's notation: never a bare unit", () => {
		expect(formatSI(Decimal.pow(10, 400), 'FLOP/s')).toBe('1.00e370\u00a0QFLOP/s');
		// In letters, a count of Q's reads as every other figure does, its letter apart from the
		// prefix (playtest 9 read "13,861 QFLOP/s" and "5.00e3 QFLOP/s" beside "268Quad/s").
		expect(formatSI(1.3861e34, 'FLOP/s')).toBe('13.9K\u00a0QFLOP/s');
		expect(formatSI(2.4e33, 'FLOP/s')).toBe('2.4K\u00a0QFLOP/s');
		expect(formatSI(1.1e33, 'FLOP/s')).toBe('1.1K\u00a0QFLOP/s');
		expect(formatSI(5e33, 'FLOP/s')).toBe('5K\u00a0QFLOP/s');
		expect(formatSI(1e35, 'FLOP')).toBe('100K\u00a0QFLOP');
		expect(formatSI(2.78e36, 'B')).toBe('2.78M\u00a0QB');
		expect(formatSI(4.5e63, 'FLOP/s')).toBe('4.5\u202fDec\u00a0QFLOP/s');
		expect(formatSI(4.5e66, 'FLOP/s')).toBe('4.50e36\u00a0QFLOP/s');
		expect(formatSI(2.4e33, 'FLOP/s', 'scientific')).toBe('2.40e3\u00a0QFLOP/s');
		expect(formatSI(2.78e35, 'B', 'scientific')).toBe('2.78e5\u00a0QB');
		expect(formatSI(2.78e35, 'B', 'engineering')).toBe('278e3\u00a0QB');
		// The last prefix's own figures stay under a thousand; one that rounds up to it moves on.
		expect(formatSI(9.99e32, 'W')).toBe('999\u00a0QW');
		expect(formatSI(9.9996e32, 'W')).toBe('1K\u00a0QW');
		expect(formatSI(9.9996e32, 'W', 'scientific')).toBe('1.00e3\u00a0QW');
		expect(formatSI(-2000, 'W')).toBe('\u22122\u00a0kW');
	});
	it('keeps its metric prefix in every notation, to Q (playtest 7: "2.78e20 bytes" on a screen turned scientific)', () => {
		for (const style of ['suffix', 'scientific', 'engineering'] as const) {
			expect(formatSI(2.782e20, 'B', style)).toBe('278\u00a0EB');
			expect(formatSI(4.5e31, 'FLOP/s', style)).toBe('45\u00a0QFLOP/s');
			expect(formatSI(3.6e26, 'W', style)).toBe('360\u00a0YW');
			expect(formatSI(2.02e27, 'FLOP', style)).toBe('2.02\u00a0RFLOP');
		}
		// Every power of ten from a unit to far past Q reads with a prefix and a figure under a
		// thousand, or a count of Q in exponents: never "e" before a bare unit.
		for (let e = 0; e < 400; e++)
			for (const style of ['suffix', 'scientific', 'engineering'] as const) {
				const text = formatSI(Decimal.pow(10, e).mul(5.38), 'B', style);
				expect(text, `${e} ${style}`).toMatch(
					e < 3
						? /^\d+(\.\d+)?\u00a0bytes$/
						: e < 33
							? /^\d{1,3}(\.\d+)?\u00a0[kMGTPEZYRQ]B$/
							: e < 66 && style === 'suffix'
								? /^\d{1,3}(\.\d+)?([A-Z]|\u202f[A-Z][a-z]+)\u00a0QB$/
								: /^\d+(\.\d+)?e\d+\u00a0QB$/
				);
			}
	});
	it('sets a word’s letters apart from their figure, so its O is no zero (playtest 20: "$101Oct" read as "$1010ct")', () => {
		// The playtest's screen: "$815Sept" beside "$4.1Oct", and "$101Oct".
		expect(formatMoney(8.15e26)).toBe('$815\u202fSept');
		expect(formatMoney(4.1e27)).toBe('$4.1\u202fOct');
		expect(formatMoney(1.01e29)).toBe('$101\u202fOct');
		expect(formatRate(-2.97e23)).toBe('\u2212297\u202fSext/s');
		// One-letter suffixes stay as they were ("$1.2K", "2.5T").
		expect(formatMoney(1200)).toBe('$1.2K');
		expect(formatMoney(1.01e14)).toBe('$101T');
		// Every figure in letters, money or not: the digits end where a word's letters begin (a
		// narrow no-break space between them, so the two never wrap apart), and the digits before
		// the gap are the figure itself, read back to three digits.
		fc.assert(
			fc.property(
				fc.integer({ min: 15, max: 35 }),
				fc.double({ min: 1, max: 9.99, noNaN: true }),
				fc.boolean(),
				(e, m, cash) => {
					const value = Decimal.pow(10, e).mul(m);
					const text = cash ? formatMoney(value) : formatNumber(value);
					const parts = /^\$?([\d.]+)\u202f([A-Z][a-z]+)$/.exec(text);
					expect(parts, text).not.toBeNull();
					expect(text).not.toMatch(/\d[A-Za-z]/);
					const group =
						5 + ['Quad', 'Quint', 'Sext', 'Sept', 'Oct', 'Non', 'Dec'].indexOf(parts![2]);
					const read = Number(parts![1]) * 10 ** (3 * group);
					expect(Math.abs(read / value.toNumber() - 1), text).toBeLessThan(0.006);
				}
			)
		);
	});

	it('shows tiny money as less than a cent', () => {
		expect(formatMoney(0.0025)).toBe('<$0.01');
		// Under $10, cents, so a column reads alike (playtest 7: "$0.3" beside "$0.29").
		expect(formatMoney(0.3)).toBe('$0.30');
		expect(formatMoney(0.29)).toBe('$0.29');
		expect(formatMoney(-1.5)).toBe('\u2212$1.50');
		expect(formatMoney(5)).toBe('$5');
		expect(formatMoney(16.8)).toBe('$16.8');
	});
});

describe('notations', () => {
	it.each([
		[1234, '1.23K', '1.23e3', '1.23e3'],
		[45_600_000, '45.6M', '4.56e7', '45.6e6'],
		[999_999, '1M', '1.00e6', '1.00e6'],
		[2.5e12, '2.5T', '2.50e12', '2.50e12'],
		[7.77e35, '777\u202fDec', '7.77e35', '777e33'],
		[950, '950', '950', '950'],
		[0.00012, '<0.01', '1.20e-4', '120e-6']
	])('%s → %s / %s / %s', (value, suffix, scientific, engineering) => {
		expect(formatNumber(value, 3, 'suffix')).toBe(suffix);
		expect(formatNumber(value, 3, 'scientific')).toBe(scientific);
		expect(formatNumber(value, 3, 'engineering')).toBe(engineering);
	});

	it('all three carry numbers beyond 1e308 and below 1e-308', () => {
		expect(formatNumber(Decimal.pow(10, 1000).mul(4.56), 3, 'suffix')).toBe('4.56e1000');
		const big = Decimal.pow(10, 1_000_001).mul(4.56);
		expect(formatNumber(big, 3, 'suffix')).toBe('4.56e1000001');
		expect(formatNumber(big, 3, 'scientific')).toBe('4.56e1000001');
		expect(formatNumber(big, 3, 'engineering')).toBe('456e999999');
		const tiny = Decimal.pow(10, -400).mul(2);
		expect(formatNumber(tiny, 3, 'scientific')).toBe('2.00e-400');
		expect(formatNumber(tiny, 3, 'engineering')).toBe('200e-402');
	});

	it('engineering exponents are multiples of three with a mantissa in 1…999', () => {
		fc.assert(
			fc.property(fc.double({ min: 1e-300, max: 1e300, noNaN: true }), (x) => {
				const text = formatNumber(x, 3, 'engineering');
				const m = /^([\d.]+)e(-?\d+)$/.exec(text);
				if (!m) return x < 1000 && x >= 0.001; // plain under a thousand
				expect(Math.abs(Number(m[2]) % 3)).toBe(0);
				expect(Number(m[1])).toBeGreaterThanOrEqual(1);
				expect(Number(m[1])).toBeLessThan(1000);
				// It still reads as the same number, to three significant digits.
				expect(Math.abs(Number(text) / x - 1)).toBeLessThan(0.006);
			})
		);
	});

	it('a line of figures takes one notation: scientific for all once one is past the letters', () => {
		const line = (a: Decimal, b: Decimal) => {
			const style = lineNotation(a, b);
			return `${formatNumber(a, 3, style)} wanted · ${formatNumber(b, 3, style)} capacity`;
		};
		expect(line(new Decimal('1.3e43'), new Decimal('3.86e22'))).toBe(
			'1.30e43 wanted · 3.86e22 capacity'
		);
		expect(line(new Decimal('1.3e33'), new Decimal('3.86e22'))).toBe(
			'1.3\u202fDec wanted · 38.6\u202fSext capacity'
		);
		expect(lineNotation(new Decimal('-2e40'))).toBe('scientific');
		useNotation(() => 'engineering');
		try {
			expect(lineNotation(new Decimal('1e50'), 5)).toBe('engineering');
		} finally {
			useNotation(() => 'suffix');
		}
	});

	it('the installed notation is what money and rates use', async () => {
		useNotation(() => 'scientific');
		try {
			expect(formatMoney(2.5e9)).toBe('$2.50e9');
			expect(formatRate(1200)).toBe('+1.20e3/s');
		} finally {
			useNotation(() => 'suffix');
		}
	});
});

describe('formatPercent', () => {
	it('a share that rounds to nothing but is something reads "<1%", never "0%"', () => {
		// The power cut's line read "only the chips your income pays for run (0% of them)".
		expect(formatPercent(0.003)).toBe('<1%');
		expect(formatPercent(0.0004, 1)).toBe('<0.1%');
		expect(formatPercent(0)).toBe('0%');
		expect(formatPercent(0.005)).toBe('1%');
		expect(formatPercent(0.42)).toBe('42%');
		expect(formatPercent(Number.NaN)).toBe('—');
	});
	it('a share short of the whole never reads "100%" (playtest 6: "throttled 100%" at 2.01 of 2.00 W)', () => {
		expect(formatPercent(2 / 2.01)).toBe('99.5%');
		expect(formatPercent(0.99999)).toBe('99.9%');
		expect(formatPercent(0.99996, 1)).toBe('99.99%');
		expect(formatPercent(0.994)).toBe('99%');
		expect(formatPercent(1)).toBe('100%');
		expect(formatPercent(1.2)).toBe('120%');
	});
});

describe('formatCount', () => {
	it('writes counts in full below a million and in the notation past it (playtest 6: "300" beside "1.20e3", "3000700 on Mars", "Buy ×1000000")', () => {
		for (const style of ['suffix', 'scientific', 'engineering'] as const) {
			expect(formatCount(300, style)).toBe('300');
			expect(formatCount(1200, style)).toBe('1,200');
			expect(formatCount(36_000, style)).toBe('36,000');
			expect(formatCount(999_999.6, style)).not.toBe('1,000,000');
			expect(formatCount(12.5, style)).toBe('12.5');
			expect(formatCount(Number.NaN, style)).toBe('—');
		}
		expect(formatCount(3_000_700, 'scientific')).toBe('3.00e6');
		expect(formatCount(3_000_700, 'suffix')).toBe('3M');
		// An exact count keeps only its digits.
		expect(formatCount(1e6, 'scientific')).toBe('1e6');
		expect(formatCount(1e6, 'suffix')).toBe('1M');
	});
});

describe('formatTimes', () => {
	it('writes a multiple as a count, by its own size (playtest 8 read "3.85e3×" beside e-notation cash)', () => {
		expect(formatTimes(3850)).toBe('3,850×');
		expect(formatTimes(3.853)).toBe('3.85×');
		expect(formatTimes(21.6)).toBe('21.6×');
		expect(formatTimes(2.5e7, 'suffix')).toBe('25M×');
		expect(formatTimes(2.5e7, 'scientific')).toBe('2.50e7×');
	});
});

describe('formatTimesInWords', () => {
	it('says a multiple in a sentence as a player reads it (playtest 19 read "108B×")', () => {
		expect(formatTimesInWords(74.1, 'suffix')).toBe('74.1 times');
		expect(formatTimesInWords(3850, 'suffix')).toBe('3,850 times');
		expect(formatTimesInWords(1.08e11, 'suffix')).toBe('108 billion times');
		expect(formatTimesInWords(6.03e14, 'suffix')).toBe('603 trillion times');
		expect(formatTimesInWords(1.08e11, 'scientific')).toBe('1.08e11 times');
		expect(formatTimesInWords(1.08e11, 'engineering')).toBe('108e9 times');
	});
});

describe('bytes', () => {
	it('without a metric prefix, bytes are spelled out: "B" alone reads as billions beside "1.1B" tokens (playtest 6)', () => {
		expect(formatSI(512, 'B', 'suffix')).toBe('512\u00a0bytes');
		expect(formatSI(512, 'B', 'scientific')).toBe('512\u00a0bytes');
		expect(formatSI(0.5, 'B', 'scientific')).toBe('0.5\u00a0bytes');
		expect(formatSI(0, 'B', 'suffix')).toBe('0\u00a0bytes');
		// With a prefix the unit stays: "24 GB" is no count of billions.
		expect(formatSI(24e9, 'B', 'suffix')).toBe('24\u00a0GB');
		expect(formatSI(2e3, 'W', 'scientific')).toBe('2\u00a0kW');
	});
});

describe('formatChange', () => {
	it('signs a change with the minus sign, never a hyphen (playtest 17: "(-20.5)")', () => {
		expect(formatChange(-20.5)).toBe('\u221220.5');
		expect(formatChange(3.04)).toBe('+3.0');
		expect(formatChange(12, 0)).toBe('+12');
		// Rounded to nothing, no sign ("−0.0" read as a loss).
		expect(formatChange(-0.04)).toBe('0.0');
		expect(formatChange(0)).toBe('0.0');
		expect(formatChange(Number.NaN)).toBe('—');
	});
});

describe('formatHype', () => {
	it('reads hype as the multiple it puts on demand at every size, customers lost as a share', () => {
		// One form at every size (playtest 4: "+91%" on one card, "×2.3" on another).
		expect(formatHype(0)).toBe('hype ×1');
		expect(formatHype(0.12)).toBe('hype ×1.12');
		expect(formatHype(0.91)).toBe('hype ×1.91');
		expect(formatHype(0.999)).toBe('hype ×2');
		expect(formatHype(1)).toBe('hype ×2');
		expect(formatHype(1.3)).toBe('hype ×2.3');
		expect(formatHype(1.5)).toBe('hype ×2.5');
		expect(formatHype(109.71)).toBe('hype ×111');
		expect(formatHype(1e6)).toBe('hype ×1M');
		expect(formatHype(-0.45)).toBe('customers −45%');
		// Under 1 %, never "−<1%" (playtest 7): a decimal, then words.
		expect(formatHype(-0.003)).toBe('customers −0.3%');
		expect(formatHype(-0.0002)).toBe('customers: a few lost');
		expect(formatHype(Number.NaN)).toBe('—');
	});
});

describe('unitNotation', () => {
	it("judges a unit's figure by what formatSI writes of it, not its raw size (playtest 9)", () => {
		// 10^60 FLOP is 10^30 Q's: in letters "1Non QFLOP", as the header would say it.
		expect(lineNotation(1e60)).toBe('scientific');
		expect(unitNotation(1e60)).toBe('suffix');
		expect(formatSI(1e60, 'FLOP', unitNotation(1e60))).toBe('1\u202fNon\u00a0QFLOP');
		// A card's FLOP/s beside a price past the letters keeps its own notation.
		expect(formatSI(5e33, 'FLOP/s', unitNotation(5e33))).toBe('5K\u00a0QFLOP/s');
		// Past the letters' count of Q's, exponents for the whole line.
		expect(unitNotation(2e33, 1e67)).toBe('scientific');
	});
});

describe("an estimate's duration (formatAbout)", () => {
	it('is no finer than an estimate is known', () => {
		expect(formatAbout(30)).toBe('5m');
		expect(formatAbout(23 * 60 + 10)).toBe('25m');
		expect(formatAbout(3 * 3600 + 17 * 60)).toBe('3h 30m');
		expect(formatAbout(3 * 3600 + 5 * 60)).toBe('3h');
		expect(formatAbout(59 * 60 + 50)).toBe('1h');
		expect(formatAbout(13.6 * 3600)).toBe('14h');
		expect(formatAbout(30 * 3600)).toBe('1d 6h');
		expect(formatAbout(Infinity)).toBe('∞');
	});
});

describe('formatPercentBelow', () => {
	it('a share under the limit never reads at it (playtest 31: "50% speed" under a 50% rule)', () => {
		expect(formatPercentBelow(0.4996, 0.5)).toBe('49.9%');
		expect(formatPercentBelow(0.496, 0.5)).toBe('49.6%');
		expect(formatPercentBelow(0.46, 0.5)).toBe('46%');
		expect(formatPercentBelow(0.5, 0.5)).toBe('50%');
		expect(formatPercentBelow(0.7, 0.5)).toBe('70%');
	});
});
