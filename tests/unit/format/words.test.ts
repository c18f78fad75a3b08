import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../src/lib/engine';
import { LETTER_GROUPS, formatMoney, formatNumber, formatSI } from '../../../src/lib/format/number';
import {
	SUFFIX_GROUPS,
	SUFFIX_PARTS,
	figuresInWords,
	inWords,
	SI_PREFIXES,
	suffixLegend,
	suffixOf,
	suffixWord,
	wordOf
} from '../../../src/lib/format/suffixes';

describe('suffixes in words', () => {
	it.each([
		[1, 'K', 'thousand'],
		[5, 'Quad', 'quadrillion'],
		[6, 'Quint', 'quintillion'],
		[7, 'Sext', 'sextillion'],
		[8, 'Sept', 'septillion'],
		[9, 'Oct', 'octillion'],
		[10, 'Non', 'nonillion'],
		[11, 'Dec', 'decillion'],
		[12, 'UDc', 'undecillion'],
		[14, 'TDc', 'tredecillion'],
		[17, 'SxDc', 'sexdecillion'],
		[21, 'Vg', 'vigintillion'],
		[31, 'Tg', 'trigintillion'],
		[101, 'Ce', 'centillion'],
		[102, 'UCe', 'uncentillion']
	])('10^(3×%s) is %s, %s', (group, letters, word) => {
		expect(suffixOf(group)).toBe(letters);
		expect(wordOf(group)).toBe(word);
		expect(suffixWord(letters)).toBe(word);
	});

	it('every suffix is one of a kind, short, and has a word', () => {
		const seen = new Set<string>();
		for (let g = 1; g < SUFFIX_GROUPS; g++) {
			const s = suffixOf(g);
			expect(seen.has(s), s).toBe(false);
			seen.add(s);
			expect(s.length).toBeLessThanOrEqual(6);
			expect(wordOf(g)).toMatch(/^[a-z]+$/);
		}
	});

	it('says any figure the formatters write in words', () => {
		expect(inWords('1.30e43 tok/s wanted · 38.6Sext capacity')).toBe(
			'1.30 times ten to the 43 tok/s wanted · 38.6 sextillion capacity'
		);
		expect(inWords('$5.38UDc')).toBe('$5.38 undecillion');
		expect(inWords('$162Dec')).toBe('$162 decillion');
		expect(inWords('Train 50% · Serve 50%')).toBe('Train 50% · Serve 50%');
		fc.assert(
			fc.property(
				fc.integer({ min: 3, max: 3000 }),
				fc.double({ min: 1, max: 9.99, noNaN: true }),
				(e, m) => {
					const text = formatMoney(Decimal.pow(10, e).mul(m));
					const words = inWords(text);
					expect(words, text).toMatch(/^\$[\d.]+ ([a-z]+|times ten to the \d+)$/);
				}
			)
		);
	});

	it('a toast says only the figures of a tapped line, in words', () => {
		expect(figuresInWords('1.30e43 tok/s wanted · 38.6Sext tok/s capacity · 40% share')).toBe(
			'1.30 times ten to the 43 · 38.6 sextillion'
		);
		expect(figuresInWords('$1.26e37')).toBe('$1.26 times ten to the 37');
		expect(figuresInWords('Train 50% · Serve 50% · 950 tok/s')).toBe('');
	});

	// The playtest: "RFLOP/s", "YB", "EB" were explained nowhere.
	it('says a metric prefix before a unit in words, and the legend names each one', () => {
		expect(inWords('1.17\u00a0RFLOP/s')).toBe('1.17 octillion FLOP/s');
		expect(inWords('655\u00a0YB of 581\u00a0YB')).toBe('655 septillion B of 581 septillion B');
		expect(figuresInWords('Next campus: 352\u00a0GW · 1.17\u00a0RFLOP/s · $1.72e37')).toBe(
			'352 billion W · 1.17 octillion FLOP/s · $1.72 times ten to the 37'
		);
		expect(figuresInWords('450\u00a0W · 12 tok/s')).toBe('');
		// Past Q, a count of Q's in letters: both said (playtest 9's "13,861 QFLOP/s").
		expect(inWords('13.9K\u00a0QFLOP/s')).toBe('13.9 thousand nonillion FLOP/s');
		expect(figuresInWords('225\u00a0QFLOP/s → 13.9K\u00a0QFLOP/s')).toBe(
			'225 nonillion FLOP/s · 13.9 thousand nonillion FLOP/s'
		);
		expect(SI_PREFIXES.map((p) => p.prefix).join('')).toBe('kMGTPEZYRQ');
		expect(SI_PREFIXES.find((p) => p.prefix === 'R')).toMatchObject({
			name: 'ronna',
			power: 27,
			word: 'octillion'
		});
		// Every figure formatSI writes with a prefix reads in words with no prefix left.
		fc.assert(
			fc.property(
				fc.integer({ min: 3, max: 32 }),
				fc.double({ min: 1, max: 9.99, noNaN: true }),
				fc.constantFrom('FLOP/s', 'W', 'B', 'FLOP'),
				(e, m, unit) => {
					const text = formatSI(Decimal.pow(10, e).mul(m), unit, 'suffix');
					expect(inWords(text), text).toMatch(new RegExp(`^[\\d.]+ [a-z]+ ${unit}$`));
				}
			)
		);
	});

	it('letters give way to scientific exactly past the last one-part name, 999Dec', () => {
		for (let e = 0; e < 3000; e += 7) {
			const v = Decimal.pow(10, e).mul(5.38);
			const scientific = e >= 36;
			expect(formatNumber(v), `${e}`).toMatch(
				scientific ? /^\d\.\d\de\d+$/ : /^[\d.]+([A-Z]?|\u202f[A-Z][a-z]+)$/
			);
			// A unit keeps its metric prefix: past Q, it counts Q's in letters ("538K QW") as far
			// as letters go, then with an exponent ("5.38e36 QW").
			expect(formatSI(v, 'W'), `${e}`).toMatch(
				e >= 66
					? /^\d\.\d\de\d+\u00a0QW$/
					: e >= 33
						? /^[\d.]+([A-Z]|\u202f[A-Z][a-z]+)\u00a0QW$/
						: /^[\d.]+\u00a0[kMGTPEZYRQ]?W$/
			);
		}
	});
});

describe('the legend of the letters (Settings)', () => {
	it('names each letter with its power of ten, as a tap on a figure says it', () => {
		const legend = suffixLegend(LETTER_GROUPS - 1);
		expect(legend[0]).toEqual({ suffix: 'K', power: 3, word: 'thousand' });
		expect(legend[6]).toEqual({ suffix: 'Sext', power: 21, word: 'sextillion' });
		expect(legend.at(-1)).toEqual({ suffix: 'Dec', power: 33, word: 'decillion' });
		for (const l of legend) {
			expect(suffixWord(l.suffix)).toBe(l.word);
			// A word's start after a narrow no-break space ("1\u202fQuad"), a single letter at once.
			expect(formatNumber(Decimal.pow(10, l.power))).toBe(
				`1${l.suffix.length > 1 ? '\u202f' : ''}${l.suffix}`
			);
		}
	});

	it('past T, each letter on screen is its word’s start, and none is another’s start (playtest 8: "Sx" read as "Sp")', () => {
		const legend = suffixLegend(LETTER_GROUPS - 1);
		for (const l of legend.slice(4)) {
			expect(l.word.startsWith(l.suffix.toLowerCase()), l.suffix).toBe(true);
			// Never an O after digits: "$60Oc" read as "600c".
			expect(l.suffix.length).toBeGreaterThanOrEqual(3);
		}
		for (const a of legend)
			for (const b of legend)
				if (a !== b) expect(b.suffix.startsWith(a.suffix), `${a.suffix} ${b.suffix}`).toBe(false);
		// Read back in words, in every notation's legend the same.
		expect(inWords('+$297Sext/s · $487Sept · $60Oct')).toBe(
			'+$297 sextillion/s · $487 septillion · $60 octillion'
		);
	});

	it('its parts build every later letter: units, then tens, then hundreds', () => {
		const [u, t, h] = [SUFFIX_PARTS.units, SUFFIX_PARTS.tens, SUFFIX_PARTS.hundreds].map((list) => [
			'',
			...list.map(([s]) => s)
		]);
		fc.assert(
			fc.property(fc.integer({ min: LETTER_GROUPS, max: SUFFIX_GROUPS - 1 }), (g) => {
				const n = g - 1;
				expect(suffixOf(g)).toBe(u[n % 10] + t[Math.floor(n / 10) % 10] + h[Math.floor(n / 100)]);
			})
		);
	});
});
